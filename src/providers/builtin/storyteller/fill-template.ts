export type AgeBand = 'young' | 'older';

/**
 * Fills a sentence: `{name}` placeholders from `values`, `{plain|rich}` word choices by age band,
 * `[[…]]` clauses only for older listeners. A placeholder with no value is left out with its space.
 */
export function fillTemplate(template: string, values: Record<string, string>, band: AgeBand): string {
  return template
    .replace(/\[\[(.*?)\]\]/g, (_, clause: string) => (band === 'older' ? clause : ''))
    .replace(/\{([^{}|]+)\|([^{}]+)\}/g, (_, plain: string, rich: string) => (band === 'older' ? rich : plain))
    .replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '')
    .replace(/\s{2,}/g, ' ')
    .replace(/\s+([,.!?])/g, '$1')
    .trim();
}

/** Capitalises the first letter, for names and sentence starts. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const smallTitleWords = new Set(['a', 'an', 'the', 'of', 'at', 'to', 'and', 'in', 'on', 'for']);

/** "the end of the rainbow" → "the End of the Rainbow" (the caller capitalises a title's first word). */
export function titleCase(text: string): string {
  return text.split(' ').map((word) => (smallTitleWords.has(word) ? word : capitalise(word))).join(' ');
}

/** "a hedgehog", "an owl", "a unicorn": the article by sound, for the words the storyteller knows. */
export function withArticle(phrase: string): string {
  return /^(?:[aeio]|u(?!ni|se|su))/i.test(phrase) ? `an ${phrase}` : `a ${phrase}`;
}

/** "space", "space and cats", "space, cats and trains". */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
