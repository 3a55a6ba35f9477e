import { glossIdea, glossLanguageGuesses } from './gloss-idea.ts';
import { analyseWordForms, canAnalyse, type WordForms } from './analyse-word-forms.ts';
import { readIdeaLanguage } from './read-idea-language.ts';
import { readsWhole, readTranslation, type IdeaTranslation } from './read-translation.ts';
import { canTranslate, installedRoutes, translateIdeaBy } from './translate-idea.ts';

/**
 * The prompt check's view of Apertium, worked out beforehand (the check itself is synchronous): a translation per
 * text, and for a text the gloss may read in Dutch, Swedish or Polish, its words by the analyser of each such language.
 */
export interface IdeaTranslations {
  read(text: string): IdeaTranslation | undefined;
  wordForms?(text: string): ReadonlyMap<string, WordForms> | undefined;
}

/**
 * The language the checks would read a text in through Apertium, if any: one they cannot read otherwise (Italian,
 * Portuguese: franc's guess), or one they read by term lists and glosses (Spanish, French: the dictionary that knows
 * most of its words, as the gloss picks it).
 */
export function languageToTranslate(text: string): string | undefined {
  const language = readIdeaLanguage(text);
  if (language.english) return undefined;
  const code = language.readable ? glossIdea(text)?.language : language.code;
  return code !== undefined && canTranslate(code) ? code : undefined;
}

/**
 * Each text the checks would read through Apertium, translated (a fifth of a second): by its language's first route,
 * and when that leaves a word unknown by the next (through Catalan, some 0.4 s more), the one that leaves fewest
 * unknown words read, the first on a tie.
 */
export async function translateIdeas(texts: string[], signal?: AbortSignal): Promise<IdeaTranslations> {
  const translations = new Map<string, IdeaTranslation>();
  for (const text of texts) {
    const language = languageToTranslate(text);
    if (!language) continue;
    let best: IdeaTranslation | undefined;
    for (const route of installedRoutes(language)) {
      const marked = await translateIdeaBy(route, text, signal);
      const read = marked === undefined ? undefined : readTranslation(marked, language, route.pivot);
      if (read && (best === undefined || read.unknownWords.length < best.unknownWords.length)) best = read;
      if (best && readsWhole(best)) break;
    }
    if (best) translations.set(text, best);
  }
  const forms = new Map<string, Map<string, WordForms>>();
  for (const text of texts) {
    if (readIdeaLanguage(text).english) continue;
    for (const language of glossLanguageGuesses(text).filter(canAnalyse)) {
      const read = await analyseWordForms(language, text, signal);
      if (read) forms.set(text, (forms.get(text) ?? new Map()).set(language, read));
    }
  }
  return { read: (text) => translations.get(text), wordForms: (text) => forms.get(text) };
}
