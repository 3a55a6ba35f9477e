import emojiLibrary from 'emojilib' with { type: 'json' };

const keywordsOf = emojiLibrary as unknown as Record<string, string[]>;
const pictographic = /[\p{Extended_Pictographic}\p{Regional_Indicator}]/u;
let emojiPattern: RegExp | undefined;

// Longest sequences first, so a family or a flag is read whole rather than as its parts.
function everyEmoji(): RegExp {
  emojiPattern ??= new RegExp(Object.keys(keywordsOf).sort((a, b) => b.length - a.length).map((emoji) => emoji.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gu');
  return emojiPattern;
}

/**
 * Writes each emoji as its name from emojilib (the keywords GitHub and Slack-style pickers use), so
 * "🔪🩸👶" is read as "kitchen knife drop of blood baby" by the same rules as words.
 */
export function nameEmoji(text: string): string {
  if (!pictographic.test(text)) return text;
  return text.replace(everyEmoji(), (emoji) => ` ${(keywordsOf[emoji]?.[0] ?? '').replaceAll('_', ' ')} `).replace(/[\uFE0F\u200D]/g, '');
}

/**
 * Every keyword emojilib gives the emoji of a text, as words ("🤐" is "zipper mouth face, ..., secret, hush"), empty
 * when there is none. The name alone reads "🤫" as a face; the warning signs also need what it stands for. The
 * keywords are a list of tags, not a sentence, so commas keep the phrase shapes from reading across two of them
 * ("green" and "fairy" of 🐉 are no green fairy, nor "black" and "cardinal" of ➡️ a black cardinal).
 */
export function emojiKeywords(text: string): string {
  if (!pictographic.test(text)) return '';
  return [...text.matchAll(everyEmoji())].flatMap((match) => keywordsOf[match[0]] ?? []).map((keyword) => keyword.replaceAll('_', ' ').toLowerCase()).join(', ');
}
