// The thread side of WorkerThreadPool, shared by every thread body. Loaded by Node itself (type
// stripping) inside those threads, so it keeps to syntax Node can strip.
import { parentPort, type Transferable } from 'node:worker_threads';
import { KilnError, type ErrorCode } from './errors/index.ts';
import type { ThreadTaskError } from './worker-thread-pool.ts';

export interface AnswerThreadTasksOptions<Result> {
  /** The code an error that is not a Kiln error crosses back as (never retried). */
  unknownErrorCode: ErrorCode;
  /** Buffers of the result to hand over instead of copying them. */
  transferOf?(result: Result): Transferable[];
}

/**
 * Runs `work` on each task posted to this thread and posts back `{ id, …result }`, or the error it
 * met. Errors cannot cross threads, so only a Kiln error's code, message and retry hint do.
 */
export function answerThreadTasks<Task extends { id: number }, Result extends object>(
  work: (task: Task) => Promise<Result>,
  options: AnswerThreadTasksOptions<Result>,
): void {
  const port = parentPort!;
  port.on('message', async (task: Task) => {
    try {
      const result = await work(task);
      port.postMessage({ id: task.id, ...result }, options.transferOf?.(result) ?? []);
    } catch (error) {
      port.postMessage({ id: task.id, error: toThreadTaskError(error, options.unknownErrorCode) });
    }
  });
}

function toThreadTaskError(error: unknown, unknownErrorCode: ErrorCode): ThreadTaskError {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof KilnError) return { code: error.code, message, isRetryable: error.isRetryable };
  return { code: unknownErrorCode, message, isRetryable: false };
}
