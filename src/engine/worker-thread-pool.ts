import type { ResourceLimits, Transferable, Worker } from 'node:worker_threads';
import { endThreadMessage, type ThreadTaskError } from './answer-thread-tasks.ts';
import { KilnError, ProviderFailedError, type ErrorCode } from './errors/index.ts';
import { startTypeScriptWorker } from './start-typescript-worker.ts';

/** A thread's answer to task `id`: the result's fields, or the error it met (see answer-thread-tasks.ts). */
export type ThreadTaskAnswer<Fields extends object> =
  | ({ id: number; error?: undefined } & Fields)
  | { id: number; error: ThreadTaskError };

export interface WorkerThreadPoolOptions<Answer, Result> {
  /** The thread's module; it answers each `{ id, … }` task with `{ id, …, error? }`. */
  url: URL;
  /** At most this many threads. */
  size: number;
  /** Names the thread in the error a crash gives, e.g. `A filter worker`. */
  crashLabel: string;
  /** Heap limits of each thread: work that outgrows them kills its thread, not the process. */
  resourceLimits?: ResourceLimits;
  /** The result an answer without an error carries. */
  readResult(answer: Extract<Answer, { error?: undefined }>): Result;
}

interface Pending<Task> {
  task: Task;
  transfer: Transferable[];
  resolve(result: unknown): void;
  reject(error: unknown): void;
}

/**
 * Threads that run CPU-bound work (filters, speech) so it never holds the event loop that answers
 * requests. Threads start on first use, take one task at a time in arrival order, and keep the
 * process alive only while they work on a task. A thread that crashes fails its task and is replaced by the next dispatch.
 */
export class WorkerThreadPool<Task extends object, Answer extends { error?: ThreadTaskError }, Result> {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Pending<Task & { id: number }>>();
  private readonly queue: Pending<Task & { id: number }>[] = [];
  private started = 0;
  private nextId = 1;

  private readonly options: WorkerThreadPoolOptions<Answer, Result>;

  // A plain field, not a parameter property: thread bodies load this file through Node's type
  // stripping, which refuses parameter properties.
  constructor(options: WorkerThreadPoolOptions<Answer, Result>) {
    this.options = options;
  }

  /** Runs `task` on a thread; `transfer` hands buffers over instead of copying them. */
  run(task: Task, { transfer = [], signal }: { transfer?: Transferable[]; signal?: AbortSignal } = {}): Promise<Result> {
    signal?.throwIfAborted();
    return new Promise<Result>((resolve, reject) => {
      const pending: Pending<Task & { id: number }> = { task: { ...task, id: this.nextId++ }, transfer, resolve: resolve as (result: unknown) => void, reject };
      signal?.addEventListener('abort', () => {
        // Still queued: dropped at once. Already running: its answer is thrown away.
        const index = this.queue.indexOf(pending);
        if (index >= 0) this.queue.splice(index, 1);
        reject(signal.reason);
      }, { once: true });
      this.queue.push(pending);
      this.dispatch();
    });
  }

  /**
   * Starts every thread now, ahead of its first task, so what a thread loads when it starts (a model,
   * a WASM program) is ready by the time work comes. Idle threads still keep no process alive.
   */
  start(): void {
    while (this.started < Math.max(1, this.options.size)) this.idle.push(this.startWorker());
  }

  /** Ends every thread: idle ones are asked to (and give their heap back first), busy ones are stopped. */
  async close(): Promise<void> {
    const idle = [...this.idle];
    this.idle.length = 0;
    await Promise.all([...idle.map(endIdleThread), ...[...this.busy.keys()].map((worker) => worker.terminate())]);
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const worker = this.idle.pop() ?? (this.started < Math.max(1, this.options.size) ? this.startWorker() : undefined);
      if (!worker) return;
      const pending = this.queue.shift()!;
      this.busy.set(worker, pending);
      // Held while it works, so a command awaiting the answer (a CLI narrating a story) cannot exit first.
      worker.ref();
      worker.postMessage(pending.task, pending.transfer);
    }
  }

  private startWorker(): Worker {
    const worker = startTypeScriptWorker(this.options.url, this.options.resourceLimits ? { resourceLimits: this.options.resourceLimits } : {});
    this.started += 1;
    worker.on('message', (answer: Answer) => {
      const pending = this.busy.get(worker);
      this.busy.delete(worker);
      this.idle.push(worker);
      worker.unref();
      if (pending) {
        const { error } = answer;
        if (error) pending.reject(new KilnError(error.code, error.message, error.isRetryable === undefined ? {} : { isRetryable: error.isRetryable }));
        else pending.resolve(this.options.readResult(answer as Extract<Answer, { error?: undefined }>));
      }
      this.dispatch();
    });
    worker.on('error', (error: Error) => {
      const pending = this.busy.get(worker);
      this.busy.delete(worker);
      this.started -= 1;
      pending?.reject(new ProviderFailedError(`${this.options.crashLabel} crashed: ${error.message}`, { cause: error, details: { threadCrashed: true } }));
      this.dispatch();
    });
    // Idle threads never keep the process alive. After the listeners, not before: adding the first
    // 'message' listener refs the worker's port again, and that one open port kept `kiln serve`
    // running after SIGTERM.
    worker.unref();
    return worker;
  }
}

/** How long an idle thread has to end by itself before it is stopped (a body that does not answer `endThreadMessage`). */
const endGraceMs = 2000;

function endIdleThread(worker: Worker): Promise<void> {
  if (worker.threadId < 0) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const stop = setTimeout(() => void worker.terminate(), endGraceMs);
    worker.once('exit', () => {
      clearTimeout(stop);
      resolve();
    });
    // Held until it has ended: a command awaiting this close may have nothing else keeping it alive.
    worker.ref();
    worker.postMessage(endThreadMessage);
  });
}
