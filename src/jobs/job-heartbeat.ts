import { startTypeScriptWorker } from '../engine/start-typescript-worker.ts';

/** What the main thread tells the heartbeat thread; any message also says its event loop turns. */
export type HeartbeatMessage =
  | { type: 'hold'; id: string; retryCount: number }
  | { type: 'release'; id: string }
  | { type: 'alive' }
  | { type: 'stop' };

export interface HeartbeatThreadData {
  url: string;
  queueName: string;
  refreshSeconds: number;
  stallSeconds: number;
}

export interface JobHeartbeatOptions {
  /** The Postgres server of the queue; the thread opens one connection of its own to it. */
  url: string;
  /** The pg-boss queue whose claims it refreshes. */
  queueName: string;
  /** Seconds between refreshes; half the queue's heartbeat, as pg-boss's own refresh. */
  refreshSeconds: number;
  /**
   * Seconds the main thread's event loop may stay held (a CPU-bound step on a loaded machine) before
   * the thread lets its claims lapse: past that the process is stuck, not busy.
   */
  stallSeconds: number;
  onError: (error: Error) => void;
}

export interface JobHeartbeat {
  /** Keeps this claimed attempt of a job alive until `release`. */
  hold(job: { id: string; retryCount: number }): void;
  release(jobId: string): void;
  stop(): Promise<void>;
}

/**
 * pg-boss refreshes a running job's heartbeat from a timer on the main event loop, so a step that
 * holds that loop past the heartbeat (rendering, DSP, a model on a loaded machine) looked like a dead
 * worker: another process's supervisor failed the live job, which counted as an interruption, and its
 * retry did the same. This thread refreshes the claims from a loop of its own; it dies with the
 * process, so a killed worker's jobs still lapse after one heartbeat.
 */
export function startJobHeartbeat(options: JobHeartbeatOptions): JobHeartbeat {
  const { url, queueName, refreshSeconds, stallSeconds } = options;
  const thread = startTypeScriptWorker(new URL('./job-heartbeat-thread.ts', import.meta.url), {
    workerData: { url, queueName, refreshSeconds, stallSeconds } satisfies HeartbeatThreadData,
  });
  // Neither keeps the process alive: a process that is ending has no claims worth keeping.
  thread.unref();
  thread.on('message', (message: { type: 'error'; message: string }) => options.onError(new Error(`job heartbeat: ${message.message}`)));
  thread.on('error', options.onError);
  const post = (message: HeartbeatMessage) => thread.postMessage(message);
  const alive = setInterval(() => post({ type: 'alive' }), 1_000);
  alive.unref();
  return {
    hold: (job) => post({ type: 'hold', id: job.id, retryCount: job.retryCount }),
    release: (jobId) => post({ type: 'release', id: jobId }),
    async stop() {
      clearInterval(alive);
      // The thread closes its connection and ends; terminated if it has not within a few seconds.
      const exited = new Promise<void>((resolve) => thread.once('exit', () => resolve()));
      post({ type: 'stop' });
      const late = setTimeout(() => void thread.terminate(), 5_000);
      await exited;
      clearTimeout(late);
    },
  };
}
