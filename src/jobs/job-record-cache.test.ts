import { describe, expect, it } from 'vitest';
import type { ProgressEvent } from '../engine/progress-event.ts';
import type { JobRecord } from '../runtime/contracts.ts';
import { createJobRecordCache } from './job-record-cache.ts';

function fakeBus() {
  const listeners: Array<(event: ProgressEvent) => void> = [];
  return {
    subscribeAll: async (listener: (event: ProgressEvent) => void) => {
      listeners.push(listener);
      return async () => {};
    },
    emit: (jobId: string) => listeners.forEach((listener) => listener({ type: 'job-start', jobId, at: '', steps: [] })),
  };
}

const record = (id: string) => ({ id, ownerId: 'u1', state: 'running' }) as JobRecord;

describe('job record cache', () => {
  it('serves a fresh record and forgets it when the job has an event', async () => {
    const bus = fakeBus();
    const cache = createJobRecordCache(bus);
    expect(await cache.get('j1')).toBeUndefined();
    cache.set(record('j1'), performance.now());
    expect(await cache.get('j1')).toMatchObject({ id: 'j1' });
    bus.emit('j1');
    expect(await cache.get('j1')).toBeUndefined();
  });

  it('does not keep a record read before an event that arrived during the read', async () => {
    const bus = fakeBus();
    const cache = createJobRecordCache(bus);
    await cache.get('j1');
    const readAt = performance.now();
    bus.emit('j1');
    cache.set(record('j1'), readAt);
    expect(await cache.get('j1')).toBeUndefined();
  });

  it('drops records older than the age limit', async () => {
    const cache = createJobRecordCache(fakeBus(), { maxAgeMs: 5 });
    cache.set(record('j1'), performance.now());
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await cache.get('j1')).toBeUndefined();
  });

  it('sends one reader for a newer copy past half the age limit and answers the others from the entry', async () => {
    const cache = createJobRecordCache(fakeBus(), { maxAgeMs: 100 });
    cache.set(record('j1'), performance.now());
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(await cache.get('j1')).toBeUndefined();
    expect(await cache.get('j1')).toMatchObject({ id: 'j1' });
    const newer = { ...record('j1'), state: 'succeeded' } as JobRecord;
    cache.set(newer, performance.now());
    expect(await cache.get('j1')).toBe(newer);
  });
});
