import type { TranscriptCue, VocabularyItem } from '../vocabulary-contracts.ts';
import { mainExpressions, shorten, titleFrom } from './main-expressions.ts';
import type { ShortSubtitle } from './shorts-contracts.ts';

/** At most this many glosses under one Japanese line, so the English stays readable on a phone. */
const glossesPerLine = 3;

export interface ClipDescription {
  title: string;
  expressions: { expression: string; reading: string; english: string | null }[];
  subtitles: ShortSubtitle[];
}

/**
 * What a clip shows: every cue inside it as a Japanese line, under it the English of the expressions
 * of that cue that have a meaning (none for those without), and a title from its main expressions.
 */
export function describeClip(cues: TranscriptCue[], items: VocabularyItem[], start: number, end: number, fallbackTitle: string): ClipDescription {
  const main = mainExpressions(items, start, end);
  const subtitles: ShortSubtitle[] = [];
  for (const cue of cues) {
    if (cue.start === null || cue.end === null || cue.end <= start || cue.start >= end || !cue.text.trim()) continue;
    // Only expressions with a meaning from the glossary or a dictionary: romaji under a word teaches nothing.
    const inCue = mainExpressions(items, cue.start, Math.max(cue.end, cue.start + 0.001))
      .filter((item) => item.english?.trim() && item.meaningSource !== 'none').slice(0, glossesPerLine);
    subtitles.push({
      start: round(Math.max(0, cue.start - start)),
      end: round(Math.min(end, cue.end) - start),
      japanese: cue.text.replace(/\s+/g, ' ').trim(),
      english: inCue.map((item) => `${item.expression} = ${shorten(item.english!)}`).join(' · '),
    });
  }
  return {
    title: titleFrom(main, fallbackTitle),
    expressions: main.slice(0, 12).map(({ expression, reading, english }) => ({ expression, reading, english })),
    subtitles,
  };
}

const round = (value: number) => Math.round(value * 1000) / 1000;
