import { warningCategoriesOf } from './warning-categories.ts';
import type { WarningSign } from './warning-sign.ts';

/**
 * Harm told softly, with no harmful word at all, by the shape of what is done (found in probe-6, the fifth outside
 * writer's studied set, and kept to shapes a bedtime story never has): a dependent kept without food or water or
 * shut away for a long time, a face held under water or a pillow, a baby shaken hard, bruises hidden, eating
 * made a virtue of not eating, a family better off without someone, a little one lured away where its family
 * cannot find it, a powder sniffed, messages deleted, a grown-up drink sipped, cleaning liquids mixed, a fire lit
 * indoors, a fork into the toaster, a bag over a head, a blade to the skin, a child shut in a hot car or getting into a
 * stranger's, medicine given as a treat or to make a child sleep (probe-7, the sixth writer's studied set); a child left
 * to feed itself, car fumes, a grown-up's pills that change how one feels, water with no grown-up as the point, food or a
 * crate as punishment, a child bride, a people shamed, a little one taken (probe-8, 9, 10, studied). Each needs two parts;
 * the test file holds a gentle twin of each.
 */
const deprived = /\b(without|with no|gets no|get no|got no|no) (any )?(food|water|dinner|supper|meals?|eating|drinking|(?:a )?coat|(?:a )?blanket)\b/;
// "by a week" is Apertium's English of Portuguese "por uma semana".
const longTime = /\b(all|the whole) (night|day|weekend|week|summer|winter)( long)?\b|\bfor (?:(?:two|three|four|five|six|seven|many|several|[2-9]|\d\d) )?(hours|days|weeks|nights)\b|\b(?:for|by) (?:a|one|a whole) (?:week|month)\b|\bin the (snow|cold|rain) all\b/;
// "left home alone all weekend", "stays home alone for three days", "has to sleep out on the balcony", "alone … while mum travels": a child alone at home is
// kept away from care as surely as one shut out.
const keptAway = /\b(?:leave|leaves|left|leaving)\b(?:\s+[a-z0-9'-]+){0,3}?\s+home alone\b|\b(?:stays?|staying|stayed|is|was) (?:at )?home (?:all )?(?:alone|by (?:her|him|them)sel(?:f|ves))\b|\b(lock|locks|locked|locking|leave|leaves|left|leaving|shut|shuts|tied|tie|ties|kept|keep|keeps)\b(?:\s+[a-z0-9'-]+){0,5}?\s+(outside|out|in the (dark )?(closet|cupboard|cellar|basement|shed|cage|box|car|garage|attic))\b|\b(?:(?:makes?|made|making|forces?|forced) (?:him|her|them|me|the [a-z]+) (?:to )?|(?:has|have|had|must) to )(?:stand|stay|sleep|wait|sit) (?:outside|out(?: on the (?:balcony|porch|terrace|doorstep|step))?|on the (?:balcony|porch|doorstep)|in the (?:cold|snow|rain|dark|garden|yard|shed))\b|\b(?:alone|by (?:her|him|them)sel(?:f|ves)|on (?:her|his|their) own)\b(?:\s+[a-z0-9'-]+){0,10}?\s+while (?:her |his |their |the )?(?:mum|mom|mummy|mommy|mama|mother|dad|daddy|papa|father|parents?) (?:travels?|travel(?:s|ing|led)?|is away|are away|goes away|go away|went away|is abroad|are abroad)\b/;
// Holding one's breath under water is swimming, not harm.
const heldUnder = /\b(hold|holds|holding|held|push|pushes|pushing|pushed|keep|keeps|keeping)\b(?!(?:\s+[a-z'-]+)?\s+breath\b)(?:\s+[a-z'-]+){0,4}?\s+(under the (bath)?water|under water|underwater)\b|\b(hold|holds|holding|held|press|presses|pressing)\b(?:\s+[a-z'-]+){0,3}?\s+(pillow|bag|blanket|hand|cushion)s? over (his|her|their|its|each other'?s|someone'?s|the baby'?s|[a-z]+'s) (face|mouth|nose|head)\b/;
const shaken = /\b(shake|shakes|shaking|shook)\b(?:\s+[a-z'-]+){0,3}?\s+(really |very |so |super )?(hard|until)\b/;
// Or hidden for a purpose: "the bruises grown-ups give her should be covered with long sleeves at school".
const hiddenMarks = /\b(hide|hides|hiding|hid|cover|covers|covering)\b(?:\s+[a-z'-]+){0,2}?\s+(bruises|marks|cuts|scars|burns)\b|\b(?:bruises|scars|cuts|burns)\b.{0,80}\b(?:long sleeves|so (?:that )?(?:nobody|no one|the teachers?|teachers) (?:sees?|notices?|can see|will see|finds? out))\b/;
const notEating = /\b(only|just) (eats?|eating|ate) (one|a single|half an?|two) [a-z]+ (a|each|every) day\b|\b(?:eats?|eating|ate) (?:only|just|nothing but) water\b|\bonly eats? water\b|\b(?:drinks?|drinking|drank|has|having|had) nothing but water for\b|\b(?:eats?|eating|ate) nothing but (?:one|a single|half an?|two|a few) [a-z]+ (?:a|each|every|per) day\b|\b(skip|skips|skipping|skipped) (dinner|lunch|breakfast|meals|eating|supper)\b|\b(vomit|vomits|vomiting|throws? up|threw up|throwing up|sick)\b(?:\s+[a-z'-]+){0,2}?\s+after (eating|meals|dinner|lunch|food|she eats|he eats)\b/;
const betterWithout = /\b(happier|better off|better|nicer|easier) without (him|her|them|me|you|[a-z]+)\b(?!\s+(umbrella|coat|hat|shoes|the))|\b(?:had|was|were|'d) never (?:been )?born\b/;
const luredAway = /\blur(e|es|ed|ing)\b(?:\s+[a-z'-]+){0,5}?\s+(away|into|in|with (sweets|candy|treats|toys|puppies))\b|\bwhere (his|her|its|their) (parents|mum|mom|mommy|mummy|dad|daddy|family) (can|could|will|would) never find\b|\b(parents|mum|mom|mommy|mummy|dad|daddy|family) (can |could |will |would )?never (finds?|found|sees?|saw) (them|him|her) again\b|\b(mum|mom|mommy|mummy|dad|daddy|parents|family) never finds? (them|him|her)\b|\b(hide|hides|hid|hiding|live|lives|living)\b.{0,40}\b(forever|for ever)\b.{0,30}\bnew names?\b|\bnew names?\b.{0,30}\b(hide|hides|hid|hiding|forever)\b/;
const powder = /\b(sniff|sniffs|sniffing|snort|snorts|snorting)\b(?:\s+[a-z'-]+){0,3}?\s+(powder|dust)\b/;
const deletedMessages = /\bdelete (the|their|our|his|her|all|those|these|any) (messages|chats|texts|photos|pictures|videos)\b/;
const grownUpDrink = /\b(sip|sips|sipping|drink|drinks|drinking|gulp|gulps|taste|tastes)\b(?:\s+[a-z'-]+){0,6}?\s+'?(flask|grown-?up (apple |grape )?(juice|drinks?)|(?:special|sleepy|magic) juice|brown bottle)\b/;
// Cleaners are also named by where they are kept: "the blue bottle and the yellow bottle from under the kitchen sink".
const cleanersMixed = /\b(mix|mixes|mixed|mixing)\b(?:\s+[a-z'-]+){0,2}?\s+(bleach|cleaning (stuff|liquids?|bottles?|products?|sprays?))\b|\b(mix|mixes|mixed|mixing|pours? together|combines?)\b.{0,80}\bunder the (kitchen |bathroom )?sink\b/;
// Or candles lit where things that burn close round them: "light candles inside the closet and pile blankets around them".
const fireIndoors = /\b(light|lights|lit|lighting)\b(?:\s+[a-z'-]+){0,2}?\s+on the (stove|cooker|hob)\b|\b(campfire|bonfire|fire) in (the|their|his|her|your|a|my) (bedroom|room|bed|house|tent)\b|\b(?:light|lights|lit|lighting) (?:some |a |the |lots of |little |tiny )?(?:candles?|a fire|matches|a match|tea ?lights?)\b.{0,40}\b(?:in|inside|under|into) (?:the |a |their |his |her |my )?(?:closet|cupboard|wardrobe|blanket fort|pillow fort|fort|tent|bed|covers|duvet|blankets?|sheets?)\b/;
// A metal thing into what carries the mains, or a bag over a head: no story needs the child to copy either.
const intoTheMains = /\b(fork|knife|key|pin|hairpin|nail|paperclip|paper clip|spoon|finger|fingers)s? (in|into|inside) (the |a )?(wall |electric |electrical )?(toaster|socket|plug|outlet|power point|sockets|plugs)\b/;
// Also told round about: "pokes his magic fork into the wall dragon's nostrils (the holes in the wall socket)".
const intoTheMainsAround = /\b(?:poke|pokes|poked|poking|push|pushes|pushed|pushing|stick|sticks|stuck|sticking|put|puts|putting|jab\w*|shove\w*|slide\w*|slip\w*)\b (?:[a-z']+ ){0,3}?(?:fork|knife|key|pin|hairpin|nail|paperclip|wire|scissors)s?\b.{0,60}\b(?:socket|outlet|power point)s?\b/;
const bagOverHead = /\b(plastic |dry-cleaning |shopping )?bags? over (your|his|her|their|its|my|the baby'?s|[a-z]+'s) (head|face)\b|\b(?:plastic|dry-cleaning) bags? on (?:your|his|her|their|its|my|the baby'?s|[a-z]+'s) (?:head|face)\b/;
// A blade to one's own skin, told as bravery: the tool and the body part together.
const bladeToSkin = /\b(razor|razors|blade|blades)\b(?:\s+[a-z'-]+){0,6}?\s+(arm|arms|wrist|wrists|leg|legs|skin|tummy)\b|\b(arm|arms|wrist|wrists|leg|legs|skin)\b(?:\s+[a-z'-]+){0,4}?\s+with (a |the |his |her |daddy'?s |mummy'?s |mommy'?s |dad'?s |mum'?s |mom'?s )?(razor|blade)\b/;
// A child left shut in a car, or getting into a stranger's: "hops right in" after a car and a man.
const shutInCar = /\b(alone|by (him|her)self|asleep) in the car\b(?:\s+[a-z'-]+){0,8}?\s+(windows (shut|closed|up)|hot|sun|summer)\b/;
// Or forgotten or left there while the day is hot or long: "forgets the baby in the car all day in summer".
const leftInCar = /\b(?:forgets?|forgot|forgetting|leaves?|left|leaving) (?:the|her|his|their|a) (?:baby|toddler|child|kid|little [a-z]+|[a-z]+) in the (?:hot |locked )?car\b.{0,40}\b(?:all day|for hours|all afternoon|summer|hot|sun|heat)\b/;
const intoACar = /\b(man|lady|woman|stranger|grown-?up)\b(?:[\s,]+[a-z'-]+){0,12}?[\s,]+(car|van|truck)\b(?:[\s,]+[a-z'-]+){0,10}?[\s,]+(hops?|jumps?|climbs?|gets?|got) (right |straight )?in\b/;
// Medicine as a treat or a way to sleep: a spoon of syrup to make a child sleep, pills as sweets.
// "The sleepy medicine for the surgery" is what parents call the anaesthetic: at a hospital or an operation it is care.
const sleepyMedicine = /\b(night-?night|sleepy|sleeping|magic) (syrup|medicine|drops|pills?)\b/;
const atAnOperation = /\b(?:hospital|surgery|operation|anaesthe\w*|anesthe\w*|surgeon)\b/;
const sleepyMedicineOutsideCare = (folded: string) => (atAnOperation.test(folded) ? undefined : sleepyMedicine.exec(folded)?.[0]);
const medicineAsTreat = /\b(pills?|tablets?|cachets?) (that|which) (look|looks|taste|tastes) like (sweets|candy|candies)\b|\b(?:pills?|tablets?|capsules?)\b.{0,30}\b(?:look|looks|taste|tastes) like (?:sweets|candy|candies|smarties)\b.{0,40}\b(?:eat|eats|ate|eating|take|takes|took|swallow\w*)\b/;
// Or given to a little one so that it sleeps or stays quiet: "gives the baby cough syrup so she sleeps all night".
const medicineToSleep = /\b(?:give|gives|gave|giving|put|puts|putting|slip|slips|slipped)\b (?:[a-z']+ ){0,3}?(?:syrup|medicine|drops|pills?|tablets?)\b.{0,20}\b(?:so (?:that )?(?:he|she|they|it) (?:sleeps?|will sleep|stays? quiet|keeps? quiet)|to make (?:him|her|them|it) (?:sleep|quiet|stay quiet))\b/;
// Hate told as a fable: groups set apart by colour (two of them), by where they come from, by a body feature, or named
// "the X people", and judged by character. One coloured group that steals cheese is a mouse story; both marks are needed.
const colourGroups = /\b(black|white|brown|dark|yellow|red|grey|gray|pale)(-skinned| skinned)? ([a-z]+s|people|folk|sheep|fish|deer|mice|geese|children|men|women)\b/g;
const otherMarks = /\b(?:a |an )?(different|darker|another|other|funny|strange|brown|black|dark) skin( colou?r| tone)?\b|\b(?:dark|darker|brown|black|white|yellow|red)[- ]skinned\b|\b[a-z]+s (from|of) (africa|asia|china|mexico|the south|the north|the east|the west|over the (sea|river|mountains)|across the (sea|river))\b|\bwith (a )?(big |long |hooked |crooked |slanted |flat )+(noses?|eyes|lips)\b|\b(mud|sun|moon|dark|light|river|hill|desert) people\b/;
const characterJudged = /\b(bad guys|baddies|villains|always (?:bad|mean|naughty|wicked)|lazy|dirty|filthy|smelly|stupid|dumb|greedy|thieves|thief|steal|steals|stealing|sneaky|sneaking|cheats?|cheating|liars?|tricks?|tricking|trick|uncivili[sz]ed|civili[sz]ed|savages?|inferior|worthless|vermin|own all the|owns all the|controls? all the|controls? the)\b|\b(can'?t|cannot|never) (be )?trust/;

/** A shape of several parts, each alone an ordinary thing: the words of all of them, joined, or undefined when one is missing. */
const together = (...parts: RegExp[]) => (folded: string): string | undefined => {
  const found = parts.map((part) => part.exec(folded)?.[0]);
  return found.every((words) => words !== undefined) ? found.join(' … ') : undefined;
};

// A parent out of reach for a long time while the child feeds itself: neglect told as pride ("makes her own dinner
// from the cereal box every night while mum sleeps all weekend"). Either part alone is an ordinary day.
const parentOutOfReach = /\b(?:mum|mom|mummy|mommy|mama|mother|dad|daddy|papa|father|parents?)\b(?:\s+[a-z']+){0,2}?\s+(?:sleeps?|sleeping|asleep|in bed|away|gone|drinks?|drinking|out)\b(?:\s+[a-z']+){0,2}?\s+(?:all|the whole|for) (?:day|days|weekend|weekends|week|weeks|night)\b/;
const feedsItself = /\b(?:makes?|made|making|cooks?|cooked|gets?|got|finds?|found|fixes|fixed) (?:her|his|their) own (?:dinner|supper|food|breakfast|lunch|meals?|tea)\b|\b(?:eats?|ate|eating) (?:only )?(?:dry )?(?:cereal|crisps|biscuits|bread) (?:from the (?:box|packet|bag) )?(?:every|each|for every) (?:night|day|meal)\b/;
const feedingAlone = together(feedsItself, parentOutOfReach);
// The exhaust breathed in a shut garage: the way a car is made to kill, told as a nap.
const carFumes = /\bgarage\b(?:\s+[a-z']+){0,3}?\s+with the (?:car|engine|motor|van) (?:running|on|going)\b|\b(?:car|engine|motor) (?:running|on) (?:in|inside) the (?:closed |shut )?garage\b/;

// A grown-up's pills, gummies or brownies that change how one feels ("mommy's little white happy pills", "the special
// gummies in Daddy's bag that make you see colours"): drugs told as sweets. Both a grown-up's and an effect are needed.
const grownUpsOwn = /\b(?:mommy|mummy|mom|mum|mama|daddy|dad|papa|grandpa|grandma|granny|uncle|auntie|aunt|grown-?ups?)(?:'s|s')?\b/;
const moodSweets = /\b(?:pills?|tablets?|gummies|gummy|brownies?|mushrooms?|happy leaf|leaves)\b/;
const moodEffect = /\b(?:dizzy|giggly|woozy|floaty|tipsy|see (?:funny |all the |the )?colou?rs|funny dreams|make (?:the )?grumpy go away|feel (?:funny|floaty|silly|happy)|happy pills?|happy leaf|grown-?up ones)\b/;
const moodDrugs = together(grownUpsOwn, moodSweets, moodEffect);
// Water or ice with no grown-up there, told as the point ("swim alone in the deep lake with no grown-ups around", "skate on
// the thin ice when no grown-ups can stop the fun"); the lesson says never, or always with a grown-up.
const unwatched = /\b(?:no |without (?:a |any )?)(?:grown-?ups?|adults?|parents?|lifeguards?)(?: (?:around|watching|about|there|can|to))?\b|\bnobody watching\b/;
const deepWater = /\b(?:swim|swims|swimming|underwater|under the water|deep (?:lake|river|water|end)|thin ice|cracking ice|the ice|bathtub|bath)\b/;
// What makes it the point rather than a fish's day: deep or thin, as long as possible, at night, to copy.
const waterRisk = /\b(?:deep|thin|cracking|underwater|under the water|as long as (?:possible|you can|they can|he can|she can)|at night|copy|try (?:it|this))\b/;
const lessonNever = /\b(?:never|don'?t|do not|must not|always with|only with)\b/;
const waterAndRisk = together(deepWater, unwatched, waterRisk);
const waterUnwatched = (folded: string) => (lessonNever.test(folded) ? undefined : waterAndRisk(folded));
// Food taken away as a punishment that comes every time: "gets no supper whenever she brings home a bad mark".
const foodAsPunishment = /\b(?:no|without) (?:supper|dinner|food|breakfast|lunch|tea|meals?)\b.{0,40}\b(?:whenever|every time|each time|if (?:she|he|they) (?:is|are|gets?|brings?))\b/;
// A child made to sleep or live in an animal's crate or cage.
const humanChild = /\b(?:son|daughter|boy|girl|kid|kids|child|children|toddler|whoever|baby)\b/;
const animalsBedShape = /\b(?:sleeps?|sleeping|slept|lives?|living|stays?|staying|spends? the night) in (?:the |a )?(?:dog'?s? |pet )?(?:crate|kennel|cage|doghouse|dog house)\b/;
const animalsBed = (folded: string) => (humanChild.test(folded) ? animalsBedShape.exec(folded)?.[0] : undefined);
// A child wed to a grown-up: a bride or a marriage beside a child's age or a little girl and a grown-up, or a wedding night
// beside a child. A child's age is said many ways ("a 7-year-old girl", "the princess is 8", "aged 6", "my 5yo"), from
// two to twelve (a one is as often "one of"); a little girl's dream of a prince some day, or a game of weddings, is no marriage.
// "My wife" is the parent speaking, and "old" in "5 yr old" an age, not the groom.
const wedding = /\b(?:bride|(?<!\b(?:my|our) )wife|marry|marries|married|marrying|weds)\b/;
const weddingNight = /\b(?:wedding night|honeymoon)\b/;
const ageNumber = String.raw`(?:[2-9]|1[0-2]|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
const childAge = new RegExp(String.raw`\b[a-z\d]{1,2}[- ]years?[- ]old\b|\b(?:little|small|young) (?:girl|boy)\b|\btoddler\b|\b(?:is|aged?|just turned) ${ageNumber}\b(?! (?:hours?|minutes?|days?|weeks?|months?|times?|steps?|feet|foot|metres?|meters?|o'?clock)\b)|\b${ageNumber} ?(?:yo|y\/o|yrs?)\b`);
const grownUpGroom = /\b(?:king|man|(?<!\b(?:years?|yrs?|yo)[- ])old|grown-?up|uncle|teacher|coach|neighbou?r|prince)\b/;
const someday = /\b(?:dreams? (?:of|about)|one day|some ?day|when (?:she|he|they) (?:grows?|is|are) (?:up|older|big|grown)|grows? up|pretends?|plays?|playing|dress(?:es|ing)? up)\b/;
const marriedToGrownUp = together(grownUpGroom, childAge, wedding);
const childBride = (folded: string) => (someday.test(folded) ? undefined : marriedToGrownUp(folded)) ?? together(childAge, weddingNight)(folded);
// A people judged by a body or a family not like others: wheelchairs, blindness, two mums; each with words that shame.
const disabled = /\b(?:in (?:a )?wheelchairs?|disabled|handicapped|blind|deaf|crippled?)\b/;
const shamed = /\b(?:broken (?:people|children|kids)|ugly|useless|worthless|good for nothing|a burden|hid(?:den)? away|don'?t belong|not allowed|shouldn'?t be (?:allowed|seen))\b|\bcan(?: ?not|'?t| never) be (?:a |an )?(?:princess|prince|queen|king|hero|friend|pretty|beautiful|loved)/;
const twoParents = /\btwo (?:mommies|mummies|mums|moms|mamas|daddies|dads|papas)\b|\b(?:mommy|mummy|mum|mom|daddy|dad) bears\b/;
const familyShame = /\b(?:always sad and sick|sick|wrong|not a real|unnatural|god doesn'?t make|gets? fixed|get fixed|everything (?:gets|is) fixed)\b/;
const bodyShamed = together(disabled, shamed);
const familyShamed = together(twoParents, familyShame);
const peopleShamed = (folded: string) => bodyShamed(folded) ?? familyShamed(folded);
// A little one taken to be someone else's, or carried off without a word to its parents.
const takenAsOwnShape = /\b(?:takes?|took|taking|grabs?|grabbed|snatch\w*|carr(?:y|ies|ied)|lifts?|lifted)\b (?:[a-z']+ ){0,3}?(?:baby|toddler|child|kid|boy|girl|little [a-z]+)\b.{0,60}\b(?:to be (?:her|his|their) own|as (?:her|his|their) own|(?:mum|mom|mummy|mommy|mother|parents?|dad|daddy|father) (?:wasn'?t|was not|weren'?t|were not|isn'?t|is not) looking|without anyone (?:seeing|noticing|knowing)|without telling (?:her|his|their) (?:parents|mum|mom|mummy|mommy|dad|daddy|family))\b/;
// A parent lifting its own baby is no taking: the one who takes is read just before the verb.
const homeCircle = /\b(?:mum|mom|mummy|mommy|mother|mama|dad|daddy|father|papa|grandma|grandpa|granny|nanny)\b/;
// Or led away by a grown-up from outside the family, never to go home ("a kind lady takes a boy by the hand at the supermarket,
// tells him not to scream and takes him to her house, and he is happy never to go back"; as Apertium puts the Italian).
const takenForGood = /\b(?:lady|man|woman|stranger|grown-?up)\b.{0,40}\b(?:takes?|took|taking|seizes?|seized|leads?|led|grabs?|grabbed|carries|carried)\b (?:[a-z']+ ){0,3}?(?:baby|toddler|child|kid|boy|girl|little [a-z]+)\b.{0,120}\b(?:never|not|no longer) (?:to )?(?:return|returns|returning|returned|go back|going back|goes back|come back|coming back|comes back|go home|going home|see (?:his|her|their) (?:mum|mom|mummy|mommy|parents|family) again)\b/;
const takenAsOwn = (folded: string) => { const match = takenAsOwnShape.exec(folded); return match && !homeCircle.test(folded.slice(Math.max(0, match.index - 25), match.index)) ? match[0] : undefined; };

// A child taught to hide from a grown-up's anger or drink at home, and to keep it quiet.
const hidingFromAnger = /\b(?:hide|hides|hiding|hid)\b.{0,30}\bwhen (?:[a-z']+ ){0,3}?(?:is|gets|comes home) (?:angry|drunk|cross|mad|shouting|in a temper)\b/;

// A way out of a bedroom window onto a roof, told so a child can copy it ("explain how he opens the window latch").
const outOfWindow = /\b(?:climb\w*|sneak\w*|crawl\w*|squeez\w*|get\w*|go(?:es)?) (?:out )?(?:of |through )?(?:the |his |her |their |a )?(?:bedroom |open )?window\b.{0,40}\b(?:roof|ledge|drainpipe)s?\b/;
const howItIsDone = /\bhow (?:to|he|she|they|you|it)\b|\bstep by step\b|\bexplain\w*\b|\bshows? (?:the )?(?:children|kids|you|them)\b/;
const windowEscape = together(outOfWindow, howItIsDone);
// Clothes taken off for a grown-up: no bedtime story has anyone undress for someone, whatever their age.
const undressedFor = /\b(?:take|takes|taking|took|pull|pulls|pulled) (?:her|his|their) (?:dress|clothes|nightie|nightdress|pyjamas|pajamas|underwear|knickers|pants) off for (?:him|her|them|the (?:king|man|prince|uncle|stranger|neighbou?r|teacher|coach|lord|master|boss))\b|\b(?:undress\w*|strip\w*) for (?:him|the (?:king|man|prince|uncle|stranger|neighbou?r|teacher|coach|lord|master|boss))\b/;
// A grown-up's passwords or bank card asked of a child through the story, not a lesson never to share them.
const grownUpsSecretsShape = /\b(?:parents?'?|mum'?s|mom'?s|mummy'?s|mommy'?s|dad'?s|daddy'?s|grown-?ups'?)\s+(?:[a-z]+ ){0,2}?(?:passwords?|passcodes?|pins?|pin numbers?|bank cards?|credit cards?|card numbers?)\b/;
const grownUpsSecrets = (folded: string) => (lessonNever.test(folded) ? undefined : grownUpsSecretsShape.exec(folded)?.[0]);

// Hurting oneself as a comfort: "pulls out his own feathers one by one until it hurts, and that helps him fall asleep".
// "Laughs until it hurts" hurts nothing of one's own.
const hurtingOneself = /\b(?:pull\w*|pluck\w*|scratch\w*|bit\w*|bite\w*|pinch\w*|hit\w*|cut\w*|pick\w*|bang\w*) (?:out |at )?(?:his|her|their|its) own\b.{0,60}\buntil (?:it|they|he|she) (?:hurts?|bleeds?|stings?)\b|\b(?:hurts?|hurting|cuts?|cutting|scratch\w*|bites?|biting|hits?|hitting|pinch\w*) (?:himself|herself|themselves|itself)\b.{0,60}\b(?:helps?|calms?|feels? better|fall asleep|to sleep)\b/;
// Fear used to make a child obey: "tell my 3yo that if she gets out of bed the monster will eat her … make it really scary so she stays put".
const scaryOnPurpose = /\b(?:really|very|super|extra|as) scary\b|\bscare (?:her|him|them)\b|\b(?:monster|witch|wolf|bogeyman|boogeyman)\b.{0,40}\b(?:eat|get|take|grab)s? (?:her|him|them)\b/;
const toObey = /\bso (?:that )?(?:she|he|they) (?:stays? (?:put|in bed)|behaves?|obeys?|listens?|will (?:stay|behave|listen|obey))\b|\bif (?:she|he|they) (?:gets? out of bed|leaves? (?:her|his|their) bed|doesn'?t (?:sleep|listen|behave))\b/;
const fearToObey = together(scaryOnPurpose, toObey);
// Or one's own body hurt when a feeling comes: "scratches her arms when she is sad". Biting nails or sucking a thumb is a habit, not harm.
const hurtOwnBodyShape = /\b(?:scratch\w*|cuts?|cutting|hits?|hitting|pinch\w*|bang\w*|burns?|burning|hurts?|hurting|punch\w*|slap\w*|bites?|biting) (?:his|her|their|its)(?: own)? ([a-z]+)\b.{0,40}\b(?:(?:when|whenever|if|because) (?:he|she|they|it) (?:is|feels?|gets?|felt|was|were|are) (?:so |very |really )?(?:sad|upset|angry|lonely|worried|scared|cross|mad|bad|anxious|nervous|stressed|unhappy)|to feel better|to calm down|so (?:he|she|they|it) feels? better|until (?:it|they) (?:hurts?|stings?|bleeds?)\b.{0,30}\b(?:sad|sadness|bad|worry|worries|feelings?)\b(?: [a-z]+){0,2} (?:goes|go|went|melts?|fades?) away)\b/;
// "Scratches her arms until they sting, and the sad goes away" is the comfort; "learns not to scratch his spots" is no shape.
const hurtOwnBody = (folded: string) => {
  const match = hurtOwnBodyShape.exec(folded);
  if (!match || /\b(?:not|never|stop|stops|stopped|doesn'?t|don'?t|mustn'?t|instead of)(?: to)? $/.test(folded.slice(Math.max(0, match.index - 20), match.index))) return undefined;
  return [match[1], match[1].replace(/s$/, '')].some((part) => warningCategoriesOf(part).has('body')) && !/^(?:nails?|fingernails?|thumbs?|lips?)$/.test(match[1]) ? match[0] : undefined;
};
// A tool or weapon taken to school to settle a score: "brings daddy's hammer to school and makes sure the mean kids never laugh again".
const toolToSchool = /\b(?:bring\w*|brought|tak\w*|took|carr\w*|sneak\w*) (?:[a-z']+ ){0,2}?(?:hammer|knife|gun|bat|axe|scissors|stick|rock|stones?) (?:in)?to school\b/;
const scoreSettled = /\bnever (?:[a-z']+ ){0,2}?(?:laugh|tease|teases|bother|pick on|bully|bullies|hurt|come near)\w* (?:[a-z']+ ){0,2}?(?:again|anymore|any more)\b|\b(?:teach|teaches|taught) (?:them|those|the [a-z]+) a lesson\b|\bget\w* (?:back at|even with|revenge)\b/;
const weaponToSchool = together(toolToSchool, scoreSettled);

// Hurt told as love: "if mommy hits her it means she loves her". What a child who is hit is told so that it stays quiet.
const hurtAsLove = /\b(?:hits?|hitting|smacks?|smacking|beats?|beating|slaps?|slapping|hurts?|hurting|kicks?|kicking|pinch\w*)\b.{0,40}\b(?:means|because|shows?|is how) (?:that )?(?:she|he|they|mommy|mummy|mum|mom|daddy|dad|grown-?ups?) (?:loves?|cares?|love)\b/;
// A child taught to hide from or never trust the people who help ("hide from the police because they take kids away"); not a game of hide and seek.
const helpersFeared = /\b(?:hide|hides|hiding|run away|runs away|never (?:talk to|tell|trust)|not (?:talk to|tell|trust)|(?:be|is) (?:afraid|scared) of)\b (?:from )?(?:the |a |any )?(?:police|police officers?|policemen|policewomen|teachers?|doctors?|nurses?|social workers?|firefighters?)\b(?!.{0,30}\bhide and seek\b)/;
const lessonToTrust = /\b(?:learns? (?:that )?(?:the )?(?:police|teachers?|doctors?|nurses?|firefighters?) (?:are|is) (?:kind|friendly|there to help|helpers?)|not (?:to )?be (?:afraid|scared))\b/;
const helpersHidden = (folded: string) => (lessonToTrust.test(folded) ? undefined : helpersFeared.exec(folded)?.[0]);

// Hitting told as the way to be obeyed ("teaches the squires that a firm slap makes girls listen better"): never the
// lesson that it does not ("a smack never makes anyone listen").
const hitToObey = /\b(?:slaps?|slapping|smacks?|smacking|spank\w*|whacks?|whacking|belting|(?:a |the )belt)\b(?:[^.!?]{0,30}?)\b(?<!never |not |doesn'?t |don'?t )(?:makes?|made|making|gets?|teaches?) (?:[a-z']+ ){0,2}?(?:listen|behave|obey|learn|be quiet|be good|do as)\w*\b/;

// Many turning on one with things to hurt or until the one is gone ("solves their bully problem by ganging up on him at
// break time with sticks and stones until he stops coming to school"): the ganging up and either of those.
const gangingUp = /\bgang(?:s|ed|ing)? up on\b/;
const turnedOnWith = /\b(?:with|throw\w*|threw) (?:[a-z]+ ){0,2}?(?:sticks|stones|rocks|fists|bats|belts)\b|\buntil (?:he|she|they) (?:stops? (?:coming|going|showing up)|never comes?|cries|leaves|runs? away|moves? away|(?:is|are) gone)\b/;
const groupTurnsOnOne = together(gangingUp, turnedOnWith);

// An injury explained away on someone's orders ("gets bruises from the big stag … brave fawns always say they fell down",
// "must tell his teacher he walked into a door"): the mark and a story told about it that the child is made to tell.
const injuryMark = /\b(?:bruis\w*|black eyes?|marks on (?:his|her|their|its)|broken (?:arms?|wrists?|legs?|fingers?|ribs?)|burns? on (?:his|her|their|its))\b/;
const coverStory = /\b(?:always|must|should|have to|has to|had to|(?:was|were|is|are) told to|taught to|learns? to|knows? to) (?:say|tell|explain)s? (?:[a-z']+ ){0,3}?(?:(?:he|she|they|it|i|you|we) )?(?:fell|fall|falls|tripped|trips?|bumped|walked into|(?:was|is) (?:an accident|clumsy))\b|\btelling (?:the |a |anyone|anybody)(?:[a-z']+ ){0,2}?would (?:break|ruin|split|tear|destroy) (?:the |their |our |his |her )?family\b/;
const injuryExplainedAway = together(injuryMark, coverStory);

// Running into the road told as fun or a game ("learns it's fun to run into the road to chase cars"); not the lesson never to.
const intoTheRoad = /\b(?:run|runs|running|ran|dash\w*|dart\w*|jump\w*|skip\w*) (?:out )?(?:into|onto|across) (?:the )?(?:busy )?(?:road|street|traffic|motorway|highway)\b/;
const asFun = /\b(?:fun|chase|chasing|game|play|playing|dare)\b/;
const roadForFun = (folded: string) => (lessonNever.test(folded) ? undefined : together(intoTheRoad, asFun)(folded));

/** Groups set apart by marks and judged by character: the words seen, or undefined. */
function peopleJudged(folded: string): string | undefined {
  const colours = new Set([...folded.matchAll(colourGroups)].map((match) => match[1]));
  const marked = colours.size >= 2 ? [...colours].join(' and ') : otherMarks.exec(folded)?.[0];
  const judged = characterJudged.exec(folded)?.[0];
  return marked && judged ? `${marked} … ${judged}` : undefined;
}

/** Each shape that refuses on its own, and what it is called in the refusal, in the order they are reported. */
const shapes: Array<[string, RegExp | ((folded: string) => string | undefined)]> = [
  ['holding someone under water or over the face', heldUnder],
  ['shaking someone hard', shaken],
  ['hiding the marks of being hurt', hiddenMarks],
  ['not eating made a virtue', notEating],
  ['not wanting to live', betterWithout],
  ['luring a little one away', luredAway],
  ['sniffing a powder', powder],
  ['deleting messages so grown-ups do not see', deletedMessages],
  ['a grown-up drink given as fun', grownUpDrink],
  ['mixing cleaning liquids', cleanersMixed],
  ['lighting a fire indoors', fireIndoors],
  ['a people told as animals and judged', peopleJudged],
  ['metal into the mains', intoTheMains],
  ['metal into the mains', intoTheMainsAround],
  ['a bag over a head', bagOverHead],
  ['a blade to the skin', bladeToSkin],
  ['a child shut in a hot car', shutInCar],
  ["a child getting into a stranger's car", intoACar],
  ['medicine as a treat or to make a child sleep', sleepyMedicineOutsideCare],
  ['medicine as a treat or to make a child sleep', medicineAsTreat],
  ['medicine as a treat or to make a child sleep', medicineToSleep],
  ['a child shut in a hot car', leftInCar],
  ['a child left to feed itself', feedingAlone],
  ['breathing car fumes', carFumes],
  ["a grown-up's pills or sweets that change how one feels", moodDrugs],
  ['water or ice with no grown-up there', waterUnwatched],
  ['food taken away as a punishment', foodAsPunishment],
  ["a child made to sleep in an animal's cage", animalsBed],
  ['a child wed to a grown-up', childBride],
  ['a people shamed for their bodies or families', peopleShamed],
  ['a little one taken away', takenAsOwn],
  ['a little one taken away', takenForGood],
  ["hiding from a grown-up's anger", hidingFromAnger],
  ['climbing out of a window onto a roof, told to copy', windowEscape],
  ['undressing for someone', undressedFor],
  ["a grown-up's passwords asked of a child", grownUpsSecrets],
  ['hurting oneself as a comfort', hurtingOneself],
  ['hurting oneself as a comfort', hurtOwnBody],
  ['fear used to make a child obey', fearToObey],
  ['a weapon taken to school to get even', weaponToSchool],
  ['hurt told as love', hurtAsLove],
  ['a child taught to hide from the people who help', helpersHidden],
  ['running into the road for fun', roadForFun],
  ['an injury the child is told to explain away', injuryExplainedAway],
  ['hitting told as the way to be obeyed', hitToObey],
  ['many turning on one', groupTurnsOnOne],
];

/** The quiet harm shapes of an idea folded by normalizeForMatching (each refuses on its own, as a combination). */
export function findQuietHarmShapes(folded: string): WarningSign[] {
  const signs: WarningSign[] = [];
  const add = (kind: string, words: string | undefined) => { if (words) signs.push({ kind, words: [words], strength: 'combination' }); };
  const without = deprived.exec(folded)?.[0];
  const long = longTime.exec(folded)?.[0];
  const kept = keptAway.exec(folded)?.[0];
  // Either of the three alone is everyday ("without a coat", "all night long", "left outside"); two together are neglect.
  const neglect = [without, long, kept].filter((words): words is string => words !== undefined);
  add('someone kept without care', neglect.length >= 2 ? neglect.join(' … ') : undefined);
  for (const [kind, shape] of shapes) add(kind, typeof shape === 'function' ? shape(folded) : shape.exec(folded)?.[0]);
  return signs;
}

