import { isDictionaryWord, lemmasOf } from '../../../safety/wordnet-lexicon.ts';
import { respellWord } from '../../../safety/read-misspellings.ts';
import { isGivenName } from './given-names.ts';
import { isAdverb } from './is-adverb.ts';
import { adjectiveLemmas, verbLemma } from './word-lemmas.ts';
import { glueWords } from './glue-words.ts';

/**
 * "a penguin who realy wants to fly", "beaver bilding a dam", "lookin for the oasis": an idea's word no dictionary has, one
 * keystroke from a common one, is read as that word (the prompt check reads the idea so too, see read-misspellings.ts). A
 * name stays as typed: one written with a capital in the idea (`names`: "Obon" is no oboe) or a popular given name
 * ("zara"); so do a form of a word WordNet knows, an adverb and a closed compound. Only an idea in English is put right:
 * "un garçon qui frappe son camarade de classe" has no misspelt English word ("classes"). The word put right is still
 * checked as any word of the idea is.
 */
export function misspeltPutRight(words: readonly string[], names: ReadonlySet<string>): string[] {
  // Each word judged once: a word English has (a dictionary word or a form of one, an adverb, a popular given name) is kept
  // as typed, and counts towards the idea being in English, as a short word that glues a phrase does.
  const known = words.map((word) => isDictionaryWord(word) || isWordForm(word) || isAdverb(word) || isGivenName(word));
  const long = words.flatMap((word, at) => (word.length >= 3 ? [known[at] || glueWords.has(word)] : []));
  if (long.filter(Boolean).length < 0.75 * long.length) return [...words];
  return words.map((word, at) => (known[at] || names.has(word) || isClosedCompound(word) ? word : respellWord(word) ?? word));
}

/** "coziest", "muddiest": a form of a word WordNet knows is no misspelling, whatever the respeller's lists lack. */
const isWordForm = (word: string) => lemmasOf(word, 'noun').length > 0 || verbLemma(word) !== undefined || adjectiveLemmas(word).length > 0;

/** "clownfish", "skatepark": two words of four letters or more written as one are a word of their own, no misspelling ("lookin" is no loo of kin). */
function isClosedCompound(word: string): boolean {
  for (let split = 4; split <= word.length - 4; split += 1) if (isDictionaryWord(word.slice(0, split)) && lemmasOf(word.slice(split), 'noun').length > 0) return true;
  return false;
}
