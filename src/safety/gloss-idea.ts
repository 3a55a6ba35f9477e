import { francAll } from 'franc-min';
import { isFlaggedWord } from './read-disguised-words.ts';
import { valenceOf } from './warning-categories.ts';
import { isDictionaryWord } from './wordnet-lexicon.ts';
import { freedictLanguages, isFreedictInstalled, loadFreedict, type FreedictDictionary } from './read-freedict.ts';
import { loadHunspell, type HunspellLemmatizer } from './read-hunspell.ts';
import { isFunctionWord, type WordForms } from './analyse-word-forms.ts';
import { asDiminutive, diminutiveBases } from './read-diminutives.ts';

/** An idea in another language, told in English word by word from a bilingual dictionary. */
export interface IdeaGloss {
  /** The dictionary's language (ISO 639-3). */
  language: string;
  /** Each word's English glosses, in the idea's order: what the topic rules read. */
  english: string;
  /** Each word's first gloss, in the idea's order: what the warning signs' phrase shapes read. */
  sentence: string;
  /** Share of the idea's words of three letters or more that the dictionary has, 0 to 1. */
  foundShare: number;
  /** Each known word's glosses, in the idea's order, and a name as a child: what the shapes of harm read. */
  byWord: string[][];
}

/** The fewest letters a stem keeps when an ending is cut ("bambin" from "bambina"), and a compound's parts. */
const shortestStem = 4;
/** The fewest letters of a word read as its English cognate: shorter ones ("pan", "once") are false friends as often. */
const shortestCognate = 5;
/** The gloss a name stands for in the shapes' reading (see IdeaGloss.byWord). */
export const namedChild = 'child';
/** Glosses kept per word: a word's first senses carry its meaning; the tail of a long German entry is idioms. */
const glossesPerWord = 4;

/**
 * A word's glosses: as written, then through the dictionary forms Hunspell's rules give it where the language
 * has them ("boit" → "boire", "bebe" → "beber"), then as an inflected form of a headword (a few letters cut, the
 * shortest headword starting with what is left: "bambina" → "bambino", "tocca" → "toccare"), then as a compound
 * of two headwords (German, Dutch, Swedish: "Schlafzimmer" → "schlaf" + "zimmer", a linking "s" allowed).
 * A diminutive of a headword is read as "little …" ("gattino" → little cat) where `language` is given and has the rules
 * (read-diminutives.ts; only for a word Apertium could not translate). `headwordsOnly` stops there: no cognate, no
 * headword guessed, no compound.
 */
