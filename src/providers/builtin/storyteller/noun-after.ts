import { isDictionaryWord, lemmasOf, sensesOf, taggedSenseCount } from '../../../safety/wordnet-lexicon.ts';
import { nounLemma } from './prop-kind.ts';
import { adjectiveLemmas, classesOf } from './word-lemmas.ts';
import { heroTraits } from './idea-vocabulary.ts';
import { safe } from './safe-for-child.ts';

/** Words that stand for a thing named elsewhere: never the thing itself. */
const pronounThings = new Set(['it', 'them', 'this', 'that', 'these', 'those', 'one']);
/** Words that link, never the thing: "in", "on", "at" are also nouns in WordNet (an inch, Indiana). */
const linkingWords = new Set(['in', 'on', 'at', 'to', 'of', 'for', 'with', 'by', 'from', 'into', 'onto', 'up', 'down', 'out', 'off', 'over', 'under', 'away', 'and', 'or', 'who', 'that']);
export const articles = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'my', 'our', 'some', 'all', 'favourite', 'favorite']);
export const possessiveWords = new Set(['her', 'his', 'its', 'their']);

/** A noun whose commonest meaning is an amount, a portion or a gathering of what follows "of" ("a crumb of", "a piece of", "a bunch of"), by WordNet's classes. */
function namesAnAmount(word: string): boolean {
  const [sense] = sensesOf(word, 'noun', 1);
  return sense !== undefined && (sense.lexicographerFile === 'noun.quantity' || [...classesOf(sense)].some((name) => name === 'portion' || name === 'collection'));
}

/** The thing named after a word ("loses his banana" → "banana"), singular, when it is a safe dictionary noun. */
export function nounAfter(words: readonly string[], at: number): string | undefined {
  let next = at + 1;
  while (next < words.length && articles.has(words[next])) next += 1;
  // "find buried treasure", "lost her shiny red ball": describing words before the thing are passed over.
  // "the perfect leaf": a word that can describe, before a noun, describes it; "a dinosaur egg": the last noun is the thing.
  const isNoun = (at: number) => words[at] !== undefined && !articles.has(words[at]) && !linkingWords.has(words[at]) && lemmasOf(words[at], 'noun').length > 0;
  // "the lost dreidel": before a word no dictionary has, a describing word still describes ("lost" is no thing).
  const unknown = (at: number) => words[at] !== undefined && !articles.has(words[at]) && !linkingWords.has(words[at]) && !isDictionaryWord(words[at]) && /^\p{Ll}+$/u.test(words[at]);
  while (next + 1 < words.length && (heroTraits.has(words[next]) || (adjectiveLemmas(words[next]).length > 0 && (lemmasOf(words[next], 'noun').length === 0 || isNoun(next + 1) || unknown(next + 1))))) next += 1;
  // "a dinosaur egg", "a teddy bear": the next noun goes on the thing when WordNet names the two together or texts use it as
  // a noun more than as a verb; "his croak | n wants it back" (a letter, a pronoun, a verb) and "her way | back" end it.
  // A time says when, never which thing ("the dentist | tomorrow").
  const goesOn = (at: number) => isNoun(at + 1) && (lemmasOf(`${words[at]} ${words[at + 1]}`, 'noun').length > 0
    || (taggedSenseCount(words[at + 1], 'noun') > taggedSenseCount(words[at + 1], 'verb') && sensesOf(words[at + 1], 'noun', 1)[0]?.lexicographerFile !== 'noun.time'));
  const first = next;
  while (isNoun(next) && goesOn(next)) next += 1;
  // "the biggest piece of cheese", "a slice of cake": a part or an amount of a thing is that thing (WordNet's parts and measures).
  if (words[next + 1] === 'of' && namesAnAmount(words[next])) return nounAfter(words, next + 1);
  // "her grandma's glasses": the owner only says whose; the thing is what follows the "'s".
  if (words[next + 1] === 's' && words[next + 2] !== undefined) return nounAfter(words, next + 1);
  // "the vacuum cleaner", "a music box": a name WordNet knows in two words is that thing, not its last word.
  const pair = next === first + 1 ? nounLemma(`${words[first]} ${words[next]}`) : undefined;
  if (pair !== undefined && safe(pair)) return pair;
  const word = words[next];
  // "has to find it": a pronoun names no thing (WordNet's "it" is information technology).
  if (pronounThings.has(word ?? '')) return undefined;
  // "gets lost in the snow": the hero is lost, not a thing called "in".
  if (word === undefined || linkingWords.has(word) || !isDictionaryWord(word) || lemmasOf(word, 'noun').length === 0) return undefined;
  const noun = nounLemma(word)!;
  return safe(noun) ? noun : undefined;
}
