import { describe, expect, it } from 'vitest';
import { cueAt, cueShare, isIPlusOne, knownShare, streamShare } from './reader-shares.ts';

const word = (text: string, entryId: string | null, status: 'new' | 'learning' | 'known' | null, runningWords = 1) => ({ text, entryId, status, runningWords });

describe('comprehension shares', () => {
  const cue = [word('スパチャ', 'a', 'new'), word('ありがとう!', null, null, 1), word('配信', 'b', 'known', 2), word('!', null, null, 0)];

  it('counts running words: unknown expressions against everyday words and known ones', () => {
    const share = cueShare(cue, () => undefined);
    expect(share).toEqual({ total: 4, unknown: 1, unknownExpressions: 1 });
    expect(knownShare(share)).toBe(0.75);
    expect(isIPlusOne(share)).toBe(true);
  });

  it('follows marks made on the page over the status the page loaded with', () => {
    const marked = cueShare(cue, (id) => (id === 'a' ? 'known' : id === 'b' ? 'learning' : undefined));
    expect(marked).toEqual({ total: 4, unknown: 2, unknownExpressions: 1 });
    const noneKnown = cueShare(cue, () => 'learning');
    expect(isIPlusOne(noneKnown)).toBe(false);
  });

  it('counts a word heard twice in one cue as one expression, and has no share for a cue without words', () => {
    expect(cueShare([word('草', 'c', 'new'), word('草', 'c', 'new')], () => undefined).unknownExpressions).toBe(1);
    expect(knownShare(cueShare([word('!', null, null, 0)], () => undefined))).toBeNull();
    expect(streamShare([{ total: 4, unknown: 1, unknownExpressions: 1 }, { total: 6, unknown: 0, unknownExpressions: 0 }])).toBe(0.9);
  });

  it('finds the cue playing: the last one started, none before the first', () => {
    const cues = [{ start: 0.5 }, { start: 2 }, { start: null }, { start: 3.5 }];
    expect(cueAt(cues, 0.2)).toBe(-1);
    expect(cueAt(cues, 0.5)).toBe(0);
    expect(cueAt(cues, 2.7)).toBe(1);
    expect(cueAt(cues, 99)).toBe(3);
  });
});
