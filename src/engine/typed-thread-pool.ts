import { WorkerThreadPool, type WorkerThreadPoolOptions } from './worker-thread-pool.ts';
import type { ThreadTaskError } from './answer-thread-tasks.ts';

/**
 * What every pool for one kind of work (speech, filters, PNG rendering, audio analysis) shares: its
 * threads, started ahead of work or closed. Each adds a `run` that takes its own arguments and builds
 * the task, so callers never see task ids or transfer lists.
 */
export class TypedThreadPool<Task extends object, Answer extends { error?: ThreadTaskError }, Result> {
  protected readonly threads: WorkerThreadPool<Task, Answer, Result>;

  constructor(options: WorkerThreadPoolOptions<Answer, Result>) {
    this.threads = new WorkerThreadPool(options);
  }

  /** Starts the threads now, so what each loads as it starts is ready when the first task comes. */
  start(): void {
    this.threads.start();
  }

  close(): Promise<void> {
    return this.threads.close();
  }
}
