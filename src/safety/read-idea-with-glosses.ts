import { glossIdea, glossLanguages, type IdeaGloss } from './gloss-idea.ts';
import { readIdeaLanguage, readLanguages, type LanguageReading } from './read-idea-language.ts';
import { freedictLanguages, freedictPackage } from './read-freedict.ts';

/**
 * Share of an idea's words (three letters or more) a dictionary must know for its glosses to stand for
 * the idea: "mostly found". Below it the idea stays unreadable in a language only a dictionary reads
 * (a line of names, misspellings or another language), and is refused as before rather than guessed at.
 */
export const readableGlossShare = 0.75;

export interface IdeaLanguageReading extends LanguageReading {
  /** The idea in English word by word, when it is not English and a dictionary of its language is installed. */
  gloss?: IdeaGloss;
  /**
   * True when only the dictionary reads it (no term list of ours is written for its language): the warning signs
   * then read its glosses and the words the dictionary lacks, not its own words (Dutch "die" is no harsh word).
   */
  throughGlossesOnly?: boolean;
}

/**
 * readIdeaLanguage, with FreeDict: a Latin-script idea that is not mostly English is glossed word by word
 * (see gloss-idea.ts), so the English checks read French, Spanish and German beside their term lists, and
 * a language only a dictionary reads (Italian, Portuguese, Dutch, Polish, Swedish) is readable when its
 * dictionary is installed and knows most of the idea's words.
 */
export function readIdeaWithGlosses(text: string): IdeaLanguageReading {
  const language = readIdeaLanguage(text);
  if (language.english) return language;
  const gloss = glossIdea(text);
  if (!gloss) return language;
  if (language.readable) return { ...language, gloss };
  return gloss.foundShare >= readableGlossShare ? { readable: true, gloss, throughGlossesOnly: true } : language;
}

/** The languages the prompt check reads, in words: English, its term lists' languages, and the installed dictionaries'. */
export function readLanguageNames(): string[] {
  const listed = [...readLanguages].filter((code) => code !== 'eng' && code !== 'jpn').map((code) => freedictLanguages[code]);
  const glossed = glossLanguages().map((code) => freedictLanguages[code]);
  return ['English', ...new Set([...listed, ...glossed]), 'Japanese'];
}

/** For health and doctor: which languages glosses read, and which Debian packages would add one. */
export function describeGlossLanguages(): { read: string[]; missing: Array<{ language: string; package: string }>; description: string } {
  const installed = glossLanguages();
  const read = installed.map((code) => freedictLanguages[code]);
  const missing = Object.keys(freedictLanguages).filter((code) => !installed.includes(code)).map((code) => ({ language: freedictLanguages[code], package: freedictPackage(code) }));
  const adding = missing.length === 0 ? '' : `; apt-get install ${missing.map((entry) => entry.package).join(' ')} adds ${missing.map((entry) => entry.language).join(', ')}`;
  return { read, missing, description: `${read.length > 0 ? `story ideas read through FreeDict glosses in ${read.join(', ')}` : 'no FreeDict dictionary: story ideas in Italian, Portuguese, Dutch, Polish and Swedish are refused as unreadable'}${adding}` };
}

/** Joined as a sentence: "A, B or C". */
export function orList(names: string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}
