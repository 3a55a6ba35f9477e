/**
 * Difficulty 1-5 for an ordinary word. The main signal is the school grade of its hardest kanji
 * (kyōiku list): it tracks how late a Japanese reader meets the word. The dictionary's priority mark
 * (EDICT's (P), from the news/ichi/spec frequency lists) says whether the word is in everyday use: nearly every
 * word a learner meets early carries it, so its absence makes a word a step harder, and a common word
 * of uncommon kanji (邪魔) is not rated like 魑魅魍魎. Without a dictionary, IPADIC's word cost nudges
 * kana-only words: measured on IPADIC, costs barely separate common from rare nouns.
 */
import { hardestKanjiGrade, kanjiGrade } from './kyoiku-kanji.ts';

/** IPADIC costs above this (for kana words) are the less usual ones. */
const rareKanaCost = 6500;

/** `common`: the dictionary's priority mark; undefined when no dictionary knows the word. */
export function rateWordDifficulty(dictionaryForm: string, wordCost: number | null, common?: boolean): number {
  const grade = hardestKanjiGrade(dictionaryForm);
  if (grade === 0) {
    if (common !== undefined) return common ? 2 : 3;
    return wordCost !== null && wordCost > rareKanaCost ? 3 : 2;
  }
  const grades = [...dictionaryForm].map(kanjiGrade).filter((value): value is number => value !== null);
  const base = grade <= 2 ? 2 : grade <= 6 ? 3 : 4;
  // A word made only of kanji past primary school is a step harder, unless the dictionary marks it common.
  const secondaryOnly = grades.length >= 2 && grades.every((value) => value === 7) && common !== true ? 1 : 0;
  const rare = common === false ? 1 : 0;
  return Math.min(5, base + secondaryOnly + rare);
}
