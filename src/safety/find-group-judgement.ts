import { sensesOf } from './wordnet-lexicon.ts';
import { valenceOf, warningCategoriesOf } from './warning-categories.ts';
import type { WarningSign } from './warning-sign.ts';

/**
 * Hate told without a slur: a group of people marked by who they are, and a judgement on them. The group
 * is read from WordNet, not listed: a people noun (Muslims, immigrants, Roma), or a relational adjective
 * (WordNet's adj.pert: Jewish, Mexican) or a colour or condition before people ("the black kids", "the
 * disabled boy"), or "people from" a place. The judgement is a strongly negative word (AFINN-165), a
 * criminal or an animal said of them ("are monkeys"), or sending them away. A group of feelings ("the kids
 * are sad") is no judgement, so a plain plural like "kids" counts only with exclusion.
 */
const exclusion = /\b(banish|banishes|banished|expel|expels|expelled|deport|deports|deported)\b|\b(sent|send|sends|driven|drive|drives|kicked|kick|kicks|thrown|throw|throws|chased|chase|chases|run|runs|forced|force|forces) (away|out|back|off)\b|\bshould (not|never) (live|be|come|play|stay)\b|\b(servants?|slaves?)\b|\bless (clever|smart|human|worthy)\b|\bthrow(s|ing)? stones at\b|\bcannot be trusted\b|\bkeeps? (?:[a-z]+ ){1,4}?out\b|\bare (weaker|dumber|stupider|worse|lesser)\b/;

function isPeople(word: string): boolean {
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
    else if (isIdentityAdjective(word) && index + 1 < words.length && isPeople(words[index + 1])) marked.push(`${word} ${words[index + 1]}`);
  });
  // A group named by what it does or is born as: "the families who pray facing east", "the mixed ones".
  const byPractice = /\b(?:people|families|children|kids|ones|those|folks|men|women|animals|neighbou?rs) (?:who|that) (?:pray|prays|worship\w*|believe\w*|speak\w*|wear\w*|come\w* from)\b|\b(?:people|kids|children|families|ones|those) (?:with|of) (?:[a-z]+ ){0,2}?(?:skin|accents?|religion|colou?r)\b|\b(?:pure|pure-?blooded|purebred|mixed|half-?(?:breed|blood)s?) (?:[a-z]+ )?(?:ones|animals|people|families|kids|children)\b/.exec(folded)?.[0];
  if (byPractice) marked.push(byPractice);
  const fromPlace = /\bpeople from [a-z]+/.exec(folded)?.[0];
  if (fromPlace) marked.push(fromPlace);
  // "girls are", "the kids are": a generalisation about people.
  const plural = /\b([a-z]+s|people|children|men|women) (are|should)\b/.exec(folded);
  const plainGroup = plural && isPeople(plural[1]) ? plural[0] : undefined;
  if (marked.length === 0 && !plainGroup) return [];
  const criminal = words.find((word) => warningCategoriesOf(word).has('bad-person'));
  const animal = /\b(are|is|like) (a |an )?([a-z]+)\b/g;
  let beast: string | undefined;
  for (const match of folded.matchAll(animal)) if (sensesOf(match[3], 'noun', 1)[0]?.lexicographerFile === 'noun.animal') beast = match[0];
  const excluded = exclusion.exec(folded)?.[0];
  const harsh = marked.length > 0 ? words.find((word) => valenceOf(word) <= -2) : undefined;
  // "The kids are pirates and the teachers are sharks" is a game: a plain plural is judged only by sending people away.
  const judgement = marked.length > 0 ? criminal ?? beast ?? excluded ?? harsh : excluded;
  if (!judgement) return [];
  return [{ kind: 'a group of people judged', words: [...marked, ...(plainGroup ? [plainGroup] : []), judgement], strength: 'combination' }];
}
