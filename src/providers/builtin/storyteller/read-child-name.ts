import { checkIdeaPart } from '../../../safety/index.ts';
import { removePersonalData } from '../../../safety/find-personal-data.ts';
import { valenceOf, warningCategoriesOf } from '../../../safety/warning-categories.ts';
import { lemmasOf, sensesOf } from '../../../safety/wordnet-lexicon.ts';
import { barredGivenNameCategories } from './read-hero-name.ts';
import { boysNames, girlsNames } from './given-names.ts';
import { isAdverb } from './is-adverb.ts';
import { heroWords } from './idea-vocabulary.ts';
import type { ChildName } from './find-idea-hero.ts';


/** "my daughter Zara", "our little boy Sam": the words for the parent's own child before the name. */
const ownChildWords: Record<string, ChildName['listener']> = { son: 'boy', daughter: 'girl', boy: 'boy', girl: 'girl', kid: 'child', child: 'child', grandson: 'boy', granddaughter: 'girl', one: 'child' };
/** What may come before a name that opens the idea: "a story for", "can you write one where", "story about". */
const openingWords = new Set(['a', 'an', 'story', 'tale', 'bedtime', 'short', 'one', 'about', 'for', 'where', 'can', 'could', 'would', 'you', 'u', 'write', 'do', 'make', 'tell', 'me', 'us', 'please', 'pls', 'so',
  // "birthday story for Sam", "a funny little story for Max": the kind of story asked for.
  'birthday', 'christmas', 'halloween', 'funny', 'sweet', 'calm', 'sleepy', 'little', 'quick', 'new',
  // "what about a story where", "how about one where", as a parent texts it ("wat about").
  'what', 'wat', 'how', 'maybe']);
/** What may follow a name that opens the idea ("Kai who", "Finn is", "Noah's"), beside a verb's own form ("freya loves"). */
const afterNameWords = new Set(['who', 'whose', 'is', 'was', 'where', 's', 'and', 'has', 'had', 'gets', 'got']);
const livesAt = /\b(?:lives?|living)\s+(?:at|on)\b/iu;
const shePronouns = new Set(['she', 'her', 'hers', 'herself']);
const hePronouns = new Set(['he', 'him', 'his', 'himself']);

/**
 * The name an idea gives the child it is about, as the story should call them: "my daughter Zara who …", "a story for Ava
 * (4) where she flies", "Kai who loves trains", "freya loves horses", "can you write one where Noah finds …". A name is a
 * word of the popular-name lists in a shape that names a child: straight after the parent's word for their child, or
 * opening the idea (past "a story for", "one where") with "who", "is", an age or a doing after it. A word English also uses
 * for a thing ("Summer", "Hazel", "Max") is a name there only with an age after it or after "my daughter"; a name stays
 * out of the story if it carries anything the child-mode check or WordNet files as harm. The story is then the listener's,
 * told by this name (the profile's name otherwise), as a girl or a boy when the idea's pronouns or the name's list say so.
 */
export function readChildName(idea: string, words: readonly string[]): ChildName | undefined {
  // "my daughter Emma who lives at 12 Elm Street": a child's name beside where they live is personal detail a story does
  // not need (the prompt check takes the address out; "who lives at" is what is left of it), so the profile's name is told.
  if (livesAt.test(idea) || removePersonalData(idea).found.length > 0) return undefined;
  for (const [index, word] of words.entries()) {
    if (word.length < 3 || !(girlsNames.has(word) || boysNames.has(word))) continue;
    const capital = `${word[0].toUpperCase()}${word.slice(1)}`;
    // "a story for Jack who": a capital inside a sentence marks a name; one opening a sentence may be any word's.
    const insideSentence = new RegExp(String.raw`(?<![.!?]\s*|^[\s"'“]*|\p{L})${capital}(?!\p{L})`, 'u').test(idea);
    const opensSentence = new RegExp(String.raw`(?:^|[.!?])[\s"'“]*${capital}(?!\p{L})`, 'u').test(idea);
    const aged = new RegExp(String.raw`(?<!\p{L})${word}\s*(?:\(\s*|,\s*|\s)(?:aged?\s*)?\d`, 'iu').test(idea);
    const own = ownChildAt(words, index) ?? namedAfterOwnChild(words, index);
    // Never straight after "a" or "an": "a tiny seed" is no child called Tiny.
    // "eid story - amina helps …": what the story is for ("eid", "bedtime") may come before "story" in the idea's first words.
    const storyAt = words.slice(0, Math.min(index, 4)).findLastIndex((before) => before === 'story' || before === 'tale');
    const opens = index <= 8 && words.slice(storyAt + 1, index).every((before) => openingWords.has(before)) && !['a', 'an'].includes(words[index - 1] ?? '') && (aged || followedByDoing(words, index));
    if (!own && !opens) continue;
    // "Lily and Max, two cats who …", "Luna, the little fox, …": a name with a description after its comma is that one's.
    if (new RegExp(String.raw`(?<!\p{L})${word}(?:\s+and\s+\p{L}+)?\s*,\s*(?:a|an|the|two|three|four)\s`, 'iu').test(idea)) continue;
    // "Summer is coming", "freya loves horses": a word English uses for a thing is a name with a capital, an age or after "my
    // daughter"; opening a sentence, only when it names no creature of the storyteller's ("Robin wants to fly south" is a bird).
    const usedOtherwise = otherMeaning(word) !== undefined;
    const named = insideSentence || aged || (own !== undefined && opensSentence) || (opensSentence && !(word in heroWords)) || !usedOtherwise;
    if (!named) continue;
    if (!safeName(word)) return undefined;
    return { name: capital, index, listener: own ?? pronounsAfter(words, index) ?? listedAs(word) };
  }
  return undefined;
}

