// The thread side of WorkerThreadPool, shared by every thread body. Loaded by Node itself (type
// stripping) inside those threads, so it keeps to syntax Node can strip.
import { parentPort, type Transferable } from 'node:worker_threads';
import { KilnError, type ErrorCode } from './errors/index.ts';
import { compactHeap } from './one-shot-heap.ts';

/** The Kiln error a thread met, as it crosses back (errors themselves cannot). */
export interface ThreadTaskError {
  code: ErrorCode;
  message: string;
  isRetryable?: boolean;
}

/**
 * What WorkerThreadPool posts to an idle thread it closes. The thread collects its own heap before
 * it ends: V8 keeps the pages of an ended thread's heap, garbage included, resident for later threads
 * to reuse (the garbage of loading kuromoji's dictionary stayed through `kiln vocab extract`'s database
 * run: 34 MB of its peak).
 */
export const endThreadMessage = { endThread: true } as const;

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
  port.on('message', async (task: Task | typeof endThreadMessage) => {
    if ('endThread' in task) {
      compactHeap();
      process.exit(0);
    }
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
