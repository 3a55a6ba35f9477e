import { describe, expect, it } from 'vitest';
import { rateWordDifficulty } from './rate-word-difficulty.ts';

/**
 * Words with the level a learner would agree on (JLPT N5 = 1 … N1 and beyond = 5), written before
 * the rating used EDICT's priority marks; `common` is EDICT's (P) mark for the word.
 */
const agreed: [word: string, level: number, common: boolean][] = [
  ['天気', 1, true], ['電車', 1, true], ['新聞', 1, true],
  ['地図', 2, true], ['野菜', 2, true], ['運転', 2, true], ['料理', 2, true],
  ['邪魔', 3, true], ['残念', 3, true], ['複雑', 3, true], ['到着', 3, true],
  ['見直す', 3, true], ['拡大', 3, true], ['維持', 4, true], ['概念', 4, true], ['貴重', 4, true], ['曖昧', 4, true],
  ['憂鬱', 5, true], ['覚醒', 5, true], ['魑魅魍魎', 5, false],
];

describe('rateWordDifficulty', () => {
  it('lands within one level of the agreed level for every word', () => {
    const off = agreed
      .map(([word, level, common]) => ({ word, level, rated: rateWordDifficulty(word, null, common) }))
      .filter(({ level, rated }) => Math.abs(level - rated) > 1);
    expect(off).toEqual([]);
  });

  it('ranks the words in the agreed order (rank correlation 0.75 or more)', () => {
    const rated = agreed.map(([word, , common]) => rateWordDifficulty(word, null, common));
    expect(spearman(agreed.map(([, level]) => level), rated)).toBeGreaterThanOrEqual(0.75);
  });

  it('rates a rare kana word above a common one', () => {
    expect(rateWordDifficulty('ぼちぼち', 5000, false)).toBeGreaterThan(rateWordDifficulty('ゆっくり', 5000, true));
  });
});

/** Spearman's rank correlation, ties given their average rank. */
function spearman(first: number[], second: number[]): number {
  const ranks = (values: number[]) => values.map((value) => {
    const below = values.filter((other) => other < value).length;
    const equal = values.filter((other) => other === value).length;
    return below + (equal + 1) / 2;
  });
  const [a, b] = [ranks(first), ranks(second)];
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const [meanA, meanB] = [mean(a), mean(b)];
  let covariance = 0;
  let varianceA = 0;
  let varianceB = 0;
  a.forEach((value, index) => {
    covariance += (value - meanA) * (b[index] - meanB);
    varianceA += (value - meanA) ** 2;
    varianceB += (b[index] - meanB) ** 2;
  });
  return covariance / Math.sqrt(varianceA * varianceB);
}
