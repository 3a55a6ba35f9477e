import { describe, expect, it } from 'vitest';
import { backoffDelay, sleep } from './backoff.ts';
import { CancelledError } from './errors/index.ts';

describe('backoffDelay', () => {
  const highest = () => 0.999_999;

  it('grows the ceiling exponentially from the base', () => {
    const options = { baseMs: 100, factor: 2, maxMs: 10_000, random: highest };
    expect([1, 2, 3, 4].map((failed) => backoffDelay(failed, options))).toEqual([99, 199, 399, 799]);
  });

  it('never exceeds the cap', () => {
    expect(backoffDelay(30, { baseMs: 100, factor: 3, maxMs: 2_000, random: highest })).toBe(1_999);
  });

  it('picks uniformly below the ceiling (full jitter)', () => {
    expect(backoffDelay(3, { baseMs: 100, random: () => 0 })).toBe(0);
    expect(backoffDelay(3, { baseMs: 100, random: () => 0.5 })).toBe(200);
  });

  it('defaults to a 500 ms base', () => {
    expect(backoffDelay(1, { random: highest })).toBe(499);
  });
});

describe('sleep', () => {
  it('waits about the asked time', async () => {
    const started = performance.now();
    await sleep(30);
    expect(performance.now() - started).toBeGreaterThanOrEqual(25);
  });

  it('rejects with CancelledError promptly when aborted', async () => {
    const controller = new AbortController();
    const started = performance.now();
    setTimeout(() => controller.abort(), 20);
    await expect(sleep(10_000, controller.signal)).rejects.toBeInstanceOf(CancelledError);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('rejects at once when the signal has already aborted', async () => {
    await expect(sleep(10_000, AbortSignal.abort())).rejects.toBeInstanceOf(CancelledError);
  });
});
