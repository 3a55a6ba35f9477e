import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { ProgressEvent } from '../engine/progress-event.ts';
import type { Database } from '../store/database.ts';
import { persistProgressEvent } from './persist-progress-event.ts';

/** The Postgres channel every process publishes job events on. */
export const jobEventsChannel = 'kiln_job_events';

// NOTIFY payloads must stay under 8000 bytes; a bigger job-end is sent as a pointer to the job row.
const notifyPayloadLimit = 7000;

/**
 * `here` when this process published the event, `elsewhere` when it came from another process.
 * Per-process counters (metrics) count only `here`, so a cluster's sum counts each event once.
 */
export type EventOrigin = 'here' | 'elsewhere';
// The bus always passes the origin; optional so a listener (or a test's bus) that ignores it fits.
type Listener = (event: ProgressEvent, origin?: EventOrigin) => void;
type Unsubscribe = () => Promise<void>;

export interface JobEvents {
  /**
   * Records what the event changes in `jobs`/`job_steps`, then hands it to every subscriber, here
   * and in other processes. A job-level event that changes nothing (a cancel after the job ended, a
   * late `job-end` after a cancel) is not passed on; the result says whether the job row changed.
   */
  publish(event: ProgressEvent): Promise<boolean>;
  /** Events of one job, from this process and from workers elsewhere. */
  subscribe(jobId: string, listener: Listener): Promise<Unsubscribe>;
  /** Events of every job (the worker listens for cancels this way), each with where it was published. */
  subscribeAll(listener: Listener): Promise<Unsubscribe>;
  /** Resolves when every event published so far for the job (or all jobs) is written and sent. */
  flush(jobId?: string): Promise<void>;
  close(): Promise<void>;
}

export interface JobEventsOptions {
  database: Database;
  /** Least time between two writes of one step's progress; the newest value is written. Default 500. */
  progressWriteIntervalMs?: number;
  onError?: (error: unknown) => void;
}

interface PendingProgress {
  event: Extract<ProgressEvent, { type: 'step-progress' }>;
  lastWrittenAt: number;
  timer?: NodeJS.Timeout;
}

/**
 * The job event bus. Events of one job are written in the order they were published; NOTIFY carries
 * them to other processes (PGlite's in-process NOTIFY joins buses within one process the same way),
 * and each bus ignores its own notifications because its subscribers already heard them.
 */
