import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { KilnError, ProviderFailedError, type ErrorCode } from '../../engine/errors/index.ts';
import type { RestyleFrameOptions, RestyledFrame } from './restyle-frame.ts';

/** One frame for a worker; palettes travel by name. */
export interface FilterTask {
  id: number;
  image: Uint8Array;
  preset: string;
  options: Omit<RestyleFrameOptions, 'palette'> & { palette?: string };
}

export type FilterTaskAnswer = { id: number; frame: RestyledFrame; error?: undefined } | { id: number; frame?: undefined; error: { code: ErrorCode; message: string } };

interface Pending {
  task: FilterTask;
  resolve(frame: RestyledFrame): void;
  reject(error: unknown): void;
}

/**
 * Worker threads that run the filters, so a 20–40 ms filter never blocks the event loop that
 * moves every other session's frames, and several frames are filtered on several cores at once.
 * Workers start on first use and do not keep the process alive.
 */
export class FilterWorkerPool {
  private readonly size: number;
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Pending>();
  private readonly queue: Pending[] = [];
  private started = 0;
  private nextId = 1;

  constructor(size: number) {
    this.size = Math.max(1, size);
  }

  run(image: Uint8Array, preset: string, options: FilterTask['options'], signal?: AbortSignal): Promise<RestyledFrame> {
    signal?.throwIfAborted();
    return new Promise((resolve, reject) => {
      // A copy, as the bytes are handed over to the worker and the caller may still hold them.
      const pending: Pending = { task: { id: this.nextId++, image: new Uint8Array(image), preset, options }, resolve, reject };
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

  async close(): Promise<void> {
    const workers = [...this.idle, ...this.busy.keys()];
    this.idle.length = 0;
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const worker = this.idle.pop() ?? (this.started < this.size ? this.startWorker() : undefined);
      if (!worker) return;
      const pending = this.queue.shift()!;
      this.busy.set(worker, pending);
      worker.postMessage(pending.task, [pending.task.image.buffer as ArrayBuffer]);
    }
  }

  private startWorker(): Worker {
    const worker = new Worker(new URL('./filter-worker.ts', import.meta.url));
    this.started += 1;
    worker.on('message', (answer: FilterTaskAnswer) => {
      const pending = this.busy.get(worker);
      this.busy.delete(worker);
      this.idle.push(worker);
      if (pending) {
        if (answer.frame) pending.resolve({ ...answer.frame, data: new Uint8Array(answer.frame.data) });
        else pending.reject(new KilnError(answer.error.code, answer.error.message));
      }
      this.dispatch();
    });
    worker.on('error', (error: Error) => {
      const pending = this.busy.get(worker);
      this.busy.delete(worker);
      this.started -= 1;
      pending?.reject(new ProviderFailedError(`A filter worker crashed: ${error.message}`, { cause: error }));
      this.dispatch();
    });
    // After the listeners, not before: adding the first 'message' listener refs the worker's port
    // again, and that one open port kept `kiln serve` running after SIGTERM.
    worker.unref();
    return worker;
  }
}

let shared: FilterWorkerPool | undefined | null = null;

/**
 * The process's pool: one thread per spare core, at most four (`KILN_FILTER_THREADS` overrides;
 * 0 filters on the calling thread). Undefined when there are no threads to use.
 */
export function sharedFilterWorkerPool(): FilterWorkerPool | undefined {
  if (shared === null) {
    const configured = Number.parseInt(process.env.KILN_FILTER_THREADS ?? '', 10);
    const size = Number.isFinite(configured) ? configured : Math.min(4, availableParallelism() - 1);
    shared = size > 0 ? new FilterWorkerPool(size) : undefined;
  }
  return shared;
}
