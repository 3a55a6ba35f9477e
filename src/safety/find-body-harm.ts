import { isMachine, isMedicine, isSmallHardThing, isSwallowedHazard, isSwallowedPart } from './swallowed-hazard.ts';
import { isKindOf, sensesOf } from './wordnet-lexicon.ts';
import { warningCategoriesOf } from './warning-categories.ts';
import type { WarningSign } from './warning-sign.ts';

/**
 * Harm to a body told as an everyday scene, by its shape: the airway covered or held under, a living
 * thing pulled apart, organs eaten or spilled, medicine (or a grown-ups' drink) slipped into a drink, a mixture breathed in, a
 * being pushed from a height, a child locked in and left, letting go from a height, a household chemical swallowed. The nouns are read
 * by their WordNet class (a drink is below "food", an organ below "internal organ"), so no list of
 * drinks or organs is kept, and every shape needs two parts that a gentle story does not put together.
 */
const being = (word: string) => isKindOf(word, [['person', 1], ['animal', 1]], 1) || /^(him|her|them|me|you|it)$/.test(word);
const drink = (word: string) => isKindOf(word, [['beverage', 1], ['food', 1], ['food', 2]], 1);
const medicine = (word: string) => isKindOf(word, [['drug', 1]]) || /^(drops|tablets?|pills?)$/.test(word);
const organ = (word: string) => isKindOf(word, [['internal organ', 1], ['viscera', 1], ['brain', 1], ['intestine', 1]], 2) || word === 'insides';
const appliance = (words: string) => isKindOf(words, [['home appliance', 1]], 1) || isKindOf(words.split(' ').pop()!, [['home appliance', 1]], 1);

