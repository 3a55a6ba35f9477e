import { describe, expect, it } from 'vitest';
import { sampleItem } from '../testing/sample-analysis.ts';
import { describeClip } from './describe-clip.ts';

describe('describeClip', () => {
  it('glosses only expressions with a meaning, never their romaji', () => {
    const cues = [{ start: 10, end: 13, text: '初見殺しやばい' }];
    const occurrences = [{ sentence: '初見殺しやばい', start: 10, end: 13, link: null }];
    const items = [
      sampleItem({ expression: 'やばい', romaji: 'yabai', english: 'crazy; awesome', meaningSource: 'glossary', kind: 'slang', occurrences }),
      sampleItem({ expression: '初見殺し', romaji: 'shokengoroshi', english: null, meaningSource: 'none', kind: 'word', occurrences }),
    ];
    const { subtitles } = describeClip(cues, items, 0, 30, 'Short 1');
    expect(subtitles).toEqual([{ start: 10, end: 13, japanese: '初見殺しやばい', english: 'やばい = crazy' }]);
  });
});
