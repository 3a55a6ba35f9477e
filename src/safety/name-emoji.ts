import emojiKeywords from 'emojilib' with { type: 'json' };

let emojiPattern: RegExp | undefined;

/**
 * Writes each emoji as its name from emojilib (the keywords GitHub and Slack-style pickers use), so
 * "🔪🩸👶" is read as "kitchen knife drop of blood baby" by the same rules as words. Longest sequences
 * first, so a family or a flag is read whole rather than as its parts.
 */
export function nameEmoji(text: string): string {
  if (!/[\p{Extended_Pictographic}\p{Regional_Indicator}]/u.test(text)) return text;
  const names = emojiKeywords as unknown as Record<string, string[]>;
  emojiPattern ??= new RegExp(Object.keys(names).sort((a, b) => b.length - a.length).map((emoji) => emoji.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gu');
  return text.replace(emojiPattern, (emoji) => ` ${(names[emoji]?.[0] ?? '').replaceAll('_', ' ')} `).replace(/[\uFE0F\u200D]/g, '');
}
