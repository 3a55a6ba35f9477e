// The body of the job heartbeat thread (see job-heartbeat.ts): refreshes pg-boss's heartbeat on the
// claims it holds from a connection and an event loop of its own, so a main thread held by a
// CPU-bound step still keeps its jobs. Loaded by Node itself (type stripping): syntax Node can strip.
import { parentPort, workerData } from 'node:worker_threads';
import pg from 'pg';
import type { HeartbeatMessage, HeartbeatThreadData } from './job-heartbeat.ts';

const { url, queueName, refreshSeconds, stallSeconds } = workerData as HeartbeatThreadData;
// Job id → the attempt (pg-boss retry count) this process claimed.
const held = new Map<string, number>();
let lastAlive = Date.now();
let client: pg.Client | undefined;

// pg-boss's own touch(), fenced the same way: only the attempt this process claimed, only while active.
const touch = `UPDATE pgboss.job SET heartbeat_on = pgboss.job_now()
  WHERE name = $1 AND id = ANY($2::uuid[]) AND state = 'active'
    AND (id::text || ':' || retry_count::text) = ANY($3::text[])`;

async function connection(): Promise<pg.Client> {
  if (client) return client;
  const opened = new pg.Client({ connectionString: url, application_name: 'kiln-heartbeat' });
  opened.on('error', () => {
    if (client === opened) client = undefined;
  });
  await opened.connect();
  client = opened;
  return opened;
}

async function refresh() {
  // A main thread that has not turned its loop for this long is stuck, not busy: its claims lapse.
  if (held.size === 0 || Date.now() - lastAlive > stallSeconds * 1000) return;
  const ids = [...held.keys()];
  try {
    await (await connection()).query(touch, [queueName, ids, ids.map((id) => `${id}:${held.get(id)}`)]);
  } catch (error) {
    client?.end().catch(() => {});
    client = undefined;
    parentPort!.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}

let refreshing = false;
const refresher = setInterval(() => {
  if (refreshing) return;
  refreshing = true;
  void refresh().finally(() => (refreshing = false));
}, refreshSeconds * 1000);

parentPort!.on('message', (message: HeartbeatMessage) => {
  lastAlive = Date.now();
  if (message.type === 'hold') held.set(message.id, message.retryCount);
  else if (message.type === 'release') held.delete(message.id);
  else if (message.type === 'stop') {
    clearInterval(refresher);
    held.clear();
    void (client?.end() ?? Promise.resolve()).catch(() => {}).finally(() => parentPort!.close());
  }
});
