import { lemmasOf, nounClassesOf, sensesOf } from '../../../safety/wordnet-lexicon.ts';

/** "saves", "scores": a verb's "-s" form (WordNet's verb lemma is another word; "kiss" and "class" end otherwise). */
export function isVerbSForm(word: string): boolean {
  return /[^s]s$/.test(word) && lemmasOf(word, 'verb').some((lemma) => lemma !== word);
}
/** "fly", "become": a verb in its plain form, more often a verb than a noun ("could fly", "a kite and a boy fly together"). */
export function isPlainDoing(word: string): boolean {
  return lemmasOf(word, 'verb').includes(word) && sensesOf(word, 'verb').length > sensesOf(word, 'noun').length;
}
/** "learns", "joins": a verb's third-person form (its lemma more often a verb than a noun), which says what the hero does. */
export function tellsWhatHeroDoes(word: string | undefined): boolean {
  if (word === undefined || !word.endsWith('s')) return false;
  const lemma = lemmasOf(word, 'verb').find((candidate) => candidate !== word);
  return lemma !== undefined && sensesOf(lemma, 'verb').length > sensesOf(lemma, 'noun').length;
}

/** The names of a noun meaning and of every kind it is a kind of (see nounClassesOf). */
export const classesOf = nounClassesOf;

/**
 * The plain form of a describing word, compared ones included ("biggest" → big, "shiniest" → shiny,
 * "nicer" → nice): the lexicon reads WordNet's regular endings but not its list of exceptions.
 */
export function adjectiveLemmas(word: string): string[] {
  const plain = lemmasOf(word, 'adj');
  const compared = /^(.+?)(?:est|er)$/.exec(word)?.[1];
  if (plain.length > 0 || compared === undefined) return plain;
  const stems = [compared, `${compared}e`, compared.replace(/i$/, 'y'), compared.replace(/(.)\1$/, '$1')];
  return [...new Set(stems.flatMap((stem) => lemmasOf(stem, 'adj')))];
}

/** "treehouse" → "tree house": a closed compound WordNet lists only as two words. */
export function nounLemmas(word: string): string[] {
  const plain = lemmasOf(word, 'noun');
  if (plain.length > 0) return plain;
  for (let cut = 3; cut <= word.length - 3; cut += 1) {
    const split = lemmasOf(`${word.slice(0, cut)} ${word.slice(cut)}`, 'noun');
    if (split.length > 0) return split;
  }
  return [];
}

/** The dictionary form of a verb as the idea wrote it ("carries" → "carry", "visiting" → "visit"). */
export function verbLemma(word: string): string | undefined {
  const lemmas = lemmasOf(word, 'verb');
  // "singing" could be "singe" or "sing": the verb with more meanings is the commoner one.
  // "feed" is a verb of its own before it is "fee" with an ending: the word as written wins when it has more meanings
  // ("fell" has fewer than "fall", whose past it is). A lemma's own meanings are those that list it.
  const meanings = (lemma: string) => sensesOf(lemma, 'verb').filter((sense) => sense.words.includes(lemma)).length;
  const byMeanings = (first: string, second: string) => meanings(second) - meanings(first);
  const inflected = lemmas.filter((lemma) => lemma !== word).sort(byMeanings);
  if (inflected[0] !== undefined && lemmas.includes(word) && byMeanings(word, inflected[0]) < 0) return word;
  return inflected[0] ?? lemmas[0];
}
