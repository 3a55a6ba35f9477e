import { describe, expect, it } from 'vitest';
import { sleep } from './backoff.ts';
import { CancelledError } from './errors/index.ts';
import { runGraph } from './run-graph.ts';

describe('runGraph', () => {
  it('never runs more tasks at once than allowed', async () => {
    let active = 0;
    let most = 0;
    const tasks = ['a', 'b', 'c', 'd', 'e'].map((name) => ({ name, after: [] }));
    await runGraph(tasks, {
      concurrency: 2,
      signal: new AbortController().signal,
      run: async () => {
        active += 1;
        most = Math.max(most, active);
        await sleep(10);
        active -= 1;
      },
    });
    expect(most).toBe(2);
  });

  it('starts nothing after a failure, waits for running tasks, then throws the failure', async () => {
    const finished: string[] = [];
    const failure = new Error('broken');
    const run = runGraph(
      [{ name: 'fails', after: [] }, { name: 'slow', after: [] }, { name: 'later', after: ['fails'] }, { name: 'other', after: [] }],
      {
        concurrency: 2,
        signal: new AbortController().signal,
        run: async (name) => {
          if (name === 'fails') throw failure;
          await sleep(30);
          finished.push(name);
        },
      },
    );
    await expect(run).rejects.toBe(failure);
    expect(finished).toEqual(['slow']);
  });

  it('throws CancelledError when aborted with work left', async () => {
    const controller = new AbortController();
    const started: string[] = [];
    const run = runGraph([{ name: 'first', after: [] }, { name: 'second', after: ['first'] }], {
      concurrency: 1,
      signal: controller.signal,
      run: async (name) => {
        started.push(name);
        controller.abort();
      },
    });
    await expect(run).rejects.toBeInstanceOf(CancelledError);
    expect(started).toEqual(['first']);
  });
});