export function createJobEvents(options: JobEventsOptions): JobEvents {
  const { database } = options;
  const onError = options.onError ?? ((error: unknown) => console.error('kiln job events:', error));
  const progressInterval = options.progressWriteIntervalMs ?? 500;
  const origin = randomUUID();
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  const writeChains = new Map<string, Promise<unknown>>();
  const progress = new Map<string, PendingProgress>();
  let listening: Promise<Unsubscribe> | undefined;
  let closed = false;

  // A subscriber that throws must not stop the others, nor the writes behind it.
  const deliver = (event: ProgressEvent, origin: EventOrigin) => {
    for (const listener of [...emitter.listeners(`job:${event.jobId}`), ...emitter.listeners('all')]) {
      try {
        (listener as Listener)(event, origin);
      } catch (error) {
        onError(error);
      }
    }
  };

  // Runs `write` after every earlier write of the same job, so the rows end as the events did.
  const inOrder = <T>(jobId: string, write: () => Promise<T>): Promise<T> => {
    const previous = writeChains.get(jobId) ?? Promise.resolve();
    const next = previous.catch(() => {}).then(write);
    writeChains.set(jobId, next);
    void next.catch(() => {}).finally(() => writeChains.get(jobId) === next && writeChains.delete(jobId));
    return next;
  };

  const notify = async (event: ProgressEvent) => {
    let payload = JSON.stringify({ origin, event });
    if (payload.length > notifyPayloadLimit) {
      payload = JSON.stringify({ origin, reload: { jobId: event.jobId, at: event.at, type: event.type } });
      if (event.type !== 'job-end') return onError(new Error(`A ${event.type} event was too large to send to other processes.`));
    }
    await database.notify(jobEventsChannel, payload);
  };

  const receive = async (payload: string) => {
    const message = JSON.parse(payload) as { origin: string; event?: ProgressEvent; reload?: { jobId: string; at: string } };
    if (message.origin === origin) return;
    if (message.event) return deliver(message.event, 'elsewhere');
    if (message.reload) {
      const [row] = await database.query<{ output: unknown }>('SELECT output FROM jobs WHERE id = $1', [message.reload.jobId]);
      deliver({ type: 'job-end', jobId: message.reload.jobId, at: message.reload.at, output: row?.output ?? null }, 'elsewhere');
    }
  };

  const ensureListening = () => {
    listening ??= database.listen(jobEventsChannel, (payload) => void receive(payload).catch(onError));
    return listening;
  };

  // Written, then delivered here, then sent on: a subscriber that reads the job row on an event
  // finds the event already recorded, and NOTIFYs leave in the order of the events.
  const writeAndSend = (event: ProgressEvent, deliverHere: boolean) =>
    inOrder(event.jobId, async () => {
      const changed = await persistProgressEvent(database, event);
      const isJobEvent = event.type === 'job-start' || event.type === 'job-end' || event.type === 'job-error';
      if (isJobEvent && !changed) return false;
      if (deliverHere) deliver(event, 'here');
      if (!closed) await notify(event);
      return changed;
    });

  const writeProgress = (key: string) => {
    const pending = progress.get(key);
    if (!pending) return;
    pending.timer = undefined;
    pending.lastWrittenAt = Date.now();
    void writeAndSend(pending.event, false).catch(onError);
  };

  // Progress goes to this process's subscribers every time (in order with the other events), but
  // to the database and other processes at most once per interval per step, with the newest value.
  const publishProgress = (event: Extract<ProgressEvent, { type: 'step-progress' }>) => {
    void inOrder(event.jobId, async () => deliver(event, 'here'));
    const key = `${event.jobId}\u0000${event.step}`;
    const pending = progress.get(key) ?? { event, lastWrittenAt: 0 };
    pending.event = event;
    progress.set(key, pending);
    if (pending.timer) return;
    const wait = pending.lastWrittenAt + progressInterval - Date.now();
    if (wait <= 0) writeProgress(key);
    else pending.timer = setTimeout(() => writeProgress(key), wait);
  };

  // A later event about the step (or the job) supersedes progress not yet written.
  const dropPendingProgress = (event: ProgressEvent) => {
    for (const [key, pending] of progress) {
      const sameJob = pending.event.jobId === event.jobId;
      const sameStep = 'step' in event && pending.event.step === event.step;
      if (sameJob && (sameStep || event.type === 'job-end' || event.type === 'job-error')) {
        clearTimeout(pending.timer);
        progress.delete(key);
      }
    }
  };

  const bus: JobEvents = {
    async publish(event) {
      if (event.type === 'step-progress') {
        publishProgress(event);
        return false;
      }
      dropPendingProgress(event);
      return writeAndSend(event, true);
    },
    async subscribe(jobId, listener) {
      await ensureListening();
      emitter.on(`job:${jobId}`, listener);
      return async () => void emitter.off(`job:${jobId}`, listener);
    },
    async subscribeAll(listener) {
      await ensureListening();
      emitter.on('all', listener);
      return async () => void emitter.off('all', listener);
    },
    async flush(jobId) {
      const chains = jobId === undefined ? [...writeChains.values()] : [writeChains.get(jobId)];
      await Promise.all(chains.map((chain) => chain?.catch(() => {})));
    },
    async close() {
      closed = true;
      for (const pending of progress.values()) clearTimeout(pending.timer);
      progress.clear();
      await bus.flush();
      emitter.removeAllListeners();
      const unlisten = await listening?.catch(() => undefined);
      await unlisten?.();
    },
  };
  return bus;
}