const owner = String.raw`(?:his|her|their|its|my|your|the (?:[a-z]+ ){0,2}?[a-z]+'s?|the)`;
// Something held over the airway or round the neck, then held there.
const airway = new RegExp(String.raw`\b(?:over|around|round|on|across) ${owner} (?:heads?|faces?|mouths?|noses?|necks?)\b`);
const heldThere = /\b(tight|tightly|hold|holds|holding|held|press|presses|pressed|pressing|squeez\w*|pull\w* (tight|hard)|until)\b/;
const heldUnder = new RegExp(String.raw`\b(?:hold|holds|held|holding|push|pushes|pushed|pushing|dunk\w*|keeps?|kept|shoves?|shoved) ${owner} (?:heads?|faces?) (?:in|under|into|down)\b`);
const apart = /\b(?:(?:pull|pulls|pulled|pulling|tear|tears|tore|torn|tearing|rip|rips|ripped|ripping|chop\w*|cut|cuts) (?:(?:the|a|his|her|their|its) )?(?:[a-z]+ ){0,2}?([a-z]+) (?:apart|open|to pieces|into pieces|limb from limb)|([a-z]+) (?:is|are|was|were|gets?|got) (?:pulled|torn|ripped|chopped|cut) (?:apart|to pieces|into pieces|limb from limb))\b/g;
const organAct = /\b(eat|eats|ate|eating|rip|rips|ripped|pull|pulls|pulled|spill|spills|spilled|spilling|splatter\w*|squish\w*|munch\w*)\b((?:\s+[a-z']+){0,4})/g;
// Into someone's own drink, to quiet them or unseen: a nurse's spoonful of medicine in honey is neither.
const slippedInto = /\b(?:in|into) (?:his|her|their|my|your|the (?:[a-z]+ ){0,2}?[a-z]+'s) (?:[a-z']+ ){0,1}?([a-z]+)\b/g;
// A drink named as the grown-ups' ("the grown-up golden juice"): what a child's story calls alcohol without the word.
// "Grown-up" as a word for the drink, after a determiner: "the grown-ups drink tea" is the grown-ups drinking.
const grownUpDrink = /\b(?:the|a|an|some|his|her|their|my|daddy'?s|mummy'?s|mommy'?s) (?:grown-?up|adult) (?:([a-z]+) )?([a-z]+)\b/g;
const grownUpsDrink = (match: RegExpMatchArray) => drink(match[2]) && (!match[1] || sensesOf(match[1], 'adj', 1).length > 0);
const toQuiet = /\b(sleep\w*|quiet|drowsy|secretly|without (him|her|them) (knowing|noticing)|(doesn'?t|does not|won'?t|never) notice)\b/;
const mixing = /\b(mix|mixes|mixed|mixing|stir|stirs|pour\w* together)\b/;
// Medicine made a treat ("mummy's cough syrup mixed with fizzy drink, and a big cupful gives the best dreams"): a medicine
// (below WordNet's drug, or an illness's syrup or drops: "cough syrup" is in no dictionary) stirred into a drink, taken for
// the dreams or the feeling, or by the cupful; a spoonful in honey for a poorly cub is none of these.
const mixedWith = /\b(?:mix|mixes|mixed|mixing|stir|stirs|stirred|stirring) (?:it |them )?(?:with|into|in) (?:some |a |the |his |her |their )?(?:[a-z]+ )?([a-z]+)\b/g;
const illnessRemedy = /\b([a-z]+) (?:syrup|medicine|mixture|drops|tablets|pills)\b/g;
const takenForFun = /\b(?:dreams?|cupfuls?|mugfuls?|(?:whole|big|huge|giant) (?:bottle|cup|glass|mug|gulp|sip|spoonful)s?|lots of it|as much as|feels? (?:funny|dizzy|floaty|silly|fizzy)|for fun|gets? (?:dizzy|floaty))\b/;
// A face or skin melting or rotting away, or creatures crawling out of a mouth or eyes: a body coming apart, told to frighten.
// The owner is a person or a pronoun ("mummy's face melts off"), never a snowman whose nose falls off.
// Any part of a body by WordNet (a mouth, a face), wider than `bodyPart` below, which names the parts a story cuts off.
const anyBodyPart = (word: string) => isKindOf(word, [['body part', 1]], 6);
const meltsAway = new RegExp(String.raw`\b(his|her|their|my|your|(?:[a-z]+)'s) ([a-z]+) (?:melts?|melted|melting|rots?|rotted|rotting|rotten|peels?|peeled|peeling|drips?|dripped|dripping) (?:off|away)\b`, 'g');
const crawlingOut = /\b([a-z]+) (?:crawl|crawls|crawled|crawling|wriggl\w*|squirm\w*|pour|pours|pouring|spill\w*) (?:out of|from) (?:his|her|their|its|my|your|the [a-z]+'s) ([a-z]+)\b/g;
const breathedIn = /\b(breathes?|breathing|breathed|sniff\w*|inhal\w*) (?:(?:it|them|the [a-z]+) )?(in|up)\b|\b(inhal\w*|sniff\w*)\b/;
const pushedFrom = /\b(?:push|pushes|pushed|pushing|shove\w*|throw|throws|threw|thrown|throwing|kick|kicks|kicked|trip|trips|tripped) (him|her|them|me|it|(?:his|her|their|the|a) (?:[a-z]+ ){0,2}?([a-z]+)) (?:down|off|out of|into|over) (?:the |a )?(?:stairs|staircase|steps|cliff|well|window|balcony|roof|bridge|ledge|fire|oven|railing)\b/g;
const lockedIn = /\b(?:lock|locks|locked|locking|shut|shuts) (?:him|her|them|me|(?:his|her|their|the|a) (?:[a-z]+ ){0,2}?[a-z]+) (?:in|inside|into) /;
const leftAlone = /\b(while|when) (?:they|he|she|\w+ parents?|\w+ (?:mum|mom|dad)) (?:go|goes|went|are|is) (?:out|away|off)\b|\bevery (weekend|night|day)\b|\bfor (days|hours|the whole)\b|\bwith (?:only |just )?(?:a bucket|some bread|no food)\b/;
// A child left alone where it is not safe, shut in an appliance, or playing with fire-makers.
const leftAlone2 = /\b(?:leave|leaves|left|leaving) (?:the |his |her |their |a )?(?:little |baby |small )?([a-z]+) (?:all )?alone (?:in|inside|at|for) (?:the |a )?(?:hot |locked )?(car|van|house|home|flat|hours|days|night|weekend|whole)/;
// Or left to fend alone for days: "stays home all by himself for the whole weekend while mum is away".
const aloneForLong = /\b(?:(?:stay|stays|stayed|staying|left|is|be)|(?:leave|leaves|left|leaving) (?:him|her|them)) (?:at )?(?:home )?(?:all )?(?:alone|by (?:himself|herself|themselves)|on (?:his|her|their) own) (?:for )?(?:the |a )?(?:whole |entire )?(weekend|week|days|nights)\b/;
const childOrAge = /\(\d{1,2}\)|\b\d{1,2}[- ]years?[- ]old\b/;
// An organ named, then strewn ("his insides spread across the grass").
const organStrewn = /\b([a-z]+)\b(?=(?:\s+[a-z']+){0,5}?\s+(?:spread|spilt|spilled|spilling|spills|splattered|smeared|strewn|hanging out|pouring out)\b)/g;
// Crushed by a vehicle (WordNet: below vehicle or conveyance): a death told by its shape.
const runOver = /\b(?:(?:squash|squish|crush|flatten|splat)\w*|(?:run|runs|ran) over) by (?:a|an|the) ((?:[a-z]+ )?[a-z]+)/;
// The one who climbs in is the subject: a thing between the verb and "in" ("puts his socks in the washing machine") is put in, not climbing.
// "Squeezes into the old chest freezer": a describing word or two may come before the appliance, read by its last words.
const climbsInside = /\b(?:climb|climbs|climbed|hide|hides|hid|gets?|got|crawls?|put|puts|squeez\w*|wriggl\w*|curls? up) (?:(?!(?:the|a|an|his|her|their|my|your|some|its) )[a-z]+ ){0,2}?(?:inside|into|in) (?:the|a|an) ([a-z]+(?: [a-z]+){0,2})\b/g;
// A being put into an appliance ("puts the hamster in the microwave"): WordNet's second meaning of a word counts here
// ("microwave" is a wave first), since the being put in is the harm; a cake put in the oven is no being.
const putInside = /\b(?:put|puts|putting|stuff\w*|shove\w*|throw|throws|threw|drop|drops|dropped|place|places|placed) (him|her|them|(?:the|a|an|his|her|their) (?:[a-z]+ ){0,2}?([a-z]+)) (?:inside|into|in) (?:the|a|an|his|her|their) ([a-z]+(?: [a-z]+)?)\b/g;
// "The fish" in the freezer is food (its second meaning); "his little rabbit" or "her pet fish" is a pet.
// "Her teddy bear" is a toy: the last two words named together as a made thing in WordNet are no being.
const madeThing = (phrase: string) => { const words = phrase.split(' '); return words.length >= 2 && sensesOf(words.slice(-2).join(' '), 'noun', 1)[0]?.lexicographerFile === 'noun.artifact'; };
const asFood = (phrase: string, word: string | undefined) => word !== undefined && isKindOf(word, [['food', 1], ['food', 2]], 2) && !/\b(?:his|her|their|my|your|little|baby|pet)\b/.test(phrase);
// Something swallowed ("drinks the bleach", "ate some of the dishwasher soap"): what follows is read by its WordNet class.
const swallowingVerbs = String.raw`drink|drinks|drank|drinking|swallow\w*|gulp\w*|eat|eats|ate|eating|guzzl\w*`;
const swallowed = new RegExp(String.raw`\b(${swallowingVerbs}|sip|sips|sipped|sipping)((?:\s+[a-z']+){1,4})`, 'g');
// The fainting game: a breath held, or a neck squeezed, until the world goes dark.
const blackout = /\b(?:squeez\w*|press\w*|hold\w*|held|choke\w*) (?:[a-z']+ ){0,3}?necks?\b.{0,30}\buntil\b|\b(?:hold|holds|held|holding) (?:his|her|their|my|your|its) breath\b.{0,40}\buntil\b.{0,30}\b(?:goes|go|went|turns?|turned) (?:dark|black|fuzzy|dim|quiet)\b|\b(?:hold|holds|held|holding) (?:his|her|their|my|your|its) breath\b.{0,30}\buntil (?:he|she|they|you|i) (?:faints?|fainted|pass(?:es)? out|passed out|sees? stars|black(?:s|ed)? out)\b/;
// Marks drawn on one's own skin with something sharp ("little red lines on her arm with the sharp bit from the sharpener").
const marksOnSkin = /\b(?:lines?|marks?|scratch\w*|cuts?) on (?:his|her|their|my|your) (?:own )?(?:arms?|wrists?|legs?|thighs?|tummy|skin|hands?)\b.{0,50}\b(?:sharp|blade|razor|pin|needle|knife|scissors|sharpener|glass)\b/;
// The same verbs and chewing, read a little further: "gulps down the little round batteries".
const swallowedWhole = /\b(?:swallow|swallows|swallowed|swallowing|gulps?|gulped|gulping)((?:\s+[a-z']+){1,4})/g;
const swallowedPart = new RegExp(String.raw`\b(${swallowingVerbs}|munch\w*|chew\w*)((?:\s+[a-z']+){1,6})`, 'g');
// A part of a body cut, peeled or bitten off: "cuts off the prisoner's fingers", "peels the skin off the children"; or the same
// told of the part: "a child's fingers getting chopped off", "his ear was bitten off".
const partOff = /\b(?:cut|cuts|cutting|chop\w*|peel\w*|rip|rips|ripped|ripping|tear|tears|tore|tearing|bite|bites|bit|biting|saw|saws|sawing|pull|pulls|pulled|pulling) (?:off (?:the |his |her |their |its |a )?((?:[a-z]+'s? )?(?:[a-z]+ )?[a-z]+)|(?:the |his |her |their |its )((?:[a-z]+ )?[a-z]+) off(?: (?:the |a |an |his |her |their )?([a-z]+))?)\b|\b([a-z]+) (?:is|are|was|were|gets?|got|getting|being|been) (?:cut|chopped|sawn|sawed|ripped|torn|bitten|peeled|pulled) off\b/g;
const bodyPart = (phrase: string) => phrase.split(' ').some((word) => /^(skin|fingers?|toes?|ears?|noses?|heads?|arms?|legs?|hands?|feet|foot|tongues?|eyes?|lips?)$/.test(word.replace(/'s?$/, '')) || (word.length > 3 && warningCategoriesOf(word).has('body') && isKindOf(word, [['external body part', 1], ['skin', 1]], 1)));
// A breath held under water for as long as one can, or alone: how children drown in a bath or a pool without a sound.
const breathUnderWater = /\b(?:hold|holds|held|holding) (?:his|her|their|my|your) breath (?:[a-z']+ ){0,4}?(?:under ?water|under the water|in the (?:bath|bathtub|tub|pool)|at the bottom of the (?:bath|bathtub|tub|pool))\b.{0,60}\b(?:as long as (?:he|she|they|you|i) can|as long as possible|longer and longer|longer every|(?:all )?by (?:himself|herself|themselves|yourself)|on (?:his|her|their|your) own|alone)\b/;
// Or staying down there in a bath or a pool for a long time: the same drowning told without the breath.
const stayUnderWater = /\b(?:stay|stays|stayed|staying) (?:under ?water|under the water|down) (?:in|at the bottom of) the (?:bath|bathtub|tub|pool|swimming pool)\b.{0,40}\b(?:(?:really |very |so )?long time|as long as|longer and longer)\b/;
// Eyes, nails or a tongue pulled out, or all of someone's teeth: a wobbly tooth pulled out is a story, every tooth is not.
const pulledOut = /\b(?:pull|pulls|pulled|pulling|rip|rips|ripped|ripping|yank\w*|tear|tears|tore|tearing|pluck\w*|gouge\w*|poke\w*) out (?:the |his |her |their |your |my |its |[a-z]+'s? )?(?:eyes?|eyeballs?|nails?|fingernails?|toenails?|tongues?|all (?:of )?(?:the |his |her |their |your |my )?teeth)\b/;
// Parts of children's bodies kept or collected ("keeps children's eyeballs in a jar"); their teeth are the tooth fairy's.
const partsKept = /\b(?:children|kids|people|boys|girls|babies|humans)'?s? (?:eyes|eyeballs|fingers|toes|ears|tongues|hearts|bones|noses|brains|skulls)\b(?: [a-z']+){0,2}? (?:in (?:a |the |his |her |its |their )?jars?|in (?:a |his |her )?collection)\b|\b(?:keeps?|kept|collects?|collected|collecting|stores?|stored|hoards?) (?:the |all )?(?:children|kids|people|boys|girls|babies|humans)'?s? (?:eyes|eyeballs|fingers|toes|ears|tongues|hearts|bones|noses|brains|skulls)\b/;
const firePlay = /\bplay(?:s|ed|ing)? with (?:the |a |his |her |daddy'?s |mum'?s )?(lighter|lighters|matches)\b/;
const letGo = /\b(bridge|roof|ledge|cliff|balcony|edge|window|railing)\b.{0,80}\blet(s|ting)? go\b/;
// Or a leap from somewhere high to be with someone in heaven ("climbed to the very top of the tallest building and jumped to
// fly up to her"): how a grieving child could copy a story's wish to follow the one who died.
const leapFromHigh = /\b(?:bridge|roof|rooftop|ledge|cliff|balcony|window|tower|skyscraper|building|top of)\b.{0,60}\b(?:jump|jumps|jumped|jumping|leap|leaps|leaped|leapt|leaping|steps? off|stepped off)\b/;
const toTheDead = /\bheaven\b|\b(?:be with|join|see) (?:[a-z]+ ){0,2}?(?:who (?:died|passed away|is dead)|in the sky|among the stars|again)\b/;
// A sharp thing or a jab in someone's eye ("pokes the bully in the eye with a pencil").
const eyeJabbed = /\b(?:poke|pokes|poked|poking|jab|jabs|jabbed|jabbing|stab|stabs|stabbed|stabbing)\b (?:him|her|them|(?:the|his|her|their|a) (?:[a-z]+ ){0,2}?[a-z]+) in the eyes?\b|\b(?:poke|pokes|poked|poking|jab|jabs|jabbed|jabbing|stab|stabs|stabbed|stabbing|stick|sticks|stuck|sticking) (?:a|the|his|her|their) (?:[a-z]+ )?(?:pencil|pen|stick|fork|knife|needle|pin|scissors|compass|skewer) (?:in|into) (?:his|her|their|the [a-z]+'s|[a-z]+'s) eyes?\b/;

/** The body-harm shapes of an idea folded by normalizeForMatching; each refuses on its own. */
export function findBodyHarm(folded: string): WarningSign[] {
  const signs: WarningSign[] = [];
  const add = (kind: string, words: string | undefined) => { if (words) signs.push({ kind, words: [words], strength: 'combination' }); };
  const cover = airway.exec(folded)?.[0];
  add('covering someone\'s mouth or neck', cover && heldThere.test(folded) ? cover : heldUnder.exec(folded)?.[0]);
  add('a living thing pulled apart', [...folded.matchAll(apart)].find((match) => being(match[1] ?? match[2]))?.[0]);
  add('organs eaten or spilled', [...folded.matchAll(organAct)].find((match) => match[2].split(/\s+/).some((word) => word && organ(word.replace(/'s?$/, ''))))?.[0]);
  // The idea's first medicine word, looked up in WordNet only when a shape's cheaper part is there, and once.
  let medicineCache: { word: string | undefined } | undefined;
  const medicineNamed = () => (medicineCache ??= { word: folded.match(/[a-z]+/g)?.find(medicine) }).word;
  const dose = toQuiet.test(folded) && (medicineNamed() ?? [...folded.matchAll(grownUpDrink)].find(grownUpsDrink)?.[0]);
  add('medicine slipped into a drink', dose ? [...folded.matchAll(slippedInto)].find((match) => drink(match[1]))?.[0] : undefined);
  const remedy = () => medicineNamed() ?? [...folded.matchAll(illnessRemedy)].find((match) => sensesOf(match[1], 'noun', 1)[0]?.lexicographerFile === 'noun.state')?.[0];
  add('medicine mixed into a drink for fun', takenForFun.test(folded) && remedy() ? [...folded.matchAll(mixedWith)].find((match) => drink(match[1]) || /^drinks?$/.test(match[1]))?.[0] : undefined);
  const personOwns = (owner: string) => !owner.endsWith("'s") || isKindOf(owner.slice(0, -2), [['person', 1]], 1);
  add('a body melting or rotting away', [...folded.matchAll(meltsAway)].find((match) => personOwns(match[1]) && anyBodyPart(match[2]))?.[0]);
  add('creatures crawling out of a body', [...folded.matchAll(crawlingOut)].find((match) => isKindOf(match[1], [['invertebrate', 1], ['larva', 1]], 6) && anyBodyPart(match[2]))?.[0]);
  add('breathing in a mixture', mixing.test(folded) ? breathedIn.exec(folded)?.[0] : undefined);
  // "Throws it off the roof" after a baby bird: "it" is a being when the idea names an animal (a paper plane is not one).
  const animalNamed = () => (folded.match(/[a-z]+/g) ?? []).some((word) => word.length > 2 && isKindOf(word, [['animal', 1]], 1));
  add('pushing someone from a height', [...folded.matchAll(pushedFrom)].find((match) => (match[1] === 'it' ? animalNamed() : being(match[2] ?? match[1])))?.[0]);
  const locked = lockedIn.exec(folded)?.[0];
  add('a child locked in and left', locked && leftAlone.test(folded) ? locked : undefined);
  const leftChild = leftAlone2.exec(folded);
  add('a child left alone', leftChild && (warningCategoriesOf(leftChild[1]).has('child') || leftChild[1] === 'baby') ? leftChild[0] : undefined);
  const aloneLong = aloneForLong.exec(folded)?.[0];
  add('a child left alone for days', aloneLong && (childOrAge.test(folded) || (folded.match(/[a-z]+/g) ?? []).some((word) => warningCategoriesOf(word).has('child'))) ? aloneLong : undefined);
  add('organs strewn', [...folded.matchAll(organStrewn)].find((match) => organ(match[1]))?.[0]);
  const crushed = runOver.exec(folded);
  add('crushed by a vehicle', crushed?.[1].split(' ').some((word) => isKindOf(word, [['vehicle', 1], ['conveyance', 3]], 1)) ? crushed[0] : undefined);
  // "the old chest freezer", "the old fridge in the garage": any run of the words after "the" may name the appliance.
  const namesAppliance = (phrase: string) => { const words = phrase.split(' '); return words.some((_, from) => words.slice(from).some((__, to) => appliance(words.slice(from, from + to + 1).join(' ')))); };
  add('a child shut in an appliance', [...folded.matchAll(climbsInside)].find((match) => namesAppliance(match[1]))?.[0]);
  add('a being put in an appliance', [...folded.matchAll(putInside)].find((match) => being(match[2] ?? match[1]) && !madeThing(match[1]) && !asFood(match[1], match[2]) && (appliance(match[3]) || match[3].split(' ').some((word) => isKindOf(word, [['home appliance', 1]], 2))))?.[0]);
  // A household agent or a cleaner swallowed, by anyone: never medicine (a sick cub takes it), never food or drink.
  add('swallowing a household chemical', [...folded.matchAll(swallowed)].find((match) => match[2].split(/\s+/).some((word) => word && isSwallowedHazard(word) && !isMedicine(word)))?.[0]);
  // The eater is named just before the verb ("a robot who eats batteries"): a machine is fed, anyone else is hurt.
  const eatenByMachine = (at: number) => (folded.slice(0, at).match(/[a-z]+/g) ?? []).slice(-3).some(isMachine);
  add('swallowing a battery or magnet', [...folded.matchAll(swallowedPart)].find((match) => !eatenByMachine(match.index) && match[2].split(/\s+/).some((word) => word && isSwallowedPart(word)))?.[0]);
  // Swallowed, not eaten: "eats a chocolate coin" is a sweet, "swallows a coin to see what happens" is not.
  add('swallowing a small hard thing', [...folded.matchAll(swallowedWhole)].find((match) => !eatenByMachine(match.index) && match[1].split(/\s+/).some((word) => word && isSmallHardThing(word)))?.[0]);
  add('a child playing with fire', firePlay.exec(folded)?.[0]);
  add('a part of a body pulled out', pulledOut.exec(folded)?.[0]);
  add('parts of bodies kept', partsKept.exec(folded)?.[0]);
  add('the fainting game', blackout.exec(folded)?.[0]);
  add('a breath held under water', breathUnderWater.exec(folded)?.[0] ?? stayUnderWater.exec(folded)?.[0]);
  const leap = leapFromHigh.exec(folded)?.[0];
  add('a leap from a height to be with the dead', leap && toTheDead.test(folded) ? leap : undefined);
  add('a jab in the eye', eyeJabbed.exec(folded)?.[0]);
  // The skin off a banana or an apple is a fruit's (WordNet: food, or a plant's part).
  const offFood = (word: string | undefined) => word !== undefined && isKindOf(word, [['food', 1], ['food', 2], ['plant part', 1]], 2);
  add('a part of a body cut off', [...folded.matchAll(partOff)].find((match) => bodyPart(match[1] ?? match[2] ?? match[4]) && !offFood(match[3]))?.[0]);
  add('cutting marks into the skin', marksOnSkin.exec(folded)?.[0]);
  add('letting go from a height', letGo.exec(folded)?.[0]);
  return signs;
}
