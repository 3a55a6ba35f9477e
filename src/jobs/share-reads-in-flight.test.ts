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

  it('does not hand a caller a read begun before the change it knows of, and shares its own new read', async () => {
    const rows = ['queued'];
    const releases: (() => void)[] = [];
    const read = shareReadsInFlight(async () => {
      const row = rows[0];
      await new Promise<void>((resolve) => releases.push(resolve));
      return row;
    });
    const before = read('job');
    rows[0] = 'cancelled';
    const changedAt = performance.now();
    while (performance.now() <= changedAt); // a clock tick apart, as an event heard and a later request are
    const after = read('job', changedAt);
    const later = read('job', changedAt);
    expect(releases).toHaveLength(2);
    for (const release of releases) release();
    expect(await Promise.all([before, after, later])).toEqual(['queued', 'cancelled', 'cancelled']);
  });
});
