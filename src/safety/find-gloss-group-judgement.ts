import { describesOtherThing } from './harsh-word-on-group.ts';
import { feelsAgainst, isBlight, judges } from './harsh-words.ts';
import { warningCategoriesOf } from './warning-categories.ts';
import type { WarningSign } from './warning-sign.ts';
import { sensesOf } from './wordnet-lexicon.ts';

/**
 * The same judgement in an idea read through a dictionary, word by word (`glosses`: each word's glosses in lower case,
 * see find-gloss-shapes): a word glossed as a people marked by who they are ("Juifs": jew) and, after it or just before
 * it, another glossed as a harsh word that is no feeling, or as a criminal ("sont méchants": poor, malicious, vicious;
 * "volent": fly, steal). The people is a gloss of one word that is a noun at least as often as a describing word (not
 * "be resident" for "wohnt", nor "same", a Lapp in WordNet's rarer meaning). A harsh word describing the next thing named
 * is said of that ("une famille juive ... le grand méchant loup"). Glosses carry no clauses, so a judgement anywhere after the group counts.
 */
export function findGlossGroupJudgement(glosses: readonly string[][]): WarningSign[] {
  const isPeople = (gloss: string) => /^[a-z]+$/.test(gloss) && warningCategoriesOf(gloss).has('people-group') && sensesOf(gloss, 'noun').length >= sensesOf(gloss, 'adj').length;
  const group = glosses.findIndex((wordGlosses) => wordGlosses.some(isPeople));
  if (group < 0) return [];
  const words = glosses.map((wordGlosses) => wordGlosses.flatMap((gloss) => gloss.match(/[a-z]+/g) ?? []));
  const judging = (at: number) => (word: string) => judges(word) || (at < group && feelsAgainst(word));
  const judgedAt = words.findIndex((wordWords, at) => at !== group && at >= group - 2 && wordWords.some(judging(at)) && !describesOtherThing(words[at], words[at + 1]?.[0], at + 1 === group));
  if (judgedAt < 0) return glossDistrust(words, group, glosses[group].find(isPeople)!);
  return [{ kind: 'a group of people judged', words: [glosses[group].find(isPeople)!, words[judgedAt].find(judging(judgedAt))!], strength: 'combination' }];
}

/**
 * Two judgements a gloss says in other words: a people said to be parasites or a pest just after they are named
 * ("Ausländer Schmarotzer sind": foreigner, parasite), and never to be trusted after them ("il ne faut jamais leur faire
 * confiance", "ihnen nie zu vertrauen": never … confidence, confide). A plain creature beside a people is no likeness in a
 * gloss, which has no "are like": "une famille juive et ses chiens".
 */
function glossDistrust(words: readonly string[][], group: number, people: string): WarningSign[] {
  const lessThanPeople = words.slice(group + 1, group + 3).flat().find(isBlight);
  const never = words.findIndex((wordWords, at) => at > group && wordWords.includes('never'));
  const trust = never < 0 ? undefined : words.slice(never + 1, never + 5).flat().find((word) => /^(?:trust|confidence|confide|rely)$/.test(word));
  const judgement = lessThanPeople ?? (trust ? `never … ${trust}` : undefined);
  return judgement ? [{ kind: 'a group of people judged', words: [people, judgement], strength: 'combination' }] : [];
}
