/**
 * Subtitles cut speech where a line fills up, not where a sentence ends: a cue that stops on a
 * particle or a continuative form (俺が / 先に行く, 掘って / 見つけた) says half a thought. Its
 * example, and the next cue's, show both cues with a visible boundary between them (" / "), when
 * the two follow each other within a pause and fit the example's length. Items are still found in
 * each cue alone, so none is made of two cues' characters.
 */
import { maxExampleChars } from './example-sentence.ts';
import type { JapaneseToken } from './japanese-tokenizer.ts';

/** What a learner sees between two cues' text in one example. */
export const cueBoundary = ' / ';

/** Longest silence between two cues that still read as one utterance. */
const maxPauseSeconds = 2;

/**
 * Particles after which speech goes on: case and topic particles (が, を, は, も, の) and the て/で
 * of a clause. Sentence-final particles, and those casual speech ends on (けど, かも, から), do not
 * count: 調子いいんだけど is a whole remark.
 */
const continuingParticles = new Set(['格助詞', '係助詞', '連体化', '並立助詞']);

/** Whether `tokens` (one sentence, the last part of its cue) stop mid-phrase. */
export function endsMidPhrase(tokens: JapaneseToken[]): boolean {
  const last = tokens.at(-1);
  if (!last) return false;
  if (last.pos === '助詞') return continuingParticles.has(last.posDetail) || (last.posDetail === '接続助詞' && (last.surface === 'て' || last.surface === 'で'));
  return (last.pos === '動詞' || last.pos === '形容詞') && last.conjugatedForm.startsWith('連用');
}

export interface CueSentence {
  text: string;
  start: number | null;
  end: number | null;
  cue: number;
}

/**
 * The example for sentence `index` whose own example is `own`: joined with the next cue's first
 * sentence when this one stops mid-phrase, else with the previous cue's last when that one does
 * (`midPhrase` says which do). One join at most, so an example shows two cues, never a chain.
 * Unchanged when `own` is not the whole sentence (it was already cut to length) or a join would
 * pass the example's length.
 */
export function exampleAcrossCues(sentences: CueSentence[], midPhrase: ArrayLike<number>, index: number, own: string): string {
  const sentence = sentences[index];
  if (own !== sentence.text) return own;
  const next = sentences[index + 1];
  if (next && midPhrase[index] && follows(sentence, next) && fits(own, next.text)) return own + cueBoundary + next.text;
  const previous = sentences[index - 1];
  if (previous && midPhrase[index - 1] && follows(previous, sentence) && fits(previous.text, own)) return previous.text + cueBoundary + own;
  return own;
}

/** `second` is the first sentence of the cue right after `first`'s, within a pause. */
function follows(first: CueSentence, second: CueSentence): boolean {
  if (second.cue !== first.cue + 1) return false;
  if (first.end === null || second.start === null) return true;
  return second.start - first.end <= maxPauseSeconds;
}

function fits(left: string, right: string): boolean {
  return left.length + cueBoundary.length + right.length <= maxExampleChars;
}
