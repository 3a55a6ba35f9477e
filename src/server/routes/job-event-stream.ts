import { PassThrough, type Readable } from 'node:stream';
import type { ProgressEvent } from '../../engine/progress-event.ts';
import type { JobRecord, KilnRuntime } from '../../runtime/contracts.ts';

export interface JobEventStreamOptions {
  runtime: KilnRuntime;
  userId: string;
  jobId: string;
  /** Aborted when the client goes; the stream then unsubscribes and ends. */
  signal: AbortSignal;
  /** Comment lines between events so proxies and browsers keep the connection open. */
  keepAliveMs: number;
}

const finishedStates = new Set<JobRecord['state']>(['succeeded', 'failed', 'cancelled']);

function serverSentEvent(type: string, data: unknown): string {
  return `event: ${type}\ndata: ${JSON.stringify(data)}\n\n`;
}

/**
 * A job's progress as server-sent events: a `snapshot` with the job record, then each live
 * ProgressEvent under its own type, ending after `job-end` or `job-error`.
 *
 * Throws NotFoundError before subscribing when the job is missing or someone else's. The snapshot
 * is read after subscribing, so an event between the ownership check and the subscription cannot
 * be lost: it is in the snapshot, and a job that finished meanwhile ends the stream at once.
 * Events heard while the snapshot is read are sent after it; a client may see one twice.
 */
export async function openJobEventStream(options: JobEventStreamOptions): Promise<Readable> {
  const { runtime, userId, jobId, signal } = options;
  await runtime.jobs.get(userId, jobId);

  const stream = new PassThrough();
  const heardBeforeSnapshot: ProgressEvent[] = [];
  let snapshotSent = false;
  let closed = false;
  let keepAlive: NodeJS.Timeout | undefined;
  let unsubscribe: (() => Promise<void>) | undefined;

  const finish = () => {
    if (closed) return;
    closed = true;
    clearInterval(keepAlive);
    signal.removeEventListener('abort', finish);
    unsubscribe?.().catch(() => undefined);
    stream.end();
  };
  const deliver = (event: ProgressEvent) => {
    if (closed) return;
    stream.write(serverSentEvent(event.type, event));
    if (event.type === 'job-end' || event.type === 'job-error') finish();
  };

  unsubscribe = await runtime.jobs.subscribe(jobId, (event) => {
    if (snapshotSent) deliver(event);
    else heardBeforeSnapshot.push(event);
  });
  let snapshot: JobRecord;
  try {
    snapshot = await runtime.jobs.get(userId, jobId);
  } catch (error) {
    await unsubscribe();
    throw error;
  }

  stream.write(serverSentEvent('snapshot', snapshot));
  snapshotSent = true;
  if (finishedStates.has(snapshot.state)) {
    finish();
    return stream;
  }
  for (const event of heardBeforeSnapshot) deliver(event);
  if (closed) return stream;

  keepAlive = setInterval(() => stream.write(': keep-alive\n\n'), options.keepAliveMs);
  signal.addEventListener('abort', finish);
  if (signal.aborted) finish();
  stream.on('close', finish);
  return stream;
}
