import { lemmasOf, sensesOf } from '../../../safety/wordnet-lexicon.ts';
import { clauseEnds, determiners, glueWords } from './glue-words.ts';
import { wantingWords } from './wanting-words.ts';
import { adjectiveLemmas, nounLemmas, verbLemma } from './word-lemmas.ts';

/** Words that may end "… and really wants to" where the wish itself was said before: how much or how often, no doing. */
const afterElidedWish = new Set(['just', 'once', 'one', 'day', 'so', 'much', 'badly', 'really', 'more', 'than', 'anything', 'someday', 'too', 'ever']);
/** Words joining the clause that said the doing to the one that wants it again ("has never … and really wants to"). */
const clauseJoins = new Set(['and', 'but', 'yet', 'so']);

/**
 * Wishes English says in other words, put the way the goal's reader reads a wish ("wants to …"), only from `from` on:
 * "wants to be the one to lead the parade" → "wants to lead the parade"; "has never landed on gimel and really wants
 * to" → "… wants to land on gimel".
 * Nothing is added but the idea's own words in another order (and a verb's plain form), so the wish is checked as any is.
 */
export function wishInPlainWords(words: readonly string[], from: number): readonly string[] {
  return recipientLast(wishSaidBefore(beingTheOneTo(words, from), from), from);
}

/** Words for everyone at once, who may be given something ("show everyone the stars"). */
const everyoneWords = new Set(['everyone', 'everybody', 'someone', 'somebody']);
/** Words before the one given something that only point at them ("every child", "the king"). */
const recipientPointers = new Set([...determiners, 'each']);

/** Whether WordNet says the verb's commonest meanings take "something to somebody" or "somebody something" (frames 15 and 14): "give", "show", "hand". */
const givesTo = (verb: string) => sensesOf(verb, 'verb', 3).some((sense) => sense.frames?.some((frame) => frame === 14 || frame === 15));

/**
 * "give Santa a seashell", "show everyone the stars": a wish with two objects, someone the goal's reader cannot name and then a
 * thing, is put with the thing first ("give a seashell to Santa"), as the reader reads a recipient: after a word that says to
 * whom, where it leaves them out. Only everyone, or someone WordNet knows by name: family, friends and creatures are read where
 * they stand by the reader's own rules (which refuse "give his daughter a bath"), and a kind of person ("the girl") is never
 * moved out of the way. Only when a thing follows straight after with "a", "the" or whose; the words are the idea's own, with
 * "to" (a verb WordNet says gives to someone) or "for" before the one given to.
 */
function recipientLast(words: readonly string[], from: number): readonly string[] {
  const verbAt = words.findIndex((word, index) => index > from && words[index - 1] === 'to' && isPlainVerb(word) && verbLemma(word) === word);
  if (verbAt < 0) return words;
  let at = verbAt + 1;
  while (recipientPointers.has(words[at] ?? '') || (adjectiveLemmas(words[at] ?? '').length > 0 && nounLemmas(words[at + 1] ?? '').length > 0 && !determiners.has(words[at + 1] ?? ''))) at += 1;
  const recipient = words[at];
  // "roll down the hill": a word that says where is no one given anything, whatever else WordNet files it under.
  if (recipient === undefined || glueWords.has(recipient) || !(everyoneWords.has(recipient) || isNamedSomeone(recipient))) return words;
  const thingAt = at + 1;
  if (!['a', 'an', 'the', 'some', 'his', 'her', 'its', 'their'].includes(words[thingAt] ?? '')) return words;
  let end = thingAt + 1;
  while (end < words.length && end - thingAt <= 4 && !glueWords.has(words[end]) && !clauseEnds.has(words[end]) && (nounLemmas(words[end]).length > 0 || adjectiveLemmas(words[end]).length > 0)) end += 1;
  if (end === thingAt + 1) return words;
  const preposition = givesTo(words[verbAt]) ? 'to' : 'for';
  return [...words.slice(0, verbAt + 1), ...words.slice(thingAt, end), preposition, ...words.slice(verbAt + 1, thingAt), ...words.slice(end)];
}

/** A word whose commonest meaning is someone WordNet knows by name ("Santa"), not a kind of person. */
const isNamedSomeone = (word: string) => {
  const [first] = sensesOf(word, 'noun', 1);
  return first?.instance === true && first.lexicographerFile === 'noun.person';
};

function isPlainVerb(word: string | undefined): boolean {
  return word !== undefined && lemmasOf(word, 'verb').includes(word) && !glueWords.has(word);
}

/** "wants to be the one to lead the winter parade", "to be the first to see the snow": the doing is the wish. */
function beingTheOneTo(words: readonly string[], from: number): readonly string[] {
  const at = words.findIndex((word, index) => index >= from && word === 'be' && words[index - 1] === 'to' && words[index + 1] === 'the'
    && ['one', 'first', 'only'].includes(words[index + 2] ?? '') && words[index + 3] === 'to' && isPlainVerb(words[index + 4]));
  return at < 0 ? words : [...words.slice(0, at), ...words.slice(at + 4)];
}

/**
 * "has never landed on gimel and really wants to just once", "has never been under the bridge and wants to": the wish is
 * the doing said before, in its plain form ("been" somewhere is going there).
 */
function wishSaidBefore(words: readonly string[], from: number): readonly string[] {
  const wants = words.findIndex((word, index) => index > from && wantingWords.has(word) && words[index + 1] === 'to' && words.slice(index + 2).every((after) => afterElidedWish.has(after)));
  if (wants < 0) return words;
  const never = words.findLastIndex((word, index) => index >= from && index < wants && word === 'never');
  const join = words.findIndex((word, index) => index > never + 1 && index < wants && clauseJoins.has(word));
  if (never < 0 || join < 0) return words;
  const done = words[never + 1];
  const goesTo = done === 'been' && glueWords.has(words[never + 2] ?? '');
  const plain = goesTo ? 'go' : lemmasOf(done, 'verb').find((lemma) => lemma !== done && !lemma.includes(' '));
  if (plain === undefined) return words;
  return [...words.slice(0, wants + 2), plain, ...words.slice(never + 2, join), ...words.slice(wants + 2)];
}
