const abbreviations = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'mt', 'prof', 'e.g', 'i.e']);

/**
 * Splits narration into sentences: after . ! ? or … (with any closing quotes) when the next word
 * starts a new sentence (a capital, a digit or an opening quote). `"Hello!" she said.` stays one
 * sentence, as does `Mr. Fox came.`
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  const boundary = /[.!?…]+["'”’)]*\s+(?=["'“‘(]?[\p{Lu}\p{N}])/gu;
  let start = 0;
  for (const match of text.matchAll(boundary)) {
    const end = match.index + match[0].length;
    const candidate = text.slice(start, end).trim();
    const lastWord = /([\p{L}.]+)\.$/u.exec(candidate)?.[1]?.toLowerCase();
    if (lastWord && abbreviations.has(lastWord)) continue;
    sentences.push(candidate);
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}