/** "my daughter", "our little boy", "my 4 year old": who the parent's own child is, when the name follows straight after. */
function ownChildAt(words: readonly string[], index: number): ChildName['listener'] | undefined {
  const childWord = ownChildWords[words[index - 1] ?? ''];
  if (childWord === undefined) return undefined;
  const owner = ['my', 'our'].includes(words[index - 2] ?? '') || (['little', 'big', 'youngest', 'eldest', 'oldest'].includes(words[index - 2] ?? '') && ['my', 'our'].includes(words[index - 3] ?? ''));
  // "my little one Ava": "one" is the child only after "little".
  if (words[index - 1] === 'one' && words[index - 2] !== 'little') return undefined;
  return owner ? childWord : undefined;
}

/** The pronoun of "her name is …" and the children of the parent's it may stand for. */
const namePronouns: Record<string, ChildName['listener']> = { her: 'girl', his: 'boy' };

/**
 * "my daughter is 5 and loves ballet. Her name is Isla.": the name given after the parent spoke of their own child, by the
 * pronoun that child takes (never a pet's name: "we have a cat, her name is Luna" names no child of the parent's).
 */
function namedAfterOwnChild(words: readonly string[], index: number): ChildName['listener'] | undefined {
  const listener = namePronouns[words[index - 3] ?? ''];
  if (listener === undefined || words[index - 2] !== 'name' || words[index - 1] !== 'is') return undefined;
  const spokenOf = words.slice(0, index - 3).some((word, at) => ['my', 'our'].includes(words[at - 1] ?? '') && ownChildWords[word] === listener);
  return spokenOf ? listener : undefined;
}

/** "Kai who", "Finn is starting", "freya loves", "Arjun going": a name opening the idea is followed by what the child does. */
function followedByDoing(words: readonly string[], index: number): boolean {
  const next = words[index + 1];
  if (next === undefined) return false;
  if (afterNameWords.has(next)) return true;
  // A verb's own forms only ("loves", "finds", "going"), never a thing ("Max the dog", "Sam cake").
  return lemmasOf(next, 'verb').some((lemma) => lemma !== next) && (next.endsWith('s') || next.endsWith('ing') || next.endsWith('ed'));
}

/** What else English uses the word for (a Finn, summer, hazel, max), beyond the names of people and places WordNet knows. */
function otherMeaning(word: string): 'person' | 'thing' | undefined {
  const meanings = sensesOf(word, 'noun').filter((sense) => !sense.instance);
  // "a story, just waves and stars": an adverb ("just") is a word of English too.
  if (sensesOf(word, 'verb').length > 0 || isAdverb(word) || meanings.some((sense) => sense.lexicographerFile !== 'noun.person')) return 'thing';
  return meanings.length > 0 ? 'person' : undefined;
}

/**
 * A name is where a harmful idea hides its word: none the child-mode check refuses, no harsh word, and nothing a hero's
 * name may not be (read-hero-name.ts) but a people (Finn, Dane and Christian are children's names first on these lists)
 * or a rare meaning of a listed name (Sam, Max: see rareNameMeanings).
 */
function safeName(word: string): boolean {
  const categories = warningCategoriesOf(word);
  const barred = barredGivenNameCategories.filter((category) => category !== 'people-group');
  return !barred.some((category) => categories.has(category)) && valenceOf(word) >= 0 && checkIdeaPart(word, 'child').safe;
}

/** "where she flies", "him feel better": the idea's own pronouns after the name say who the child is. */
function pronounsAfter(words: readonly string[], index: number): ChildName['listener'] | undefined {
  const after = words.slice(index + 1);
  const she = after.filter((word) => shePronouns.has(word)).length;
  const he = after.filter((word) => hePronouns.has(word)).length;
  return she > he ? 'girl' : he > she ? 'boy' : undefined;
}

/** A name on one list only is a girl's or a boy's; one on both (Sam, Alex) is a child's. */
function listedAs(word: string): ChildName['listener'] {
  if (girlsNames.has(word) && !boysNames.has(word)) return 'girl';
  if (boysNames.has(word) && !girlsNames.has(word)) return 'boy';
  return 'child';
}
