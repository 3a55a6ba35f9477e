/**
 * A post's length as X counts it (twitter-text v3): characters in the ranges below weigh 1, every
 * other character (kana, kanji, emoji) weighs 2, and each URL weighs 23 whatever its length.
 */
export const longestPost = 280;

const urlPattern = /https?:\/\/\S+/g;
const urlWeight = 23;
const lightRanges: readonly [number, number][] = [[0, 4351], [8192, 8205], [8208, 8223], [8242, 8247]];

const weightOf = (codePoint: number): number => (lightRanges.some(([low, high]) => codePoint >= low && codePoint <= high) ? 1 : 2);

export function countPostLength(text: string): number {
  let length = 0;
  const withoutUrls = text.normalize('NFC').replace(urlPattern, () => {
    length += urlWeight;
    return '';
  });
  for (const character of withoutUrls) length += weightOf(character.codePointAt(0)!);
  return length;
}
