import { glossIdea, glossLanguages, type IdeaGloss } from './gloss-idea.ts';
import { readIdeaLanguage, readLanguages, type LanguageReading } from './read-idea-language.ts';
import { freedictLanguages, freedictPackage } from './read-freedict.ts';

/**
 * The languages whose ideas are also read through glosses: those our term lists are written for. Italian,
 * Portuguese, Dutch, Polish and Swedish ideas read through glosses alone (their dictionary knowing 75% of
 * their words) were tried and left out: on the held-out red-team sets one Dutch and one Portuguese unsafe
 * idea, refused as unreadable before, were let through (bench:safety), so they stay refused as unreadable.
 */
const glossedLanguages = [...readLanguages].filter((code) => code in freedictLanguages);

export interface IdeaLanguageReading extends LanguageReading {
  /** The idea in English word by word, when it is readable, not English, and a dictionary knows its words. */
  gloss?: IdeaGloss;
}

/**
 * readIdeaLanguage, with FreeDict: a readable Latin-script idea that is not mostly English is also glossed
 * word by word (see gloss-idea.ts), so the English checks read French, Spanish and German beside their term
 * lists. What readIdeaLanguage cannot read stays unreadable.
 */
export function readIdeaWithGlosses(text: string): IdeaLanguageReading {
  const language = readIdeaLanguage(text);
  if (language.english || !language.readable) return language;
  const gloss = glossIdea(text);
  return gloss ? { ...language, gloss } : language;
}

/** For health and doctor: which languages glosses read, and which Debian packages would add one. */
export function describeGlossLanguages(): { read: string[]; missing: Array<{ language: string; package: string }>; description: string } {
  const installed = glossLanguages();
  const read = glossedLanguages.filter((code) => installed.includes(code)).map((code) => freedictLanguages[code]);
  const missing = glossedLanguages.filter((code) => !installed.includes(code)).map((code) => ({ language: freedictLanguages[code], package: freedictPackage(code) }));
  const adding = missing.length === 0 ? '' : `; apt-get install ${missing.map((entry) => entry.package).join(' ')} adds ${missing.map((entry) => entry.language).join(', ')}`;
  const readSentence = read.length > 0 ? `story ideas in ${read.join(', ')} also read through FreeDict glosses` : 'no FreeDict dictionary: story ideas in French, Spanish and German are read by their term lists only';
  return { read, missing, description: `${readSentence}${adding}` };
}
