/**
 * An English idea read with its misspelt words put right ("mixs bleech with amonia" → "mix bleach with ammonia"),
 * so the rules read what the writer meant rather than what a typo (made or meant) hides. A word is put right only
 * when it is no word at all (not in WordNet, not among the sentence encoder's 8,000 commonest pieces) and a word one
 * keystroke away is: one letter dropped, added, changed, or two swapped. Among those, the commonest wins (the
 * encoder's SentencePiece score, then WordNet's count of senses), and one that keeps the first letter before one
 * that does not, as typists rarely miss the first. Names (a capital inside a sentence) and short words stay as written.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sentenceEncoderFolder } from './idea-meaning/load-sentence-encoder.ts';
import { isDictionaryWord, sensesOf } from './wordnet-lexicon.ts';

const alphabet = 'abcdefghijklmnopqrstuvwxyz';
// "zog", "boi": below four letters a keystroke away reaches too many words to guess which was meant.
const shortestRespelled = 4;

let commonWords: Map<string, number> | undefined;

/** The encoder's whole-word pieces and their scores (a log-likelihood: higher is commoner). */
function commonWordScores(): Map<string, number> {
  if (!commonWords) {
    const entries = JSON.parse(readFileSync(path.join(sentenceEncoderFolder(), 'vocab.json'), 'utf8')) as Array<[string, number]>;
    commonWords = new Map(entries.filter(([piece]) => /^▁[a-z]+$/.test(piece)).map(([piece, score]) => [piece.slice(1), score]));
  }
  return commonWords;
}

const isKnown = (word: string) => commonWordScores().has(word) || isDictionaryWord(word);

/** Every string one keystroke from `word`. */
function oneKeystrokeAway(word: string): Set<string> {
  const found = new Set<string>();
  for (let at = 0; at <= word.length; at += 1) {
    const [before, after] = [word.slice(0, at), word.slice(at)];
    if (after) found.add(before + after.slice(1));
    if (after.length > 1) found.add(before + after[1] + after[0] + after.slice(2));
    for (const letter of alphabet) {
      if (after) found.add(before + letter + after.slice(1));
      found.add(before + letter + after);
    }
  }
  found.delete(word);
  return found;
}

/** How common a known word is: its piece score when the encoder has it as a whole word, else far below, by its senses. */
function commonness(word: string): number {
  const score = commonWordScores().get(word);
  if (score !== undefined) return score;
  const senses = (['noun', 'verb', 'adj'] as const).reduce((sum, wordClass) => sum + sensesOf(word, wordClass).length, 0);
  return -30 + Math.min(senses, 10);
}

/** The word a misspelt one most likely stands for, or undefined when it is a word or no word is one keystroke away. */
export function respellWord(word: string): string | undefined {
  if (word.length < shortestRespelled || !/^[a-z]+$/.test(word) || isKnown(word)) return undefined;
  const candidates = [...oneKeystrokeAway(word)].filter(isKnown);
  if (candidates.length === 0) return undefined;
  const rank = (candidate: string) => (candidate[0] === word[0] ? 0 : -100) + commonness(candidate);
  return candidates.sort((first, second) => rank(second) - rank(first))[0];
}

/** The idea with its misspelt words put right, or undefined when none was. Words with a capital after a sentence's first are names. */
export function respellIdea(idea: string): string | undefined {
  let changed = false;
  const respelled = idea.replace(/(?<![\p{L}'])\p{L}+(?![\p{L}'])/gu, (word, offset: number) => {
    const startsSentence = /^\s*$|[.!?:]\s*$/.test(idea.slice(0, offset));
    if (!startsSentence && word[0] !== word[0].toLowerCase()) return word;
    const right = respellWord(word.toLowerCase());
    if (!right) return word;
    changed = true;
    return right;
  });
  return changed ? respelled : undefined;
}
