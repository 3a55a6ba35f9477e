import { describe, expect, it } from 'vitest';
import { firstLineAtOrAfter } from './sorted-lines.ts';

describe('firstLineAtOrAfter', () => {
  const body = Buffer.from('apple\t1\nbanana\t2\nbanana\t3\ncherry\t4\n');
  const keyAt = (start: number) => body.toString('utf8', start, body.indexOf(9, start));
  const keyOfLine = (start: number) => (start < body.length ? keyAt(start) : undefined);

  it('finds the first line of a key that has several, the next key for a missing one, and the end past the last', () => {
    expect(keyOfLine(firstLineAtOrAfter(body, 'banana', keyAt))).toBe('banana');
    expect(body.toString('utf8', firstLineAtOrAfter(body, 'banana', keyAt)).startsWith('banana\t2')).toBe(true);
    expect(keyOfLine(firstLineAtOrAfter(body, 'a', keyAt))).toBe('apple');
    expect(keyOfLine(firstLineAtOrAfter(body, 'blueberry', keyAt))).toBe('cherry');
    expect(firstLineAtOrAfter(body, 'date', keyAt)).toBe(body.length);
  });

  it('answers the end for an empty body', () => {
    expect(firstLineAtOrAfter(Buffer.alloc(0), 'a', () => '')).toBe(0);
  });
});
