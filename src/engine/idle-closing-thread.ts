/** What the idle-closing wrapper needs of a pool: run one task, and close. */
interface ClosablePool<Task, Result> {
  run(task: Task): Promise<Result>;
  close(): Promise<void>;
}

/**
 * A thread (a WorkerThreadPool of one) started on its first task and closed, its memory given back, once no task
 * has needed it for `idleMs`: for readers that load a large model or dictionary for work that comes rarely, where
 * reloading costs seconds and keeping them costs a hundred megabytes or more.
 */
export class IdleClosingThread<Task, Result> {
  private thread: ClosablePool<Task, Result> | undefined;
  private inFlight = 0;
  private idleTimer: NodeJS.Timeout | undefined;
  private readonly start: () => ClosablePool<Task, Result>;
  /** How long the thread stays loaded with nothing to do; tests shorten it. */
  idleMs: number;

  // Plain fields, not parameter properties: thread bodies load engine files through Node's type stripping.
  constructor(start: () => ClosablePool<Task, Result>, idleMs: number) {
    this.start = start;
    this.idleMs = idleMs;
  }

  /** Whether the thread is loaded now (for health and tests). */
  get loaded(): boolean {
    return this.thread !== undefined;
  }

  async run(task: Task): Promise<Result> {
    clearTimeout(this.idleTimer);
    this.thread ??= this.start();
    const current = this.thread;
    this.inFlight += 1;
    try {
      return await current.run(task);
    } finally {
      this.inFlight -= 1;
      if (this.inFlight === 0) {
        this.idleTimer = setTimeout(() => {
          if (this.inFlight > 0 || this.thread !== current) return;
          this.thread = undefined;
          void current.close();
        }, this.idleMs);
        this.idleTimer.unref();
      }
    }
  }
}
