/**
 * Joins neighbouring cues into whole sentences: subtitles cut speech at arbitrary places, and a
 * learner needs the whole sentence as the example. A sentence ends at 。！？!? , at a pause longer
 * than `pauseSeconds` between cues, at an untimed line's end, or when it grows past `maxChars`.
 * Each sentence keeps where each cue's text begins in it, so an expression gets its own cue's time.
 */
import type { TranscriptCue } from '../vocabulary-contracts.ts';

export interface SentencePiece {
  /** Offset of this cue's text in the sentence (NFKC-normalised text). */
  offset: number;
  start: number | null;
  end: number | null;
}

export interface BuiltSentence {
  text: string;
  start: number | null;
  end: number | null;
  pieces: SentencePiece[];
}

export interface SentenceOptions {
  pauseSeconds?: number;
  maxChars?: number;
}

const sentenceEnd = /[。！？!?]+[」』）)]*/g;

export function buildSentences(cues: TranscriptCue[], options: SentenceOptions = {}): BuiltSentence[] {
  const pauseSeconds = options.pauseSeconds ?? 1;
  const maxChars = options.maxChars ?? 120;
  const sentences: BuiltSentence[] = [];
  const state: { current: BuiltSentence | null } = { current: null };
  const close = () => {
    const current = state.current;
    if (current && current.text.trim()) sentences.push({ ...current, text: current.text.trimEnd() });
    state.current = null;
  };
  cues.forEach((cue, index) => {
    const previous = cues[index - 1];
    const paused = previous && (cue.start === null || previous.end === null || cue.start - previous.end > pauseSeconds);
    if (paused) close();
    // NFKC folds full-width ｗ, ８ and half-width kana so the glossary matches one spelling.
    const text = cue.text.normalize('NFKC');
    let from = 0;
    for (const match of text.matchAll(sentenceEnd)) {
      append(text.slice(from, match.index + match[0].length), cue);
      close();
      from = match.index + match[0].length;
    }
    append(text.slice(from), cue);
  });
  close();
  return sentences;

  function append(part: string, cue: TranscriptCue) {
    if (!part.trim()) return;
    if (state.current && state.current.text.length + part.length > maxChars) close();
    const current = (state.current ??= { text: '', start: cue.start, end: cue.end, pieces: [] });
    const text = current.text ? part : part.trimStart();
    current.pieces.push({ offset: current.text.length, start: cue.start, end: cue.end });
    current.text += text;
    current.end = cue.end;
  }
}

/** The piece (cue) holding a character offset of the sentence. */
export function pieceAt(sentence: BuiltSentence, offset: number): SentencePiece {
  let found = sentence.pieces[0];
  for (const piece of sentence.pieces) {
    if (piece.offset > offset) break;
    found = piece;
  }
  return found;
}
