import { pgliteStartParams } from './pglite-start-params.ts';
import type { Results } from '@electric-sql/pglite';
import { hasRequestPriority } from './request-priority.ts';
import { compiledPgliteModules } from './compiled-pglite-modules.ts';
import { startTypeScriptWorker } from '../engine/start-typescript-worker.ts';

/** The statements of one connection (the database, or one open transaction). */
export interface PgliteSession {
  /** One statement, rows as objects with PGlite's own parsing (jsonb parsed, timestamptz a Date). */
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Results<Row>>;
  exec(sql: string): Promise<Results[]>;
}

/** PGlite's API as Kiln and pg-boss use it, answered by PGlite on a thread of its own. */
export interface PgliteThread extends PgliteSession {
  /** Runs `work` in one transaction; its statements hold the database until it commits or rolls back. */
  transaction<T>(work: (session: PgliteSession) => Promise<T>): Promise<T>;
  listen(channel: string, handler: (payload: string) => void): Promise<() => Promise<void>>;
  readonly closed: boolean;
  close(): Promise<void>;
}

interface Answer {
  id: number;
  result?: unknown;
  error?: Record<string, unknown>;
}

/** An error from the thread, with the fields it had there (`code`, `detail`, `constraint`…). */
function rebuildError(fields: Record<string, unknown>): Error {
  const error = new Error(String(fields.message));
  return Object.assign(error, fields);
}

/**
 * Opens the embedded database in `directory` on a worker thread. PGlite executes SQL synchronously in
 * WASM on the thread that calls it: on the server's thread every statement of the worker's bookkeeping,
 * pg-boss's fetches and maintenance held the event loop (5-100 ms each on a busy machine), so requests
 * waited behind them. Here the thread runs them while the event loop keeps answering requests; each
 * answer arrives as a message of its own, so requests' statements take their place in line between
 * those of a chain. PGlite's own lock on the thread keeps a transaction's statements together.
 */
export async function openPgliteThread(directory: string): Promise<PgliteThread> {
  // The process's flags, less --input-type (a `node -e` script's), which a thread loading a file refuses.
  const execArgv = process.execArgv.filter((flag) => !flag.startsWith('--input-type'));
  const modules = await compiledPgliteModules();
  const worker = startTypeScriptWorker(new URL('./pglite-thread-body.ts', import.meta.url), { workerData: { directory, startParams: pgliteStartParams(), ...modules }, execArgv });
  const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  const listeners = new Map<string, Set<(payload: string) => void>>();
  let nextId = 1;
  let closed = false;
  let failure: Error | undefined;

  // Held (ref'd) only while an answer is awaited: an idle database must not keep the process alive,
  // and a CLI command awaiting a statement must not exit before its answer.
  const settle = () => {
    if (pending.size === 0) worker.unref();
  };
  const call = (request: Record<string, unknown>): Promise<unknown> => {
    if (failure) return Promise.reject(failure);
    if (closed && request.op !== 'close') return Promise.reject(new Error('PGlite is closed'));
    const id = nextId++;
    if (pending.size === 0) worker.ref();
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      worker.postMessage({ ...request, id });
    });
  };

  const ready = new Promise<void>((resolve, reject) => {
    worker.once('message', (message: { ready: boolean; error?: Record<string, unknown> }) => {
      if (message.ready) resolve();
      else reject(rebuildError(message.error ?? { message: 'PGlite did not start' }));
    });
    worker.once('error', reject);
  });
  await ready.catch(async (error: unknown) => {
    await worker.terminate();
    throw error;
  });

  worker.on('message', (message: Answer | { channel: string; payload: string }) => {
    if ('channel' in message) {
      for (const handler of listeners.get(message.channel) ?? []) handler(message.payload);
      return;
    }
    const waiting = pending.get(message.id);
    if (!waiting) return;
    pending.delete(message.id);
    settle();
    if (message.error) waiting.reject(rebuildError(message.error));
    else waiting.resolve(message.result);
  });
  worker.on('error', (error: Error) => {
    failure = new Error(`The database thread stopped: ${error.message}`, { cause: error });
    for (const waiting of pending.values()) waiting.reject(failure);
    pending.clear();
  });
  worker.unref();

  // A request's statements outside a transaction (and its BEGIN) wait in the thread's urgent line.
  const session = (tx?: number): PgliteSession => ({
    query: (sql, params) => call({ op: 'query', sql, params, tx, urgent: hasRequestPriority() }) as Promise<Results<never>>,
    exec: (sql) => call({ op: 'exec', sql, tx, urgent: hasRequestPriority() }) as Promise<Results[]>,
  });

  return {
    ...session(),
    get closed() {
      return closed;
    },
    async transaction(work) {
      const tx = (await call({ op: 'begin', urgent: hasRequestPriority() })) as number;
      let result;
      try {
        result = await work(session(tx));
      } catch (error) {
        await call({ op: 'end', tx, commit: false }).catch(() => {});
        throw error;
      }
      await call({ op: 'end', tx, commit: true });
      return result;
    },
    async listen(channel, handler) {
      const handlers = listeners.get(channel) ?? new Set();
      listeners.set(channel, handlers);
      // A wrapper of its own, so the same function listening twice is removed once per unlisten.
      const listener = (payload: string) => handler(payload);
      handlers.add(listener);
      if (handlers.size === 1) await call({ op: 'listen', channel });
      return async () => {
        handlers.delete(listener);
        if (handlers.size === 0 && listeners.get(channel) === handlers && !closed) {
          listeners.delete(channel);
          await call({ op: 'unlisten', channel });
        }
      };
    },
    async close() {
      if (closed) return;
      closed = true;
      try {
        if (!failure) await call({ op: 'close' });
      } finally {
        await worker.terminate();
      }
    },
  };
}
