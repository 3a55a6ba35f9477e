import { groupsMarked } from './groups-marked.ts';
import { harshWordOnGroup } from './harsh-word-on-group.ts';
import { dehumanises, judges } from './harsh-words.ts';
import { isPeople, isSexGroup } from './people-words.ts';
import { isRejectedJudgement } from './read-rejected-judgement.ts';
import { bannedGroup, betterWithout, deservedIt, inControl, mindDenied } from './read-group-claims.ts';
import { isKindOf, sensesOf } from './wordnet-lexicon.ts';
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

// Harm they are said to plan or do, with no harsh word: "every man with a beard there is planning to blow something up".
const plottingHarm = /\b(?:plan\w*|plot\w*|want\w*|going|trying|try|tries) to (?:blow (?:[a-z]+ ){0,2}?up|bomb|kill|attack|poison|burn down)\b/;

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

// Good things given or allowed only to the group: "Santa only brings presents to the white children". Not "the only Muslim
// girl", nor whom someone only plays with.
const onlyFor = /\bonly (?:brings?|gives?|gave|sends?|sent|lets?|allows?|invites?|shares?|saves?|hands? out)\b((?: [a-z']+){0,5})$/;

/** "only … the white children": good things kept for a group marked by who they are (an identity word before people). */
function favouredOnly(folded: string, marked: readonly string[]): string | undefined {
  for (const group of marked.filter((phrase) => phrase.includes(' '))) {
    const at = folded.indexOf(group);
    const before = onlyFor.exec(folded.slice(0, at).trimEnd())?.[0];
    if (at >= 0 && before) return `${before} ${group}`;
  }
  return undefined;
}
