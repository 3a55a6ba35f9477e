import { isDictionaryWord, isKindOf, lemmasOf, sensesAsWritten, sensesOf, taggedSenseCount } from './wordnet-lexicon.ts';
import { warningCategoriesOf } from './warning-categories.ts';
import type { WarningSign } from './warning-sign.ts';

/**
 * What surrounds a grown-up and a child in an idea. Abuse and grooming are told without trigger words ("a man
 * in a van offers the boy a puppy if he climbs in and does not tell anyone"), but their shape repeats: one
 * marker that a bedtime story never needs (a secret kept from others, undressing, photos, a child who does
 * not want it) with any other, or three of the everyday ones (touching, a bed or bath, gifts, a locked door,
 * being asked to do something). "A dad who hugs his son goodnight in bed" has two everyday ones and stays a story.
 */
type Marker = 'secrecy' | 'a secret' | 'undressing' | 'photos' | 'unwanted' | 'touch' | 'private place' | 'gifts' | 'isolation' | 'being told to'
  | 'a special bond' | 'a hand under clothes' | 'playing the grown-up' | 'meeting from online' | 'a body given away' | 'a liking for children'
  | 'speaking as the grown-up' | 'a grown-up from outside the home' | 'a lure' | 'told it is normal' | 'performing for a grown-up' | 'followed home' | 'the body';

const strongMarkers = new Set<Marker>(['secrecy', 'undressing', 'photos', 'unwanted', 'a special bond', 'a hand under clothes', 'playing the grown-up', 'meeting from online',
  'a body given away', 'a liking for children', 'a lure', 'performing for a grown-up', 'followed home']);
const everydayNeeded = 3;
const closingInMarkers: Marker[] = ['touch', 'being told to', 'isolation', 'told it is normal', 'performing for a grown-up', 'followed home'];

