import type { VocabularyEntry } from '../store/vocabulary-entry.ts';
import { countPostLength, longestPost } from './count-post-length.ts';

/** How many "word of the day" posts one export writes: the most frequent items first. */
export const postsPerExport = 10;

export interface SocialPost {
  expressionId: string;
  text: string;
  /** Its length as X counts it (always ≤ 280). */
  length: number;
}

function compose(entry: VocabularyEntry, sentence: string | null): string {
  const reading = entry.reading && entry.reading !== entry.expression ? `${entry.reading}, ${entry.romaji}` : entry.romaji;
  const lines = [`Word of the day: ${entry.expression}${reading ? ` (${reading})` : ''}`];
  if (entry.english) lines.push(`= ${entry.english}`);
  if (sentence) lines.push(`「${sentence}」`);
  if (entry.example?.link) lines.push(`▶ ${entry.example.link}`);
  lines.push(entry.meaningSource === 'jmdict' ? '#Japanese #日本語 (meaning: JMdict, CC BY-SA)' : '#Japanese #日本語');
  return lines.join('\n');
}

/**
 * "Word of the day" posts for the top items, each with the moment in the stream it was heard. A
 * sentence too long for the limit is shortened with an ellipsis, then dropped; the meaning, then.
 */
export function exportPosts(entries: readonly VocabularyEntry[], count = postsPerExport): SocialPost[] {
  return entries.slice(0, count).map((entry) => {
    let sentence = entry.example?.sentence ?? null;
    let text = compose(entry, sentence);
    while (countPostLength(text) > longestPost && sentence) {
      const characters = [...sentence];
      sentence = characters.length > 8 ? `${characters.slice(0, characters.length - 4).join('')}…` : null;
      text = compose(entry, sentence);
    }
    if (countPostLength(text) > longestPost) text = compose({ ...entry, english: entry.english && `${[...entry.english].slice(0, 60).join('')}…` }, null);
    if (countPostLength(text) > longestPost) text = [...text].slice(0, 120).join('');
    return { expressionId: entry.id, text, length: countPostLength(text) };
  });
}
