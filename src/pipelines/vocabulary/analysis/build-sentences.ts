/**
 * Cuts a transcript into the units the analyser reads: each cue on its own, split after 。！？!?.
 * Cues are never joined: subtitles cut speech at arbitrary places, and joining them glued examples
 * of 120 characters and made words out of the end of one cue and the start of the next (罰ゲームな|え
 * became なえる). Each sentence keeps its cue's times, so an expression gets its own cue's time;
 * an example may still show the next cue beside it, marked (example-across-cues.ts).
 */
import type { TranscriptCue } from '../vocabulary-contracts.ts';

export interface BuiltSentence {
  /** Part of one cue's NFKC-normalised text. */
  text: string;
  start: number | null;
  end: number | null;
  /** Index of its cue in the transcript: sentences of neighbouring cues may share an example. */
  cue: number;
}

const sentenceEnd = /[。！？!?]+[」』）)]*/g;

export function buildSentences(cues: TranscriptCue[]): BuiltSentence[] {
  const sentences: BuiltSentence[] = [];
  for (const [cueIndex, cue] of cues.entries()) {
    // NFKC folds full-width ｗ, ８ and half-width kana so the glossary matches one spelling.
    const text = cue.text.normalize('NFKC');
    let from = 0;
    const add = (to: number) => {
      const part = text.slice(from, to).trim();
      if (part) sentences.push({ text: part, start: cue.start, end: cue.end, cue: cueIndex });
      from = to;
    };
    for (const match of text.matchAll(sentenceEnd)) add(match.index + match[0].length);
    add(text.length);
  }
  return sentences;
}
