import { glossIdea } from './gloss-idea.ts';
import { readIdeaLanguage } from './read-idea-language.ts';
import { readTranslation, type IdeaTranslation } from './read-translation.ts';
import { canTranslate, translateIdeaByEveryRoute } from './translate-idea.ts';

/** The prompt check's view of Apertium: a translation per text, worked out beforehand (the check itself is synchronous). */
export interface IdeaTranslations {
  read(text: string): IdeaTranslation | undefined;
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
 * Each text the checks would read through Apertium, translated by every route of its language side by side (a fifth
 * of a second): the translation read is the one that leaves fewest words unknown, the first route's on a tie.
 */
export async function translateIdeas(texts: string[], signal?: AbortSignal): Promise<IdeaTranslations> {
  const translations = new Map<string, IdeaTranslation>();
  for (const text of texts) {
    const language = languageToTranslate(text);
    if (!language) continue;
    const read = (await translateIdeaByEveryRoute(text, language, signal)).map(({ marked, pivot }) => readTranslation(marked, language, pivot));
    const best = read.reduce<IdeaTranslation | undefined>((kept, next) => (kept === undefined || next.unknownWords.length < kept.unknownWords.length ? next : kept), undefined);
    if (best) translations.set(text, best);
  }
  return { read: (text) => translations.get(text) };
}
