import { describe, expect, it } from 'vitest';
import { parseByteRange } from './parse-byte-range.ts';

describe('parseByteRange', () => {
  it('serves the whole resource without a header, or with one it does not take', () => {
    expect(parseByteRange(undefined, 100)).toEqual({ kind: 'whole' });
    expect(parseByteRange('bytes=0-1,5-6', 100)).toEqual({ kind: 'whole' });
    expect(parseByteRange('items=0-1', 100)).toEqual({ kind: 'whole' });
    expect(parseByteRange('bytes=-', 100)).toEqual({ kind: 'whole' });
  });

  it('reads closed, open-ended and suffix ranges, clamping the end to the size', () => {
    expect(parseByteRange('bytes=0-9', 100)).toEqual({ kind: 'range', start: 0, end: 9 });
    expect(parseByteRange('bytes=90-', 100)).toEqual({ kind: 'range', start: 90, end: 99 });
    expect(parseByteRange('bytes=90-1000', 100)).toEqual({ kind: 'range', start: 90, end: 99 });
    expect(parseByteRange('bytes=-10', 100)).toEqual({ kind: 'range', start: 90, end: 99 });
    expect(parseByteRange('bytes=-1000', 100)).toEqual({ kind: 'range', start: 0, end: 99 });
  });

  it('says when a range starts past the end', () => {
    expect(parseByteRange('bytes=100-', 100)).toEqual({ kind: 'unsatisfiable' });
    expect(parseByteRange('bytes=0-0', 0)).toEqual({ kind: 'unsatisfiable' });
    expect(parseByteRange('bytes=-0', 100)).toEqual({ kind: 'unsatisfiable' });
    expect(parseByteRange('bytes=-10', 0)).toEqual({ kind: 'unsatisfiable' });
    // An end before the start is an invalid range, which the RFC lets a server refuse.
    expect(parseByteRange('bytes=5-2', 100)).toEqual({ kind: 'unsatisfiable' });
  });
});
