import { describe, expect, it } from 'vitest';
import { rateLimitedFetch } from './rate-limited-fetch.ts';

describe('rateLimitedFetch', () => {
  it('ends a wait for a slot when its signal aborts, and sends nothing more', async () => {
    const sent: string[] = [];
    const inner: typeof fetch = async (input) => {
      sent.push(String(input));
      return new Response('{}');
    };
    const cancel = new AbortController();
    // One request every 1000 seconds: the second waits until the cancel ends it.
    const limited = rateLimitedFetch(0.001, inner, cancel.signal);
    await limited('http://notion.test/first');
    const second = limited('http://notion.test/second');
    const reason = new Error('the job was cancelled');
    cancel.abort(reason);
    await expect(second).rejects.toBe(reason);
    await expect(limited('http://notion.test/third')).rejects.toBe(reason);
    expect(sent).toEqual(['http://notion.test/first']);
  });

  it('hands the signal to each request, beside the one the caller passes', async () => {
    const signals: (AbortSignal | null | undefined)[] = [];
    const inner: typeof fetch = async (_input, init) => {
      signals.push(init?.signal);
      return new Response('{}');
    };
    const job = new AbortController();
    const caller = new AbortController();
    const limited = rateLimitedFetch(1000, inner, job.signal);
    await limited('http://notion.test/', { signal: caller.signal });
    await limited('http://notion.test/');
    caller.abort();
    expect(signals.map((signal) => signal?.aborted)).toEqual([true, false]);
    job.abort();
    expect(signals.map((signal) => signal?.aborted)).toEqual([true, true]);
  });
});
