import { describe, expect, it } from 'vitest';
import type { JobRecord, KilnRuntime } from '../../runtime/contracts.ts';
import { createJobDescriptionCache } from './job-description-cache.ts';

/** A runtime whose database answers the description queries with `pictures` and counts them. */
function fakeRuntime(pictures: Array<{ job_id: string; id: string }>) {
  const counted = { queries: 0 };
  const database = {
    query: async (sql: string) => {
      counted.queries += 1;
      return sql.includes('FROM assets') ? pictures : [];
    },
    transaction: async (work: (session: unknown) => Promise<unknown>) => work(database),
  };
  return { runtime: { database } as unknown as KilnRuntime, counted };
}

const job = (updatedAt: string) => ({ id: 'j1', ownerId: 'u1', pipeline: 'diagnostic', input: { label: 'Check' }, output: null, updatedAt }) as unknown as JobRecord;

describe('job description cache', () => {
  it('describes a polled job once per change of the job', async () => {
    const pictures: Array<{ job_id: string; id: string }> = [];
    const { runtime, counted } = fakeRuntime(pictures);
    const cache = createJobDescriptionCache(runtime);
    const [first] = await cache.describe('u1', [job('t1')]);
    expect(first).toMatchObject({ id: 'j1', title: 'Check', thumbnailAssetId: null });
    await cache.describe('u1', [job('t1')]);
    expect(counted.queries).toBe(1);

    pictures.push({ job_id: 'j1', id: 'picture-1' });
    const [changed] = await cache.describe('u1', [job('t2')]);
    expect(changed.thumbnailAssetId).toBe('picture-1');
    expect(counted.queries).toBe(2);
  });

  it('describes again after the age limit even when the job did not change', async () => {
    const { runtime, counted } = fakeRuntime([]);
    const clock = { ms: 0 };
    const cache = createJobDescriptionCache(runtime, { maxAgeMs: 5, now: () => clock.ms });
    await cache.describe('u1', [job('t1')]);
    clock.ms = 20;
    await cache.describe('u1', [job('t1')]);
    expect(counted.queries).toBe(2);
  });
});

describe('job description cache, refreshed ahead', () => {
  it('answers from the entry past half its age and describes the job again meanwhile', async () => {
    const pictures: Array<{ job_id: string; id: string }> = [];
    const { runtime, counted } = fakeRuntime(pictures);
    // The test's own clock: a busy machine's slow timers never age the entry past its limit.
    const clock = { ms: 0 };
    const cache = createJobDescriptionCache(runtime, { maxAgeMs: 200, now: () => clock.ms });
    await cache.describe('u1', [job('t1')]);
    pictures.push({ job_id: 'j1', id: 'picture-1' });
    clock.ms = 120;
    // Still within the age limit: answered at once from the entry, while the refresh runs.
    const [answered] = await cache.describe('u1', [job('t1')]);
    expect(answered.thumbnailAssetId).toBeNull();
    expect(counted.queries).toBe(2);
    // The refresh's queries answer at once: one turn of the event loop lets it store what it read.
    await new Promise((resolve) => setImmediate(resolve));
    const [refreshed] = await cache.describe('u1', [job('t1')]);
    expect(refreshed.thumbnailAssetId).toBe('picture-1');
    expect(counted.queries).toBe(2);
  });
});
