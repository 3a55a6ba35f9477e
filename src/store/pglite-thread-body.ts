// The body of the embedded database's thread: opens PGlite on the folder it is given and runs the
// statements posted to it (see pglite-thread.ts for the protocol's other side). Loaded by Node itself
// (type stripping), so it keeps to syntax Node can strip and imports no Kiln code.
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite, type Transaction } from '@electric-sql/pglite';

type Request =
  | { id: number; op: 'query'; sql: string; params?: unknown[]; rowMode?: 'array' | 'object'; rawTypes?: number[]; tx?: number }
  | { id: number; op: 'exec'; sql: string; tx?: number }
  | { id: number; op: 'begin' }
  | { id: number; op: 'end'; tx: number; commit: boolean }
  | { id: number; op: 'listen' | 'unlisten'; channel: string }
  | { id: number; op: 'close' };

const port = parentPort!;
const rollback = new Error('rolled back by the caller');
const raw = (value: string) => value;

/** What crosses the thread: the message and every plain field (code, detail, constraint…). */
function describeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error) };
  const fields: Record<string, unknown> = { message: error.message, name: error.name };
  for (const [key, value] of Object.entries(error)) {
    if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) fields[key] = value;
  }
  return fields;
}

let database: PGlite;
try {
  database = await PGlite.create(workerData.directory as string);
  port.postMessage({ ready: true });
} catch (error) {
  port.postMessage({ ready: false, error: describeError(error) });
  process.exit(1);
}

const transactions = new Map<number, { tx: Transaction; end(commit: boolean): void; done: Promise<void> }>();
const unlistens = new Map<string, () => Promise<void>>();
let nextTransaction = 1;

async function begin(): Promise<number> {
  const id = nextTransaction++;
  let opened!: () => void;
  const opening = new Promise<void>((resolve) => (opened = resolve));
  let end!: (commit: boolean) => void;
  const ended = new Promise<boolean>((resolve) => (end = resolve));
  // The transaction holds PGlite's lock until the caller's `end`: statements from outside it wait, as
  // they would in one process.
  const done = database.transaction(async (tx) => {
    transactions.set(id, { tx, end, done });
    opened();
    if (!(await ended)) throw rollback;
  }).finally(() => transactions.delete(id));
  await Promise.race([opening, done]);
  return id;
}

async function handle(request: Request): Promise<unknown> {
  switch (request.op) {
    case 'query': {
      const target = request.tx === undefined ? database : transactions.get(request.tx)?.tx;
      if (!target) throw new Error('Transaction is closed');
      // Drizzle's parsers keep these types as the text Postgres sent; functions cannot cross threads.
      const parsers = request.rawTypes ? Object.fromEntries(request.rawTypes.map((type) => [type, raw])) : undefined;
      return target.query(request.sql, request.params, { rowMode: request.rowMode, parsers });
    }
    case 'exec': {
      const target = request.tx === undefined ? database : transactions.get(request.tx)?.tx;
      if (!target) throw new Error('Transaction is closed');
      return target.exec(request.sql);
    }
    case 'begin':
      return begin();
    case 'end': {
      const transaction = transactions.get(request.tx);
      if (!transaction) throw new Error('Transaction is closed');
      transaction.end(request.commit);
      return transaction.done.catch((error: unknown) => {
        if (error !== rollback) throw error;
      });
    }
    case 'listen':
      if (!unlistens.has(request.channel)) {
        unlistens.set(request.channel, await database.listen(request.channel, (payload) => port.postMessage({ channel: request.channel, payload })));
      }
      return undefined;
    case 'unlisten':
      await unlistens.get(request.channel)?.();
      unlistens.delete(request.channel);
      return undefined;
    case 'close':
      if (!database.closed) await database.close();
      return undefined;
  }
}

port.on('message', (request: Request) => {
  handle(request).then(
    (result) => port.postMessage({ id: request.id, result }),
    (error: unknown) => port.postMessage({ id: request.id, error: describeError(error) }),
  );
});