export function glossWord(word: string, dictionary: FreedictDictionary, options: { nouns?: boolean; compounds?: boolean; lemmatizer?: HunspellLemmatizer; headwordsOnly?: boolean; nestedHead?: boolean; language?: string } = {}): string[][] {
  const { nouns = true, compounds = true, lemmatizer, headwordsOnly = false } = options;
  const exact = dictionary.senses(word, { nouns });
  if (exact.length > 0) return exact;
  const lemmas = lemmatizer?.lemmas(word) ?? [];
  for (const lemma of [...lemmas, ...lemmas.flatMap(pronominalForms)]) {
    const senses = dictionary.senses(lemma, { nouns });
    if (senses.length > 0) return senses;
  }
  for (const base of options.language ? diminutiveBases(word, options.language) : []) {
    const senses = glossWord(base, dictionary, { nouns, lemmatizer, headwordsOnly: true });
    if (senses.length > 0) return senses.map((glosses) => glosses.map(asDiminutive));
  }
  if (headwordsOnly) return [];
  // A word the dictionary lacks is often the English word itself, or it with a Romance ending ("internet",
  // "adulto", "adulte"): read so before guessing at a headword it starts like ("adulto" is no "adular", to flatter).
  if (compounds) {
    // "dragón", "planète": an accent English does not write ("dragon", but never "volcan").
    const cognate = [word, ...lemmas].flatMap((form) => [form, form.normalize('NFD').replace(/\p{M}/gu, '')]).flatMap((form) => [form, ...(/[aeo]$/.test(form) ? [form.slice(0, -1)] : [])]).find((form) => form.length >= shortestCognate && isDictionaryWord(form));
    if (cognate) return [[cognate]];
  }
  // The word, then its dictionary forms ("voleurs" → "voleur", which the dictionary lacks, read as "voler": to steal).
  for (const form of [word, ...lemmas.filter((lemma) => lemma !== word)]) {
    for (let cut = 1; cut <= 3 && form.length - cut >= Math.max(shortestStem, Math.ceil(form.length * 0.6)); cut += 1) {
      const headword = dictionary.shortestWithPrefix(form.slice(0, -cut), form.length + 3);
      const senses = headword ? dictionary.senses(headword, { nouns }) : [];
      if (senses.length > 0) return senses;
    }
  }
  // A lower-case German word that is only a noun is still that noun ("die kleine" at a line's start, a typo).
  if (!nouns) return glossWord(word, dictionary, { compounds, lemmatizer, language: options.language });
  if (!compounds) return [];
  for (let split = word.length - shortestStem; split >= shortestStem; split -= 1) {
    const tail = glossWord(word.slice(split), dictionary, { compounds: false });
    if (tail.length === 0) continue;
    const head = word.slice(0, split);
    // The head may itself be two headwords ("brandweer|auto": fire brigade, car), when long enough for two.
    const headGlosses = glossWord(head, dictionary, { compounds: options.nestedHead !== false && head.length >= 2 * shortestStem, nestedHead: false });
    const linked = headGlosses.length === 0 && head.endsWith('s') ? glossWord(head.slice(0, -1), dictionary, { compounds: false }) : headGlosses;
    if (linked.length > 0) return [...linked.slice(0, 2), ...tail.slice(0, 2)];
  }
  return [];
}

/**
 * A verb's pronominal infinitive, which FreeDict's Spanish, Portuguese and Italian list some verbs under alone
 * ("desmoronarse", "acharse", "crollarsi"): "se desmorona" is found by Hunspell as "desmoronar".
 */
function pronominalForms(lemma: string): string[] {
  if (/[aeií]r$/.test(lemma)) return [`${lemma}se`];
  if (/[aei]re$/.test(lemma)) return [`${lemma.slice(0, -1)}si`];
  return [];
}

