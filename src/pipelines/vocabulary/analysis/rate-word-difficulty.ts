/**
 * Difficulty 1-5 for an ordinary word. The main signal is the school grade of its hardest kanji
 * (kyōiku list): it tracks how late a Japanese reader meets the word. IPADIC's word cost is used only
 * for kana-only words, where there is no kanji to go by: measured on IPADIC, costs barely separate
 * common from rare nouns (概念 5604, 憂鬱 5622, 魑魅魍魎 5622), so they only nudge.
 */
import { hardestKanjiGrade, kanjiGrade } from './kyoiku-kanji.ts';

/** IPADIC costs above this (for kana words) are the less usual ones. */
const rareKanaCost = 6500;

export function rateWordDifficulty(dictionaryForm: string, wordCost: number | null, _common?: boolean): number {
  const grade = hardestKanjiGrade(dictionaryForm);
  if (grade === 0) return wordCost !== null && wordCost > rareKanaCost ? 3 : 2;
  const grades = [...dictionaryForm].map(kanjiGrade).filter((value): value is number => value !== null);
  const base = grade <= 2 ? 2 : grade <= 6 ? 3 : 4;
  // A word made only of kanji past primary school (憂鬱, 魑魅魍魎) is a step harder than one with a known kanji (概念).
  const extra = grades.length >= 2 && grades.every((value) => value === 7) ? 1 : 0;
  return Math.min(5, base + extra);
}
