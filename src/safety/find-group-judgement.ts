import { isKindOf, sensesOf } from './wordnet-lexicon.ts';
import { valenceOf, warningCategoriesOf } from './warning-categories.ts';
import type { WarningSign } from './warning-sign.ts';

/**
 * Hate told without a slur: a group of people marked by who they are, and a judgement on them. The group
 * is read from WordNet, not listed: a people noun (Muslims, immigrants, Roma), or a relational adjective
 * (WordNet's adj.pert: Jewish, Mexican) or a colour or condition before people ("the black kids", "the
 * disabled boy"), or "people from" a place. The judgement is a strongly negative word (AFINN-165), a
 * criminal or an animal said of them ("are monkeys"), sending them away, or a lower place for them ("should obey",
 * "are worth less", "don't deserve"). A group of feelings ("the kids are sad") is no judgement, so a plain plural
 * like "kids" counts only with exclusion; one named by sex ("girls should obey") counts with a lower place too.
 */
const exclusion = /\b(banish|banishes|banished|expel|expels|expelled|deport|deports|deported)\b|\b(sent|send|sends|driven|drive|drives|kicked|kick|kicks|thrown|throw|throws|chased|chase|chases|run|runs|forced|force|forces) (away|out|back|off)\b|\bshould (not|never) (live|be|come|play|stay)\b|\b(servants?|slaves?)\b|\bless (clever|smart|human|worthy)\b|\bthrow(s|ing)? stones at\b|\bcannot be trusted\b|\bkeeps? (?:[a-z]+ ){1,4}?out\b|\bare (weaker|dumber|stupider|worse|lesser)\b|\bback (?:to )?where (?:they|he|she|you) (?:came|come) from\b|\b(?:should|must|have to|has to|ought to) go back\b|\b(?:do not|don'?t|does not|doesn'?t) belong\b/;

// A place below others, said of a whole group: obedience, silence, less worth, fewer rights. Told as a lesson
// ("a story teaching that girls should obey"), it is the judgement itself, with no harsh word.
const lowerPlace = /\b(?:should|must|have to|has to|ought to|need to|needs to) (?:always )?(?:obey|submit|bow|kneel|serve (?:them|men|women|their|others|everyone|(?:[a-z]+ )?(?:people|folks|masters?|boys|girls))|stay quiet|stay silent|be quiet|be silent|keep quiet|keep silent|stay in the kitchen|do as (?:they are|[a-z]+) told)\b|\b(?:worth less|worthless|less (?:important|valuable)|not as (?:good|clever|smart|important) as)\b|\b(?:do not|don'?t|does not|doesn'?t|never) deserve\b|\b(?:shouldn'?t|should not|must not|mustn'?t|cannot|can'?t) (?:be allowed to )?(?:vote|read|learn|lead|speak|decide|choose|go to school|have (?:a )?(?:say|job|jobs|rights))\b|\bbelongs? (?:in the kitchen|to (?:their|his|her) (?:husbands?|masters?|owners?))\b/;

const determiner = /\b(?:the|these|those|our|my|your|his|her|their|two|three|both|some) $/;

/** A group named by sex: women, girls, boys, men (below WordNet's female or male person). */
function isSexGroup(word: string): boolean {
  return isKindOf(word, [['female', 2], ['male', 2]], 2);
}

function isPeople(word: string): boolean {
  // "Who" is the World Health Organization in WordNet, and "attic" an Athenian: "the attic who" names no people.
  if (/^(?:who|whom|that|which)$/.test(word)) return false;
  const [first] = sensesOf(word, 'noun', 1);
  return first?.lexicographerFile === 'noun.person' || first?.lexicographerFile === 'noun.group' || word === 'people';
}

function isIdentityAdjective(word: string): boolean {
  const senses = sensesOf(word, 'adj', 2);
  // Relational adjectives (Jewish, Mexican, Muslim), skin colours and conditions said of people.
  return senses.some((sense) => sense.lexicographerFile === 'adj.pert') || /^(black|white|brown|dark|dark-skinned|darkskinned|disabled|gay|foreign|poor)$/.test(word);
}

/** The group-judgement sign of an idea folded by normalizeForMatching, or none. */
export function findGroupJudgement(folded: string, words: string[]): WarningSign[] {
  const marked: string[] = [];
  words.forEach((word, index) => {
    if (warningCategoriesOf(word).has('people-group') || (sensesOf(word, 'noun', 1)[0]?.lexicographerFile === 'noun.group' && word === 'disabled')) marked.push(word);
    // Side by side in the text, not across a comma: emoji tags ("green, fairy") and lists name no people.
    else if (isIdentityAdjective(word) && index + 1 < words.length && isPeople(words[index + 1]) && folded.includes(`${word} ${words[index + 1]}`)) marked.push(`${word} ${words[index + 1]}`);
  });
  // A group named by what it does or is born as: "the families who pray facing east", "the mixed ones".
  const byPractice = /\b(?:people|families|children|kids|ones|those|folks|men|women|animals|neighbou?rs) (?:who|that) (?:pray|prays|worship\w*|believe\w*|speak\w*|wear\w*|come\w* from)\b|\b(?:people|kids|children|families|family|ones|those) (?:with|of) (?:[a-z]+ ){0,2}?(?:skin|accents?|religion|colou?r)\b|\b(?:pure|pure-?blooded|purebred|mixed|half-?(?:breed|blood)s?) (?:[a-z]+ )?(?:ones|animals|people|families|kids|children)\b/.exec(folded)?.[0];
  if (byPractice) marked.push(byPractice);
  const fromPlace = /\bpeople from [a-z]+/.exec(folded)?.[0];
  if (fromPlace) marked.push(fromPlace);
  // "girls are", "the kids are": a generalisation about people.
  const plurals = [...folded.matchAll(/\b([a-z]+s|people|children|men|women) (?:just |simply |really )?(?:are|should|must|have to|ought to|need to|always|do not|don'?t|never|cannot|can'?t|belong)\b/g)].filter((match) => isPeople(match[1]));
  const plainGroup = plurals[0]?.[0];
  if (marked.length === 0 && !plainGroup) return [];
  // A lower place said of a group marked by who they are, or of one named by sex in general ("girls should obey"),
  // not of some children in the story ("the kids should be quiet in the library").
  const bySex = plurals.some((match) => isSexGroup(match[1]) && !determiner.test(folded.slice(0, match.index)));
  const lowered = marked.length > 0 || bySex ? lowerPlace.exec(folded)?.[0] : undefined;
  const criminal = words.find((word) => warningCategoriesOf(word).has('bad-person'));
  const animal = /\b(are|is|like) (a |an )?([a-z]+)\b/g;
  let beast: string | undefined;
  for (const match of folded.matchAll(animal)) if (sensesOf(match[3], 'noun', 1)[0]?.lexicographerFile === 'noun.animal') beast = match[0];
  const excluded = exclusion.exec(folded)?.[0];
  const harsh = marked.length > 0 ? words.find((word) => valenceOf(word) <= -2) : undefined;
  // "The kids are pirates and the teachers are sharks" is a game: a plain plural is judged only by sending people away.
  const judgement = marked.length > 0 ? criminal ?? beast ?? excluded ?? lowered ?? harsh : excluded ?? lowered;
  if (!judgement) return [];
  return [{ kind: 'a group of people judged', words: [...marked, ...(plainGroup ? [plainGroup] : []), judgement], strength: 'combination' }];
}
