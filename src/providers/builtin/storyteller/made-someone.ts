import { irregularVerbLemmas, lemmasOf, nounClassesOf, sensesOf } from '../../../safety/wordnet-lexicon.ts';
import { isPlainDoing, tellsWhatHeroDoes, verbLemma } from './word-lemmas.ts';
import { isAdverb } from './is-adverb.ts';
import { concreteFiles, personifyingWords } from './hero-phrase-words.ts';
import { feelingWords } from './idea-vocabulary.ts';

/** "an acorn dreaming about becoming an oak", "a teapot hoping to sing": a thing that dreams, hopes or wishes is someone too. */
export const mindfulDoings = new Set(['dreaming', 'hoping', 'wishing', 'wanting', 'longing', 'wondering', 'dreams', 'hopes', 'wishes', 'wants', 'longs', 'wonders', 'feels']);
/**
 * "the moon gets lonely", "the moon is sad", "the old tractor is very lonely": a thing that gets, feels or is a feeling is
 * someone too, past a word of how much ("so", "very", "a bit").
 */
const getsAFeeling = (words: readonly string[], at: number) => {
  if (!['gets', 'feels', 'got', 'felt', 'is', 'was'].includes(words[at + 1] ?? '')) return false;
  const much = ['so', 'very', 'really', 'always', 'too'].includes(words[at + 2] ?? '') ? 1 : words[at + 2] === 'a' && words[at + 3] === 'bit' ? 2 : 0;
  return Object.hasOwn(feelingWords, words[at + 2 + much] ?? '');
};
/** The words that give a being its name: "a cupcake called Sprinkles", "a tractor named Tilly". */
export const namingWords = new Set(['named', 'called']);
/** "saying", "whispering", "singing": a thing doing what only someone does with words (WordNet's verbs of communication). */
export const speaking = (word: string | undefined): boolean => word !== undefined && word.endsWith('ing') && lemmasOf(word, 'verb').some((lemma) => sensesOf(lemma, 'verb', 1)[0]?.lexicographerFile === 'verb.communication');
/**
 * Whether the word at `at` is a doing said as it goes on: a verb's -ing form ("opening", "snoring"), never the word itself
 * ("king", "spring"), nor one naming a thing with the next word ("a sleeping bag").
 */
export const doingAt = (words: readonly string[], at: number): boolean => (words[at] ?? '').endsWith('ing') && lemmasOf(words[at], 'verb').some((lemma) => lemma !== words[at])
  && lemmasOf(`${words[at]} ${words[at + 1] ?? ''}`, 'noun').length === 0;
/** Whether the words after `at` make the thing there someone the idea tells about. */
export const madeSomeone = (words: readonly string[], at: number): boolean => personifyingWords.has(words[at + 1] ?? '') || mindfulDoings.has(words[at + 1] ?? '') || speaking(words[at + 1]) || getsAFeeling(words, at)
  // "a snowdrift worried about spring coming": a feeling said straight after a thing is had only by someone.
  || Object.hasOwn(feelingWords, words[at + 1] ?? '')
  // "a tulip opening", "a kite flying over the sea": a thing doing something said straight after it is the one the idea tells
  // about (see doingAt; never after a describing word: "little red riding hood"). Only where the idea first names it: "our
  // dog Biscuit … a story about Biscuit running" is the dog's, not a biscuit's.
  || (doingAt(words, at + 1) && lemmasOf(words[at], 'adj').length === 0 && !words.slice(0, at).includes(words[at]))
  // "a little teapot finds a shell", "the day the kite lost its voice", "what if a pumpkin could fly": so is a thing doing
  // something, said as done or as what it can do (see actsAt, canDo and namesAThing), where the idea first names it.
  || ((actsAt(words, at + 1) || canDo(words, at + 1)) && namesAThing(words[at]) && !words.slice(0, at).includes(words[at]))
  // "a cupcake called Sprinkles who": the name given between the thing and its "who".
  || (namingWords.has(words[at + 1] ?? '') && words[at + 2] !== undefined && madeSomeone(words, at + 2))
  || ownsAStory(words, at);

/** Words that stand for someone already named, never a thing of their own. */
const pronouns = new Set(['he', 'she', 'it', 'they', 'we', 'you', 'i', 'him', 'her', 'them', 'us', 'me', 'one', 'this', 'that']);

/** What a thing doing something may be: a personified subject's files but a person's (a kite is a cheque first, a toy third). */
const thingFiles = new Set([...concreteFiles].filter((file) => file !== 'noun.person'));

/**
 * A word that names a thing: a noun more than a describing word, and no word of how ("a star", never "well-known"), one of
 * whose three commonest meanings is a thing, never first a number ("three bears"), and no pronoun, which WordNet may read
 * as one ("he": helium).
 */
function namesAThing(word: string): boolean {
  const nouns = sensesOf(word, 'noun').length;
  if (pronouns.has(word) || nouns <= sensesOf(word, 'adj').length || isAdverb(word)) return false;
  const senses = sensesOf(word, 'noun', 3);
  return senses[0]?.lexicographerFile !== 'noun.quantity' && senses.some((sense) => thingFiles.has(sense.lexicographerFile));
}

/** Verbs that only say what a thing is or has, never something it does ("the kite is", "a shell has"); feelings are read above. */
const beingVerbs = new Set(['be', 'have', 'do', 'get', 'seem', 'look', 'feel', 'belong', 'stay', 'lie', 'sit', 'stand', 'hang', 'contain']);

/**
 * Whether the word at `at` is a doing said as done: a verb's third-person form more often a verb than a noun ("finds",
 * "goes", never "shells"), or its past ("lost", "wandered"), and no verb that only says what a thing is, has or where it lies.
 */
function actsAt(words: readonly string[], at: number): boolean {
  const word = words[at];
  if (word === undefined) return false;
  const lemma = verbLemma(word);
  if (lemma === undefined || lemma === word || beingVerbs.has(lemma)) return false;
  const past = word.endsWith('ed') || irregularVerbLemmas(word).includes(lemma);
  return tellsWhatHeroDoes(word) || past;
}

/** "what if a pumpkin could fly", "a teapot that can sing": "can" or "could" and a doing in its plain form (more a verb than a noun). */
function canDo(words: readonly string[], at: number): boolean {
  return ['can', 'could'].includes(words[at] ?? '') && words[at + 1] !== undefined && isPlainDoing(words[at + 1]);
}

/** What a story of someone's is told as: a journey, an adventure, a day or a night, a dream or a wish (WordNet's classes). */
const storyClasses = new Set(['travel', 'undertaking', 'time period', 'dream', 'desire']);

/**
 * "a raindrop's journey to the sea", "a snowflake's first day", "a seed's big adventure": a thing whose journey, day or
 * dream the idea is about is someone, the apostrophe's "s" split off and describing words passed over.
 */
function ownsAStory(words: readonly string[], at: number): boolean {
  if (words[at + 1] !== 's') return false;
  let next = at + 2;
  while (next < words.length - 1 && lemmasOf(words[next], 'adj').length > 0 && lemmasOf(words[next], 'noun').length === 0) next += 1;
  const [sense] = sensesOf(words[next] ?? '', 'noun', 1);
  return sense !== undefined && [...nounClassesOf(sense)].some((name) => storyClasses.has(name));
}
