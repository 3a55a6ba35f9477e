import { describe, expect, it, vi } from 'vitest';
import type { ProgressEvent } from '../engine/progress-event.ts';
import { createQueuePositionCache } from './queue-position-cache.ts';

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

/** A queue whose places the test moves, counting how often it was asked. */
function fakeQueue(places: Record<string, number>) {
  const queue = { places, reads: 0, read: async (jobIds: string[]) => {
    queue.reads += 1;
    return new Map(jobIds.filter((id) => id in queue.places).map((id) => [id, queue.places[id]]));
  } };
  return queue;
}

describe('queue position cache', () => {
  it('answers polls of a waiting job from one read until a job event moves the line', async () => {
    // The test's clock stands still: a poll past half the entry's age (500 ms, which a busy machine
    // can take between two awaits) would start a background read and count as a second read.
    vi.useFakeTimers({ toFake: ['performance'] });
    try {
      const bus = fakeBus();
      const queue = fakeQueue({ a: 2 });
      const cache = createQueuePositionCache(bus, queue.read);
      expect((await cache.positions(['a'])).get('a')).toBe(2);
      expect((await cache.positions(['a'])).get('a')).toBe(2);
      expect(queue.reads).toBe(1);
      queue.places.a = 1;
      bus.emit('someone-else');
      expect((await cache.positions(['a'])).get('a')).toBe(1);
      expect(queue.reads).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('forgets every place when this process queues a job', async () => {
    const queue = fakeQueue({ a: 1 });
    const cache = createQueuePositionCache(fakeBus(), queue.read);
    await cache.positions(['a']);
    queue.places.a = 2;
    cache.forget();
    expect((await cache.positions(['a'])).get('a')).toBe(2);
  });

  it('remembers that a job is no longer waiting, and reads again after the age limit', async () => {
    // The test's clock: on a busy machine the second poll could otherwise come past half the age
    // and start a background read of its own.
    vi.useFakeTimers({ toFake: ['performance'] });
    try {
      const queue = fakeQueue({});
      const cache = createQueuePositionCache(fakeBus(), queue.read, { maxAgeMs: 5 });
      expect((await cache.positions(['gone'])).has('gone')).toBe(false);
      await cache.positions(['gone']);
      expect(queue.reads).toBe(1);
      vi.advanceTimersByTime(20);
      await cache.positions(['gone']);
      expect(queue.reads).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('does not keep a place read while an event arrived', async () => {
    const bus = fakeBus();
    const queue = fakeQueue({ a: 3 });
    const cache = createQueuePositionCache(bus, async (jobIds) => {
      const answer = await queue.read(jobIds);
      bus.emit('other');
      return answer;
    });
    expect((await cache.positions(['a'])).get('a')).toBe(3);
    await cache.positions(['a']);
    expect(queue.reads).toBe(2);
  });

  it('past half its age answers from the entry while one background read brings a newer place', async () => {
    // The clock is the test's, so a slow machine cannot age the entry past its limit between two polls.
    vi.useFakeTimers({ toFake: ['performance'] });
    try {
      const queue = fakeQueue({ a: 3 });
      let release: () => void = () => {};
      let started = 0;
      const cache = createQueuePositionCache(fakeBus(), async (jobIds) => {
        started += 1;
        if (started === 2) await new Promise<void>((resolve) => (release = resolve));
        return queue.read(jobIds);
      }, { maxAgeMs: 1000 });
      await cache.positions(['a']);
      vi.advanceTimersByTime(600);
      queue.places.a = 2;
      // Both polls are answered at once from the entry; only the first starts a read.
      expect((await cache.positions(['a'])).get('a')).toBe(3);
      expect((await cache.positions(['a'])).get('a')).toBe(3);
      expect(started).toBe(2);
      release();
      await vi.waitFor(async () => expect((await cache.positions(['a'])).get('a')).toBe(2));
      expect(started).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });
});
