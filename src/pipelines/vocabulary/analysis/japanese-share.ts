/**
 * The share of letters that are Japanese (kana or kanji) as opposed to other scripts; digits,
 * punctuation, spaces and laughing `w` runs are not letters for this purpose.
 */
const japaneseLetter = /[\u3041-\u3096\u309D-\u309F\u30A1-\u30FA\u30FC-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\u3005\uFF66-\uFF9F]/u;
const anyLetter = /\p{L}/u;

export function japaneseShare(texts: Iterable<string>): number {
  let japanese = 0;
  let letters = 0;
  for (const text of texts) {
    for (const character of text.replace(/[wWｗＷ]{2,}/g, '')) {
      if (japaneseLetter.test(character)) {
        japanese += 1;
        letters += 1;
      } else if (anyLetter.test(character)) letters += 1;
    }
  }
  return letters === 0 ? 0 : japanese / letters;
}
