import { describe, expect, it } from 'vitest';
import { shareReadsInFlight } from './share-reads-in-flight.ts';

describe('shareReadsInFlight', () => {
  it('gives callers that ask together one read, and reads again once it ended', async () => {
    let reads = 0;
    const read = shareReadsInFlight(async (key) => {
      reads += 1;
      const number = reads;
      await new Promise((resolve) => setTimeout(resolve, 5));
      return `${key}#${number}`;
    });
    const together = await Promise.all([read('a'), read('a'), read('b')]);
    expect(together).toEqual(['a#1', 'a#1', 'b#2']);
    expect(await read('a')).toBe('a#3');
  });

  it('lets every caller see a failed read fail, and the next one try again', async () => {
    let attempts = 0;
    const read = shareReadsInFlight(async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('database busy');
      return 'row';
    });
    await expect(Promise.all([read('a'), read('a')])).rejects.toThrow('database busy');
    expect(await read('a')).toBe('row');
  });
});
