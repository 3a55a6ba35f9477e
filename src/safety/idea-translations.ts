import { readIdeaLanguage } from './read-idea-language.ts';
import { readTranslation, type IdeaTranslation } from './read-translation.ts';
import { canTranslate, translateIdea } from './translate-idea.ts';

/** The prompt check's view of Apertium: a translation per text, worked out beforehand (the check itself is synchronous). */
export interface IdeaTranslations {
  read(text: string): IdeaTranslation | undefined;
}

/** Whether the checks would read a text through Apertium: its language is not one they read otherwise, and Apertium has a route for it. */
export function mayTranslate(text: string): boolean {
  const language = readIdeaLanguage(text);
  return !language.readable && language.code !== undefined && canTranslate(language.code);
}

/** Each text the checks would read through Apertium, translated (one Apertium run each, a fifth of a second). */
export async function translateIdeas(texts: string[], signal?: AbortSignal): Promise<IdeaTranslations> {
  const translations = new Map<string, IdeaTranslation>();
  for (const text of texts.filter(mayTranslate)) {
    const language = readIdeaLanguage(text).code as string;
    const marked = await translateIdea(text, language, signal);
    if (marked) translations.set(text, readTranslation(marked, language));
  }
  return { read: (text) => translations.get(text) };
}
