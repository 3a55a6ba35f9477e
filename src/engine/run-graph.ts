import { CancelledError } from './errors/index.ts';

export interface GraphTask {
  name: string;
  /** Names of tasks that must finish first; every one must be a task of the same graph. */
  after: string[];
}

export interface RunGraphOptions {
  /** Most tasks running at once. */
  concurrency: number;
  /** Aborting it stops new tasks from starting; the tasks themselves are expected to stop too. */
  signal: AbortSignal;
  run(name: string): Promise<void>;
}

/**
 * Runs tasks as soon as the tasks they wait for are done, at most `concurrency` at a time, preferring
 * the order given. After the first failure nothing new starts; tasks already running are waited for
 * (what they finish is kept, e.g. in the step cache, for the next try) and then the failure is thrown.
 * When the signal aborts before every task is done, throws CancelledError instead.
 */
export async function runGraph(tasks: GraphTask[], options: RunGraphOptions): Promise<void> {
  const { concurrency, signal } = options;
  const waiting = new Map(tasks.map((task) => [task.name, task.after]));
  const done = new Set<string>();
  const running = new Map<string, Promise<void>>();
  let failure: { error: unknown } | undefined;

  for (;;) {
    if (failure === undefined && !signal.aborted) {
      for (const [name, after] of waiting) {
        if (running.size >= concurrency) break;
        if (!after.every((dependency) => done.has(dependency))) continue;
        waiting.delete(name);
        const settled = options.run(name).then(
          () => { done.add(name); },
          (error: unknown) => { failure ??= { error }; },
        ).finally(() => running.delete(name));
        running.set(name, settled);
      }
    }
    if (running.size === 0) break;
    await Promise.race(running.values());
  }

  // A task that failed because of the abort reports a cancel, not a failure of its own.
  if (signal.aborted && (waiting.size > 0 || failure !== undefined)) {
    throw new CancelledError(undefined, { cause: signal.reason });
  }
  if (failure !== undefined) throw failure.error;
}
