import { glossIdea, glossLanguages, isHarmful, type IdeaGloss } from './gloss-idea.ts';
import { readIdeaLanguage, readLanguages, type LanguageReading } from './read-idea-language.ts';
import { existsSync } from 'node:fs';
import { freedictLanguages, freedictPackage } from './read-freedict.ts';
import { hunspellDictionaries, hunspellInstalled } from './read-hunspell.ts';
import { debianEdictPath } from '../pipelines/vocabulary/analysis/load-edict.ts';
import { hasJapaneseLetters, type JapaneseReadings } from './japanese-readings.ts';
import type { IdeaTranslations } from './idea-translations.ts';
import { readsWhole, type IdeaTranslation } from './read-translation.ts';
import { apertiumRoutes, installedRoutes, pivotNames } from './translate-idea.ts';
import { canAnalyse, wordFormAnalysers } from './analyse-word-forms.ts';

/**
 * The languages whose ideas are also read through glosses: those our term lists are written for (French, Spanish,
 * German), whose ideas are read whether or not the dictionary knows every word.
 */
const glossedLanguages = [...readLanguages].filter((code) => code in freedictLanguages);
/**
 * Languages read through glosses alone (Italian, Portuguese, Dutch, Polish, Swedish: no term list of ours): an idea in
 * one is read only when its dictionary knows every word of three letters or more, and no word has a harmful gloss;
 * anything else stays refused as unreadable. Read with three quarters of the words known (an earlier round), one
 * Dutch and one Portuguese unsafe idea of the held-out sets got through; with every word known and Hunspell's rules
 * to find each word's dictionary form, the sets' safe ideas in these languages are read (see the README's figures).
 */
export const glossOnlyLanguages = new Set(Object.keys(freedictLanguages).filter((code) => !readLanguages.has(code)));

export interface IdeaLanguageReading extends LanguageReading {
  /** The idea in English word by word, when it is readable, not English, and a dictionary knows its words. */
  gloss?: IdeaGloss;
  /** A romanised Japanese idea in kana: what the English signs read in its place ("ga" is no nerve agent). */
  kana?: string;
  /**
   * The idea as Apertium put it in English (see translate-idea.ts): an Italian or Portuguese one only when every word
   * is known (it is then read through it); a Spanish or French one whatever it knew (one more reading beside the gloss).
   */
  translation?: IdeaTranslation;
}

/**
 * readIdeaLanguage, with dictionaries: a readable Latin-script idea that is not mostly English is also glossed
 * word by word through FreeDict (see gloss-idea.ts), and a Japanese one through EDICT (read-japanese-idea.ts),
 * so the English checks read French, Spanish, German and Japanese beside their term lists. A Latin-script
 * idea readIdeaLanguage cannot read is read as Japanese when nearly all its words are romanised Japanese
 * words (read-romaji.ts); anything else it cannot read stays unreadable.
 */
export function readIdeaWithGlosses(text: string, japanese?: JapaneseReadings, asWritten?: string, translations?: IdeaTranslations): IdeaLanguageReading {
  const language = readIdeaLanguage(text);
  // The language is judged without the personal details taken out (an Italian address in an English idea), but the
  // gloss reads the idea as written, as the rules do: a German noun pair ("Mädchen Geschenke") may be cut as a surname.
  if (asWritten !== undefined && asWritten !== text && language.readable && !language.english) {
    const written = readIdeaWithGlosses(asWritten, japanese, undefined, translations);
    if (written.gloss) return { ...language, gloss: written.gloss, ...(written.translation ? { translation: written.translation } : {}) };
  }
  if (language.english) return language;
  if (!language.readable) {
    const forms = translations?.wordForms?.(text);
    // Glossed whatever franc guessed (no gloss for a text without Latin letters): a short Polish line ("Bajka o małym jeżu,
    // który boi się burzy") was taken for Somali. Read alone only as readsAlone allows, every word known in one dictionary.
    const gloss = glossIdea(text, forms);
    const translation = translations?.read(text);
    // Apertium's sentence is read beside the gloss; the gloss alone would have been read too, but rarely knows every word.
    if (translation && readsWhole(translation) && !translation.harmfulGloss) return { readable: true, gloss, translation };
    if (gloss && readsAlone(gloss)) return { readable: true, gloss };
    const romaji = hasJapaneseLetters(text) ? undefined : japanese?.read(text);
    // The kana reading is glossed as Japanese; its kana are no use to the term lists, which spell Japanese in kanji.
    return romaji?.kana && romaji.gloss ? { readable: true, gloss: romaji.gloss, kana: romaji.kana } : language;
  }
  if (hasJapaneseLetters(text)) {
    const gloss = japanese?.read(text)?.gloss;
    return gloss ? { ...language, gloss } : language;
  }
  const gloss = glossIdea(text, translations?.wordForms?.(text));
  // Spanish and French are read by their term lists and glosses; Apertium's sentence is one more reading of them.
  const translation = translations?.read(text);
  return { ...language, ...(gloss ? { gloss } : {}), ...(translation ? { translation } : {}) };
}