// Framing rather than vocabulary: keeping something from others (a telling or knowing verb under a negation, also a
// contracted one: "doesn't know", "aren't looking"), and euphemisms for it.
const secrecy = /(?:\b(not|cannot|never|nobody|no one|without)|n't|\b(?:do|does|did|is|are|was|were|wo|ca|would|should|could)nt)\b(?:\s+[a-z']+){0,3}?\s+(tell|tells|telling|told|know|knows|knowing|find out|finds out|found out|see|sees|seeing|notice|notices|noticing|say|says|looking|watching)\b|\bnobody (knows?|will know|finds? out|is looking|was looking|sees?)\b|\bno [a-z-]+ (?:can|could|will|would) (?:ever )?(see|know|find out|hear|notice)\b|\bparents? (would not|wouldn'?t|never) (understand|know)\b|\b(our|their) little secret\b|\b(secretly|hush|shh+|shush|between (us|them|you)|(our|their|a) (little |special )?(secret|game|thing) only|(our|their) special (game|thing)|delete|deletes|wipe|wipes|erase|erases|hide it|hides it)\b|\bwhat happens\b.{0,30}\bstays?\b|\b(be|keep|stay|stays|keeps) quiet about\b|\bto (keep|stay) quiet\b|\b(must|has to|have to|should) (be|stay) (a |our |their )?secret\b|\bsecret (?:just )?(?:for|between) (?:them|us|the two)\b|\b(?:friendship|game|thing|it) is (?:a|their|our) secret\b|\b(?:mum|mom|mummy|mommy|dad|daddy|parents?) (?:would|will|might) (?:only |just )?(?:be jealous|get jealous|be angry|be cross|get mad|be upset|not understand)\b|\bgrown-?ups'? secrets\b|\bin secret\b|\b(?:mum|mom|mummy|mommy|dad|daddy) (?:would not|wouldn'?t|won'?t|will not|would never|will never|never) (?:understand|know|find out)\b/;
// Keeping a grown-up's secrets ("keeping coach's secrets makes him a real team player"): the grown-up is checked where it is read.
const keepingSecretsOf = /\b(?:keep|keeps|keeping|kept) (?:the )?([a-z]+)'s secrets?\b/;
const undressing = /\b(take|takes|taking|took|pull|pulls|pulled) off (his|her|their|your|my) [a-z]+|\b(?:clothes|pants|pyjamas|pajamas|nappy|diaper|underwear|knickers) off\b|\b(undress|undresses|undressing|naked|nude|no clothes|without clothes|no (dress|pants|pyjamas|pajamas)( on)?)\b/;
// The body named: an everyday marker ("when his body is ready" is a bed-wetting story); shown, seen or touched, it is undressing
// (FreeDict glosses French "montrer" first as "indicate").
const bodyNamed = /\b(?:bodies|body)\b/;
const bodyShown = /\b(?:show|shows|showing|showed|indicate|indicates|see|sees|look at|looks at|touch|touches|touching|touched)\b(?: [a-z']+){0,3}? (?:body|bodies)\b/;
const garmentTakenOff = /\b(?:take|takes|taking|took|pull|pulls|pulled) (?:his|her|their|your|my) (?:[a-z]+ )?([a-z]+) off\b/g;
const unwanted = /\b(does not|doesn'?t|did not|didn'?t|do not|don'?t) (like|want)\b|\beven though\b|\beven if it feels\b|\bowes? (?:him|her|them|the [a-z]+) a favou?r\b|\bsays? (no|stop)\b|\bagainst (his|her|their) will\b/;
const privatePlace = /\b(bed|beds|bedroom|bath|baths|bathtub|shower|covers|blanket|changing room|room|at night|every night|sleepover|lap)\b/;
const isolation = /\b(alone|locks?|locked|locking|van|car|away|after class|behind (the|a) (door|shed))\b|\b(when|while|after) (\w+ ){1,6}?(is|are|goes|go) (out|at work|asleep|shopping|not home)\b|\b(follow|follows|followed|following) (\w+ ){1,3}?home\b/;
// The euphemisms of grooming: a bond only the two share, or grown-up acts named by their secrecy rather than their words.
// "a special tickle game": one word may say what kind of game or time it is.
const specialBond = /\b(special|secret) (?:[a-z]+ )?(friends?|friendship|games?|cuddles?|hugs?|touch\w*|time|club|favou?rites?|sleepovers?)\b|\b(private|secret) (sleepovers?|visits?)\b|\b(grown-?up|adult|naughty|private) (things|stuff|games?|parts|places|touch\w*)\b|\bin places\b|\bplay(?:s|ing|ed)? doctors?\b|\bdoctor games?\b/;
// Secret letters, notes or messages: a private line to the child, from a grown-up outside the home ("a man who sends the
// boy secret letters"), not dad's treasure-hunt notes or grandma's birthday letter.
const secretLine = /\bsecret (?:[a-z]+ )?(?:letters?|notes?|messages?|texts?|chats?|calls?)\b/;
// A grown-up's hand, or the grown-up, going under a child's clothes or covers (WordNet: below clothing or bedclothes).
// Or touching a child there ("touches the girl under the duvet"); a gloss of Polish or Portuguese may have no article.
const underClothes = /\b(hands?|fingers|slides?|slips?|reach\w*|creeps?|sneaks?|touch(?:es|ed|ing)?|strok(?:es?|ed|ing)|rub(?:s|bed|bing)?) (?:[a-z']+ ){0,3}?(under|beneath|inside|up) (?:his |her |their |your |my |the (?:[a-z]+ ){0,2}?[a-z]+'s |the |a )?([a-z]+)/;
// Contact made online that turns to meeting, an address or pictures.
const onlineToMeeting = /\b(online|on the internet|chats?|chatting|chatted|messag\w*|texts?|texting)\b.{0,80}\b(asks?|asked|wants?|wanted|begs?|tells?) (?:[a-z']+ ){0,4}?(meet|address|where (he|she|they) lives?|photos?|pictures?|webcam)\b|\b(?:meet|meets|meeting|visit|visits|go to see)\b (?:[a-z']+ ){0,3}?(?:from|on) (?:the |a |her |his )?(?:[a-z]+ )?(?:internet|online|chat|chatroom|game chat|app|website)\b/;
// Role-play that casts the writer as the child's grown-up: "pretend you are my uncle".
const castAsGrownUp = /\b(?:pretend|imagine|play|game|act)\b.{0,40}\byou(?: are|'re| play| be) (?:my |your |the |a |an |')?([a-z]+)(?: ([a-z]+))?/;
// A child's body or self said to belong to someone: what a groomer teaches ("her body belongs to the man next door").
const bodyGivenAway = /\b(?:body|bodies|she|he|they|i|you|[a-z]+ parts?)\b(?: [a-z']+){0,2}? (?:belongs?|belonged|belonging|is owed|are owed) to (?:the |a |an |his |her |their |my |your |that |this )?((?:[a-z]+ ){0,2}[a-z]+)/;
// A grown-up's liking for touching or bathing children in general ("likes to bathe little girls"), not his own child ("loves to tickle his son").
const likingFor = /\b(?:likes?|liked|loves?|loved|enjoys?|enjoyed|wants?|wanted|longs?|dreams? of) (?:to )?([a-z]+) ((?:(?:little|small|young|tiny|other) )*)([a-z]+)\b/g;
// A voice or a point of view that tells the idea as the grown-up in the first person ("in the voice of an uncle who ...").
const voiceOf = /\b(?:in the voice of|as told by|told by|narrated by|from the (?:point of view|pov|eyes) of|through the eyes of|(?:tell|write|written|speak|speaking|talk|talking)(?: it| the story| this)? as) (?:my |your |the |a |an |'|some )?([a-z]+)(?: ([a-z]+))?/;
// A gift on condition that the child comes closer: "gives the girl a puppy if she comes into his house".
const lure = /\b(?:give|gives|gave|buy|buys|bought|offer|offers|offered|promise|promises|promised|show|shows)\b.{0,40}\bif (?:he|she|they|you|the [a-z]+) (?:comes?|came|gets? in|got in|climbs?|follows?|goes with|go with|visits?|sits?|stays?|sleeps?)\b/;
// Telling the child that it is normal, or that the grown-up is misunderstood: what makes a child doubt that it is wrong.
const normalising = /\b(?:it'?s|it is|this is|that is|they are|are) (?:just |only |perfectly |completely |totally )?(?:normal|natural|misunderstood|what grown-?ups do|how (?:[a-z]+ ){1,2}show (?:love|they care))\b|\bnothing wrong with\b/;
const beingTold = /\b(asks?|asked|tells?|told|makes?|made|lets?|wants?) (him|her|them|the (boy|girl|kid|child|children|kids)|me|you) to\b|\b(makes?|made|making) (him|her|them|me|the (?:[a-z]+ ){0,2}?[a-z]+) (sit|touch|lie|sleep|kiss|hold|rub|stay)\b|\b(convince|persuade|lure)s?\b|\b(?:do|does|did) (?:whatever|what|as|everything) (?:he|she|they|the [a-z]+) (?:says?|said|tells?|told|wants?|asks?)\b|\bobey\w*\b/;
// Telling a trusted grown-up when something is wrong: "she should always tell mum if anyone asks her to keep a secret".
const tellsTrusted = /\b(?:tell|tells|telling|talk to|talks to|go to|goes to|run to|runs to)\s+(?:her |his |their |your |my |a |an )?(?:mum|mom|mummy|mommy|dad|daddy|parents?|teacher|grown-?up|adult|someone (?:she|he|they|you) trusts?|trusted (?:grown-?up|adult))\b.{0,20}\b(?:if|when|whenever|about)\b/;
// A child dancing or posing for a grown-up ("dances for the nice man next door"), or followed home by one.
const performingFor = /\b(?:dance|dances|danced|dancing|pose|poses|posed|posing|strip\w*|undress\w*|show\w* off) for (?:him|the (?:[a-z-]+ ){0,3}?(?:man|men|neighbou?r|uncle|stranger|coach|teacher|boss|gentleman))\b/;
const followedHome = /\b(?:follow|follows|followed|following) (?:the|a|his|her|that) (?:little |new |young )?(?:girl|boy|child|kid|children|kids|twins)\b (?:[a-z']+ ){0,3}?(?:home|to (?:her|his|their) (?:house|door))\b/;
const giving = /\b(give|gives|gave|giving|buy|buys|bought|bring|brings|brought|offer|offers|offered|send|sends|sent|hands?)\b/;
// WordNet files a tickle under perception and a bath under the body, not under touching.
const touchingBeyondWordNet = new Set(['tickle', 'bathe', 'wash']);

/** A grown-up or a child, also when written as one word with another ("stepdad", "playmate-uncle"). */
/** Parents, grandparents, brothers and sisters, and carers (babysitter, nanny, nurse): who bathes a child and puts it to bed. */
function isHomeCircle(word: string): boolean {
  return isKindOf(word, [['parent', 1], ['grandparent', 1], ['mother', 1], ['father', 1], ['sibling', 1], ['caretaker', 1], ['keeper', 1], ['attendant', 1], ['nurse', 1]], 2);
}

/**
 * A grown-up from outside the home: not a parent, grandparent, sibling or carer. "Tell" is a person in WordNet
 * (William Tell) but a verb in an idea, "same" a Sami but an adjective, and "bunny" a waitress before a rabbit: a
 * word with more verb or adjective than noun meanings, or with an animal among its first two, is not read as one; nor is a friend, who in a child's story is
 * most often another child.
 */
function isOutsider(word: string): boolean {
  const categories = warningCategoriesOf(word);
  const nounMeanings = sensesOf(word, 'noun').length;
  return categories.has('adult') && !categories.has('child') && !isHomeCircle(word) && sensesOf(word, 'verb').length <= nounMeanings && adjectiveMeanings(word) <= nounMeanings && !isKindOf(word, [['animal', 1], ['friend', 1], ['peer', 1], ['companion', 1]], 2);
}

/**
 * A grown-up from outside the home named by a common noun that is a person first and never a creature: "the coach",
 * not a name WordNet knows ("Noah's grandma": Noah is a patriarch there) nor "her cubs" (a rookie first, a young bear third).
 */
function isOutsidePerson(word: string): boolean {
  const [first] = sensesOf(word, 'noun', 1);
  return isOutsider(word) && first?.lexicographerFile === 'noun.person' && !first.instance && !sensesOf(word, 'noun').some((sense) => sense.lexicographerFile === 'noun.animal');
}

function personCategories(word: string): Set<string> {
  // WordNet files "nobody" and "someone" as persons; in an idea they are pronouns.
  if (/^(?:nobody|somebody|anybody|everybody|someone|anyone|everyone|noone)$/.test(word)) return new Set();
  const categories = warningCategoriesOf(word);
  if (categories.has('adult') || categories.has('child') || isDictionaryWord(word)) return categories;
  for (let cut = 2; cut <= word.length - 3; cut += 1) {
    const tail = warningCategoriesOf(word.slice(cut));
    if (tail.has('adult') || tail.has('child')) return tail;
  }
  return categories;
}

/** Adjective meanings of the word as written, not of a comparative ("stranger" is not "strange"). */
function adjectiveMeanings(word: string): number {
  return sensesAsWritten(word, 'adj').length;
}

/** Whether a word is a verb of touching: below WordNet's "touch" (massage, kiss, stroke, caress), or one of the few it files elsewhere. */
function isTouching(word: string): boolean {
  // "Full" is a verb of beating cloth in WordNet, but an adjective in an idea: a word with more adjective than verb meanings is not a touch.
  if (adjectiveMeanings(word) > sensesOf(word, 'verb').length) return false;
  // A garment first ("the child's smelly socks") is the garment, not WordNet's verb of hitting.
  if (isKindOf(word, [['clothing', 1]], 1)) return false;
  return warningCategoriesOf(word).has('touch') || lemmasOf(word, 'verb').some((lemma) => touchingBeyondWordNet.has(lemma));
}

/** Whether a word is something given: its commonest meanings are a possession or a food (money, presents, sweets, candy), in WordNet's files. */
function isGift(word: string): boolean {
  return sensesOf(word, 'noun', 2).some((sense) => sense.lexicographerFile === 'noun.possession' || sense.lexicographerFile === 'noun.food');
}

// "Lily's uncle": a grown-up owned by a name. "The ice-cream man tells her to": a grown-up telling someone what to do.
const ownedGrownUp = /\b(?<!\b(?:the|a|an|his|her|their|my|your) )([a-z]+)'s ([a-z]+)\b/g;
const toldByGrownUp = /\b((?:[a-z'-]+ ){1,2})(?:tells?|told|asks?|asked|makes?|made|orders?|ordered|wants?|wanted) (him|her) to\b/;

/** A relative, carer, teacher or coach, also written as one word with another ("stepdad"): who a child's grown-up is. */
function isCloseGrownUp(word: string): boolean {
  for (let cut = 0; cut <= word.length - 3; cut += 1) {
    const tail = word.slice(cut);
    if (!isDictionaryWord(tail)) continue;
    return warningCategoriesOf(tail).has('adult') && isKindOf(tail, [['relative', 1], ['caretaker', 1], ['adult', 1], ['leader', 1], ['educator', 1]], 2);
  }
  return false;
}

/**
 * The child a bedtime idea names without a child word: its hero. A name that owns a grown-up relative or carer
 * ("Lily's uncle", "Bruno the bear's uncle"; not "the dog's owner", "the girl's dad" nor "grandma's brother"; names are
 * often dictionary words, Lily, Rose, Maya, so no class of WordNet is asked of the name), or the one a grown-up tells what to do ("the man
 * tells her to climb in"): in an idea for a child's story, the one the grown-up is beside is the child it is about.
 */
function namedHero(folded: string): string | undefined {
  const owned = [...folded.matchAll(ownedGrownUp)].find((match) => !isCloseGrownUp(match[1]) && isCloseGrownUp(match[2]));
  if (owned) return owned[0];
  const told = toldByGrownUp.exec(folded);
  return told?.[1].split(/[\s-]+/).some((word) => personCategories(word.replace(/'s$/, '')).has('adult')) ? told[0] : undefined;
}

/**
 * A name no dictionary has, given to, told or said to be something by someone ("gives Mia sweets", "says Jamie is his
 * favourite"), or owning something ("Emma's best friend"): the hero, and a bedtime story's hero is a child. Only asked when a grown-up is in the idea, and the
 * markers still decide. The words after such a verb that are no name are the closed class of determiners and pronouns.
 */
const nameAfterVerb = /\b(?:gives?|gave|tells?|told|says|said|takes?|took|buys?|bought|invites?|invited|calls?|called|picks?|picked|shows?|showed) ([a-z]{3,})\b/g;
const notAName = /^(?:the|them|their|his|her|him|our|your|its|this|that|these|those|every|each|some|any|all|one|out|off|away|back|who|what|how|yes|she|they|you)$/;
// Or a name that owns something ("Emma's best friend"): a word no dictionary has, before "'s".
const nameOwning = /\b([a-z]{3,})'s\b/g;
function namedByName(folded: string): string | undefined {
  const isName = (word: string) => !notAName.test(word) && !isDictionaryWord(word);
  return [...folded.matchAll(nameAfterVerb)].find((match) => isName(match[1]))?.[0] ?? [...folded.matchAll(nameOwning)].find((match) => isName(match[1]))?.[0];
}

/** A grown-up of the family ("uncle", "grandpa"): a relative WordNet's words of age call an adult. */
function isGrownUpRelative(word: string): boolean {
  return isKindOf(word, [['relative', 1]], 2) && warningCategoriesOf(word).has('adult');
}

/**
 * The words without a people's name that only says who the next person is ("a Roma boy", "a Muslim girl", "the
 * Polish teacher"): one person, not a grown-up beside a child.
 */
function withoutPeopleNamedBefore(words: string[]): string[] {
  return words.filter((word, index) => {
    const next = words[index + 1];
    if (next === undefined || !warningCategoriesOf(word).has('people-group')) return true;
    const nextIs = personCategories(next);
    return !(nextIs.has('adult') || nextIs.has('child'));
  });
}

/** The grown-up-and-child sign of an idea folded by normalizeForMatching, or none. */
export function findGrownUpSigns(folded: string, allWords: string[]): WarningSign[] {
  const words = withoutPeopleNamedBefore(allWords);
  const people = new Set(words.filter((word) => { const categories = personCategories(word); return categories.has('adult') || categories.has('child'); }));
  // A child is also "little Amy" or "the twins": a small one named, or two born together.
  // Or the hero whose uncle or grandpa it is ("Benny the bear and his uncle"): a bedtime story's hero is a child.
  const named = /\b(niece|nephew|me|twins)\b|\blittle [a-z]+/.exec(folded)?.[0] ?? [...folded.matchAll(/\b(?:his|her) ([a-z]+)/g)].find((match) => isGrownUpRelative(match[1]))?.[0]
    ?? namedHero(folded) ?? namedByName(folded);
  // "The coach lets Tommy stay after practice and drives him home": beside a grown-up from outside the home, the one
  // the idea calls him or her is the child it is about (names are often dictionary words, so they cannot be asked).
  const beside = named ?? (words.some(isOutsidePerson) ? /\b(?:him|her)\b/.exec(folded)?.[0] : undefined);
  if (beside) people.add(beside);
  // "uncle's special game": a grown-up of the family named as someone's is the listener's, so the child is the one told the story.
  // A named person ("Noah's grandma": Noah is an ancestor to WordNet) is a child's name, not the grown-up.
  const owned = [...folded.matchAll(/\b([a-z]+)'s\b/g)].find((match) => !sensesOf(match[1], 'noun', 1)[0]?.instance && isGrownUpRelative(match[1]))?.[1];
  if (owned) people.add(owned).add('the listener');
  const hasChild = words.some((word) => personCategories(word).has('child')) || beside !== undefined || owned !== undefined;
  // "Mr Barnaby", "the other grown-ups": a title before a name, or the hyphened word the word list splits, is a grown-up.
  const titled = /\b(?:mr|mrs|ms|mister|sir|grown-?ups?)\b/.exec(folded)?.[0];
  if (titled) people.add(titled);
  const hasGrownUp = words.some((word) => personCategories(word).has('adult')) || owned !== undefined || titled !== undefined;
  if (!hasChild || !hasGrownUp || people.size < 2) return [];
  const markers = new Map<Marker, string>();
  const mark = (marker: Marker, found: string | undefined) => { if (found) markers.set(marker, found); };
  const keptFor = keepingSecretsOf.exec(folded);
  mark('secrecy', secrecy.exec(folded)?.[0] ?? (keptFor && personCategories(keptFor[1]).has('adult') ? keptFor[0] : undefined));
  // A secret alone is as often a birthday surprise: an everyday marker; keeping it from someone is the strong one.
  mark('a secret', /\bsecrets?\b/.exec(folded)?.[0]);
  const touching = words.find(isTouching);
  const outsider = words.find(isOutsider);
  // WordNet files a kiss under caressing, so one word would be both a touch and a sexual act: from a grown-up outside
  // the home both count ("the coach kisses the boy"), but mum's kiss at the school gate is a touch, like a hug.
  // A word tagged texts used more as a verb than as a thing is the verb: "her love always stays" is no corset (WordNet's stays).
  const mostlyAVerb = (word: string) => taggedSenseCount(word, 'verb') > taggedSenseCount(word, 'noun');
  const isSexual = (word: string) => (warningCategoriesOf(word).has('underwear') || warningCategoriesOf(word).has('sexual')) && (word !== touching || outsider !== undefined) && !(warningCategoriesOf(word).has('underwear') && mostlyAVerb(word));
  // "take her dress off": a garment (WordNet's clothing) taken off, said with the owner first.
  const takenOff = [...folded.matchAll(garmentTakenOff)].find((match) => warningCategoriesOf(match[1]).has('covering'))?.[0];
  mark('undressing', undressing.exec(folded)?.[0] ?? takenOff ?? bodyShown.exec(folded)?.[0] ?? words.find(isSexual));
  mark('the body', bodyNamed.exec(folded)?.[0]);
  mark('photos', /\b(photo|photos|photograph|photographs|pictures|selfies?|film|films|filming|camera|webcam)\b/.exec(folded)?.[0]);
  mark('unwanted', unwanted.exec(folded)?.[0]);
  mark('touch', touching);
  // Children in a pool or in swimsuits are a private place only beside a grown-up from outside the home ("a man in the
  // park who wants photos of the kids in the paddling pool"), not a dad at the paddling pool.
  const undressedPlace = outsider ? /\b(?:paddling pool|swimming pool|swimsuits?|swimming costumes?|bathing suits?|nappies)\b/.exec(folded)?.[0] : undefined;
  mark('private place', privatePlace.exec(folded)?.[0] ?? undressedPlace);
  mark('isolation', isolation.exec(folded)?.[0]);
  mark('being told to', beingTold.exec(folded)?.[0]);
  // A phone of the child's own is a gift that opens a private line: from a grown-up outside the home ("the coach gives
  // Jonas his own phone"), not from grandpa on a birthday.
  const ownPhone = outsider ? /\b(?:his|her|their) own (?:phone|mobile|tablet|laptop)\b/.exec(folded)?.[0] : undefined;
  if (giving.test(folded)) mark('gifts', words.find(isGift) ?? ownPhone);
  mark('a special bond', specialBond.exec(folded)?.[0] ?? (outsider ? secretLine.exec(folded)?.[0] : undefined));
  const under = underClothes.exec(folded);
  mark('a hand under clothes', under && warningCategoriesOf(under[3]).has('covering') ? under[0] : undefined);
  mark('meeting from online', onlineToMeeting.exec(folded)?.[0]);
  const cast = castAsGrownUp.exec(folded);
  mark('playing the grown-up', cast && [cast[1], cast[2]].some((word) => word && personCategories(word).has('adult')) ? cast[0] : undefined);
  const givenAway = bodyGivenAway.exec(folded);
  // The owner is named before any "and" ("belongs to her and nobody else" is the lesson against grooming).
  mark('a lure', lure.exec(folded)?.[0]);
  mark('told it is normal', normalising.exec(folded)?.[0]);
  mark('performing for a grown-up', performingFor.exec(folded)?.[0]);
  mark('followed home', followedHome.exec(folded)?.[0]);
  mark('a body given away', givenAway?.[1].split(/\b(?:and|or|but|not)\b/)[0].split(' ').some((word) => personCategories(word).has('adult')) ? givenAway[0] : undefined);
  mark('a liking for children', [...folded.matchAll(likingFor)].find((match) => (isTouching(match[1]) || warningCategoriesOf(match[1]).has('sexual')) && personCategories(match[3]).has('child'))?.[0]);
  // Who the grown-up is, and who tells it, count only beside an act that brings the grown-up close: a neighbour
  // who brings a cake to a blanket fort, or a pirate captain who tells of a treasure map, is a kind story.
  // Being "away" is as often a dad at sea: only being alone, locked in or in a car brings the grown-up close.
  if (closingInMarkers.some((marker) => markers.has(marker) && markers.get(marker) !== 'away')) {
    mark('a grown-up from outside the home', outsider);
    const voice = voiceOf.exec(folded);
    mark('speaking as the grown-up', voice && [voice[1], voice[2]].some((word) => word && personCategories(word).has('adult')) ? voice[0] : undefined);
  }
  // The body-safety lesson: telling mum or a teacher if anyone asks for a secret is what the lesson teaches, so its
  // secret, its "no" and its asking are the lesson's words; keeping a secret *from* them still refuses.
  if (tellsTrusted.test(folded) && !markers.has('secrecy')) {
    for (const marker of ['a secret', 'unwanted', 'being told to'] as const) markers.delete(marker);
    markers.delete('the body');
  }
  const strong = [...markers.keys()].filter((marker) => strongMarkers.has(marker));
  if (!(strong.length > 0 && markers.size >= 2) && markers.size < everydayNeeded) return [];
  const kind = markers.has('secrecy') || markers.has('a secret') ? 'a grown-up keeping secrets with a child' : 'a grown-up getting too close to a child';
  return [{ kind, words: [...people, ...markers.values()], strength: 'combination' }];
}
