import { glossWord, isHarmful, withoutOutlierSenses } from './gloss-idea.ts';
import { loadFreedict } from './read-freedict.ts';
import { loadHunspell } from './read-hunspell.ts';
import { sensesAsWritten } from './wordnet-lexicon.ts';

/** An idea as Apertium put it in English, its marks read. */
export interface IdeaTranslation {
  /** The idea's language (ISO 639-3). */
  language: string;
  /** The translation, each word Apertium could not translate put in English by FreeDict: what the English checks read. */
  english: string;
  /** Words of three letters or more that neither Apertium nor FreeDict knows ("antirumore"): the idea is not read while any is left. */
  unknownWords: string[];
  /** Whether a word FreeDict put in English has a harmful sense (the same test as a glossed word's, see gloss-idea.ts). */
  harmfulGloss: boolean;
}

/**
 * Reads Apertium's marks (see translate-idea.ts): a `#` form is the word meant; a word marked `*` or `@` is looked
 * up in FreeDict, in the idea's language and then in the language the route passed through (a `*` after the first
 * leg is a Spanish word the second did not know: "aldea" → village; Debian has no Catalan FreeDict), and its first
 * English gloss stands in its place (a diminutive of a headword as "little …": "gattino"). What neither knows stays
 * as written and is listed, but for a name (capitalised inside a sentence). Only a headword, its dictionary form by
 * Hunspell's rules or a diminutive's base counts: the word-by-word gloss's guesses at a headword the word starts like
 * are too loose here ("cachorrinho", a puppy, read as "cacho…": a waterfall).
 */
export function readTranslation(marked: string, language: string, pivot = 'spa'): IdeaTranslation {
  const dictionaries = [...new Set([language, pivot])].flatMap((code) => {
    const dictionary = loadFreedict(code);
    return dictionary ? [{ code, dictionary, lemmatizer: loadHunspell(code) }] : [];
  });
  const unknownWords: string[] = [];
  let harmfulGloss = false;
  const english = marked.replace(/([*#@]+)(\p{L}[\p{L}'’-]*)/gu, (_mark, marks: string, word: string, at: number) => {
    if (marks === '#') return word;
    const glosses = dictionaries.map(({ code, dictionary, lemmatizer }) => withoutOutlierSenses(glossWord(word.toLowerCase(), dictionary, { lemmatizer, headwordsOnly: true, language: code }))).find((found) => found.length > 0) ?? [];
    if (glosses.length === 0) {
      // A capitalised word inside a sentence is a name ("Réveillon", "Tommaso"), as the word-by-word gloss reads one.
      const name = /^\p{Lu}\p{Ll}/u.test(word) && !/(^|[.!?:;]\s*)$/u.test(marked.slice(0, at).trimEnd());
      if (word.length >= 3 && !name) unknownWords.push(word);
      return word;
    }
    if (glosses.some(isHarmful)) harmfulGloss = true;
    return glosses[0];
  });
  // Marks on anything but a word (a dash, a digit) are no words; Apertium's double spaces are one.
  // A diminutive read as "little …" after Apertium's "an" ("an **orsetta").
  const cleaned = english.replace(/[*#@]+/g, '').replace(/\s+/g, ' ').replace(/\b(a)n (little )/gi, '$1 $2').trim();
  return { language, english: withStoppedDoing(inEnglishOrder(cleaned)), unknownWords, harmfulGloss };
}

const stoppingForms: Record<string, string> = { leave: 'stop', leaves: 'stops', left: 'stopped', leaving: 'stopping', cease: 'stop', ceases: 'stops', ceased: 'stopped', ceasing: 'stopping' };

/**
 * Spanish "dejar de" and Catalan "deixar de" (to stop doing) come out of Apertium as "leaves to eat" and "ceases to eat"
 * (Italian "smette di mangiare" and Portuguese "deixa de comer" pass through them): said as English says it, "stops
 * eating", so the checks meet the phrase they know. Only before a verb ("leaves to the boy play" is another shape).
 */
export function withStoppedDoing(english: string): string {
  return english.replace(/\b(leave|leaves|left|leaving|cease|ceases|ceased|ceasing) to (\p{Ll}+)\b/giu, (whole, verb: string, next: string) => {
    if (sensesAsWritten(next, 'verb').length === 0) return whole;
    return `${stoppingForms[verb.toLowerCase()]} ${ingForm(next)}`;
  });
}

/** A verb's -ing form: "eat" → "eating", "make" → "making", "run" → "running", "lie" → "lying". */
export function ingForm(verb: string): string {
  if (verb.endsWith('ie')) return `${verb.slice(0, -2)}ying`;
  if (verb.length > 2 && /[^aeiouy]e$/.test(verb)) return `${verb.slice(0, -1)}ing`;
  // One short vowel before one consonant, in a word of one syllable: the consonant doubles.
  if (/^[^aeiou]*[aeiou][^aeiouwxy]$/.test(verb)) return `${verb}${verb.at(-1)}ing`;
  return `${verb}ing`;
}

/** Whether Apertium's sentence says the whole idea: it, or FreeDict, knew every word. */
export const readsWhole = (translation: IdeaTranslation) => translation.unknownWords.length === 0;

const possessives: Record<string, string> = { them: 'their', him: 'his', her: 'her', me: 'my', us: 'our', you: 'your' };

/**
 * Two shapes Apertium keeps in the Romance order, put in English order so the checks' phrases meet them as they would
 * in an English idea: a possessive after its noun ("o segredo deles" → "the secret of them" → "their secret") and an
 * age after a person ("mio figlio di 5 anni" → "my son of 5 years" → "my 5 year old son").
 */
export function inEnglishOrder(english: string): string {
  return english
    .replace(/\bthe (\p{L}+) of (them|him|her|me|us|you)\b/giu, (_whole, noun: string, pronoun: string) => `${possessives[pronoun.toLowerCase()]} ${noun}`)
    .replace(/\b(a|an|my|our|his|her|their|the) (\p{L}+) of (\d+|\p{L}+) years( old)?\b/giu, (_whole, article: string, person: string, age: string) => `${/^an?$/i.test(article) ? anOrA(age) : article} ${age} year old ${person}`);
}

/** The indefinite article before a number or word: "an eight", "an 11", "a five". */
function anOrA(word: string): string {
  return /^(8|11|18|[aeiou])/i.test(word) ? 'an' : 'a';
}