/** Whether a gloss in a language read through glosses alone may be read: its dictionary knows every word and none is harmful. */
function readsAlone(gloss: IdeaGloss): boolean {
  return glossOnlyLanguages.has(gloss.language) && gloss.foundShare === 1 && !gloss.byWord.some((glosses) => glosses.some(isHarmful));
}

/** Whether reading an idea may need the Japanese reader: it has kana or kanji, or it is Latin script the checks cannot otherwise read. */
export function mayReadAsJapanese(text: string): boolean {
  return hasJapaneseLetters(text) || !readIdeaLanguage(text).readable;
}

/** For health and doctor: which languages glosses read, and which Debian packages would add one or read it better. */
export function describeGlossLanguages(): { read: string[]; missing: Array<{ language: string; package: string }>; description: string } {
  const installed = glossLanguages();
  const everyGlossed = [...glossedLanguages, ...glossOnlyLanguages];
  const read = glossedLanguages.filter((code) => installed.includes(code)).map((code) => freedictLanguages[code]);
  const readAlone = [...glossOnlyLanguages].filter((code) => installed.includes(code)).map((code) => freedictLanguages[code]);
  const missing = everyGlossed.filter((code) => !installed.includes(code)).map((code) => ({ language: freedictLanguages[code], package: freedictPackage(code) }));
  if (existsSync(debianEdictPath)) read.push('Japanese (EDICT)');
  else missing.push({ language: 'Japanese (EDICT)', package: 'edict' });
  // Hunspell only sharpens a FreeDict gloss: named where its FreeDict dictionary is read.
  for (const code of everyGlossed.filter((language) => installed.includes(language) && hunspellDictionaries[language] && !hunspellInstalled(language))) {
    missing.push({ language: `${freedictLanguages[code]} inflected forms`, package: hunspellDictionaries[code].package });
  }
  // Apertium's analysers tell which Dutch, Swedish or Polish words FreeDict lacks are function words (analyse-word-forms.ts).
  for (const code of Object.keys(wordFormAnalysers).filter((language) => installed.includes(language) && !canAnalyse(language))) {
    missing.push({ language: `${freedictLanguages[code]} function words (Apertium)`, package: wordFormAnalysers[code].package });
  }
  // Apertium reads Italian, Portuguese, Spanish and French as sentences (translate-idea.ts); without it they are read
  // word by word, and with one route of two a little less well.
  const translated: string[] = [];
  for (const [code, routes] of Object.entries(apertiumRoutes)) {
    const installedHere = installedRoutes(code);
    if (installedHere.length > 0) translated.push(code);
    const lacking = routes.filter((route) => !installedHere.includes(route));
    if (lacking.length === 0) continue;
    const through = installedHere.length > 0 ? ` through ${lacking.map((route) => pivotNames[route.pivot]).join(' and ')} too` : '';
    missing.push({ language: `${freedictLanguages[code]} as sentences (Apertium)${through}`, package: [...new Set(lacking.flatMap((route) => route.packages))].join(' ') });
  }
  const adding = missing.length === 0 ? '' : `; apt-get install ${missing.map((entry) => entry.package).join(' ')} adds ${missing.map((entry) => entry.language).join(', ')}`;
  const readSentence = read.length > 0 ? `story ideas in ${read.join(', ')} also read through dictionary glosses` : 'no dictionary: story ideas in French, Spanish, German and Japanese are read by their term lists only';
  const aloneSentence = readAlone.length > 0 ? `; ideas in ${readAlone.join(', ')} read through them alone when every word is known` : '';
  const translatedNames = translated.map((code) => freedictLanguages[code]);
  const translatedSentence = translated.length > 0 ? `; ${translatedNames.join(', ')} ideas also read in English through Apertium's machine translation` : '';
  return { read: [...read, ...readAlone, ...translatedNames.map((name) => `${name} (Apertium)`)], missing, description: `${readSentence}${aloneSentence}${translatedSentence}${adding}` };
}