/** Whether an English gloss carries harm: a word WordNet places under harm, sex, drugs or weapons, or a harsh one (AFINN-165). */
export const isHarmful = (gloss: string) => gloss.split(/[^a-z']+/i).some((word) => word.length > 2 && (isFlaggedWord(word.toLowerCase()) || valenceOf(word.toLowerCase()) <= -3));

/** Whether most of a list is harmful: a word means what most of its glosses (or entries) share. */
const mostlyHarmful = (glosses: string[]) => glosses.filter(isHarmful).length * 2 > glosses.length;

/**
 * A word's glosses without the harmful ones that are outliers, within an entry ("fille": daughter, girl, lass,
 * wench) and across entries (German "Hexe": witch; sibyl; bitch; hag, crone), so a rare or slang sense does
 * not stand for the word; "tuer" (kill, liquidate, slay) keeps them all.
 */
export function withoutOutlierSenses(senses: string[][]): string[] {
  const kept = senses.map((glosses) => (mostlyHarmful(glosses) ? glosses : glosses.filter((gloss) => !isHarmful(gloss)))).filter((glosses) => glosses.length > 0);
  const harmfulEntries = kept.filter(mostlyHarmful);
  const entries = harmfulEntries.length * 2 > kept.length ? kept : kept.filter((glosses) => !mostlyHarmful(glosses));
  return [...new Set(entries.flat())];
}

/**
 * The idea glossed with one dictionary. Where the language's analyser read the idea's words (`forms`, see
 * analyse-word-forms.ts), a function word FreeDict lacks ("att", "sig", "jej") counts as known without a gloss: it
 * names nothing a check could miss. The analyser's dictionary forms are not used for glosses: tried, they made no safe
 * idea of the frozen sets readable, and one more unsafe Dutch one, which passed.
 */
export function glossWith(text: string, language: string, dictionary: FreedictDictionary, forms?: WordForms): IdeaGloss {
  const written = text.normalize('NFC').match(/\p{L}+/gu) ?? [];
  const parts: string[][] = [];
  let counted = 0;
  let found = 0;
  const lemmatizer = loadHunspell(language);
  // What the shapes read: the glosses, and a name where one stands ("le voisin invite Léa", "schenkt Lina").
  const byWord: string[][] = [];
  for (const [at, asWritten] of written.entries()) {
    const word = asWritten.toLowerCase();
    // German capitalises its nouns: a word written in lower case is read as anything but a noun first.
    const nouns = language !== 'deu' || asWritten !== word;
    // No diminutive guessed here: reading word by word, every word known is the guard ("cantina", a cellar, is no little song).
    const glosses = withoutOutlierSenses(glossWord(word, dictionary, { nouns, lemmatizer })).slice(0, glossesPerWord);
    if (word.length >= 3) {
      counted += 1;
      if (glosses.length > 0 || isFunctionWord(forms?.get(word))) found += 1;
    }
    if (glosses.length > 0) parts.push(glosses);
    // A capitalised word no dictionary has, past the first, is a name; in a bedtime idea, the child's.
    if (glosses.length > 0) byWord.push(glosses);
    else if (at > 0 && asWritten !== word && /^\p{Lu}\p{Ll}+$/u.test(asWritten)) byWord.push([namedChild]);
  }
  // First each word's first gloss, as a sentence the phrase rules can read ("not … tell"); then every gloss kept.
  // Each word's first gloss that WordNet knows: German "Mädchen" is "kiddo" first, a word the English checks cannot place.
  const sentence = parts.map((glosses) => glosses.find((gloss) => isDictionaryWord(gloss.toLowerCase())) ?? glosses[0]).join(' ');
  const english = `${sentence}\n${parts.map((glosses) => glosses.join(', ')).join('; ')}`;
  return { language, english, sentence, foundShare: counted === 0 ? 0 : found / counted, byWord };
}

/** The languages whose dictionaries are installed, in a fixed order. */
export function glossLanguages(): string[] {
  return Object.keys(freedictLanguages).filter((code) => isFreedictInstalled(code));
}

/**
 * The idea glossed in the language whose dictionary knows most of its words, among franc's three best
 * guesses that have a dictionary installed (short lines are often ranked wrong: Italian as Spanish), each language
 * with its analyser's reading of the words where one was read beforehand (`forms`, by language).
 * Undefined when no such dictionary is installed or the idea has no Latin letters.
 */
export function glossIdea(text: string, forms?: ReadonlyMap<string, WordForms>): IdeaGloss | undefined {
  let best: IdeaGloss | undefined;
  for (const language of glossLanguageGuesses(text)) {
    const dictionary = loadFreedict(language);
    if (!dictionary) continue;
    const gloss = glossWith(text, language, dictionary, forms?.get(language));
    if (!best || gloss.foundShare > best.foundShare) best = gloss;
  }
  return best;
}

/** The languages glossIdea tries for a text: franc's three best guesses that have a dictionary installed, best first. */
export function glossLanguageGuesses(text: string): string[] {
  const installed = glossLanguages();
  if (installed.length === 0 || !/\p{Script=Latin}/u.test(text)) return [];
  return francAll(text, { minLength: 3, only: ['eng', ...installed] }).map(([code]) => code).filter((code) => code !== 'eng' && installed.includes(code)).slice(0, 3);
}
