// The body of the embedded database's thread: opens PGlite on the folder it is given and runs the
// statements posted to it (see pglite-thread.ts for the protocol's other side). Loaded by Node itself
// (type stripping), so it keeps to syntax Node can strip and imports no Kiln code.
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite, type Transaction } from '@electric-sql/pglite';

type Request =
  | { id: number; op: 'query'; sql: string; params?: unknown[]; tx?: number; urgent?: boolean }
  | { id: number; op: 'exec'; sql: string; tx?: number; urgent?: boolean }
  | { id: number; op: 'begin'; urgent?: boolean }
  | { id: number; op: 'end'; tx: number; commit: boolean }
  | { id: number; op: 'listen' | 'unlisten'; channel: string }
  | { id: number; op: 'close' };

const port = parentPort!;
const rollback = new Error('rolled back by the caller');

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
  // Compiled once by the opening thread (compiled-pglite-modules.ts); absent, PGlite compiles its own.
  const { directory, startParams, pgliteWasmModule, initdbWasmModule } = workerData as {
    directory: string; startParams: string[]; pgliteWasmModule?: WebAssembly.Module; initdbWasmModule?: WebAssembly.Module;
  };
  database = await PGlite.create(directory, { startParams, pgliteWasmModule, initdbWasmModule });
  port.postMessage({ ready: true });
} catch (error) {
  port.postMessage({ ready: false, error: describeError(error) });
  process.exit(1);
}

// Statements outside a transaction take turns here, not in PGlite's own first-come line: a request's
// (urgent) go before the background's that were posted earlier. A transaction holds its turn until it ends.
const waiting: { urgent: (() => void)[]; background: (() => void)[] } = { urgent: [], background: [] };
let busy = false;
// Set when the close arrives. What was still waiting in line is refused when its turn comes: a transaction opened then
// would hold PGlite's lock, which the close waits for, while its caller (closed) could no longer send its end.
let closing = false;
const closedError = () => new Error('PGlite is closed');

async function takeTurn(urgent: boolean | undefined): Promise<void> {
  if (busy) await new Promise<void>((resolve) => (urgent ? waiting.urgent : waiting.background).push(resolve));
  else busy = true;
  if (closing) {
    passTurn();
    throw closedError();
  }
}

function passTurn(): void {
  const next = waiting.urgent.shift() ?? waiting.background.shift();
  if (next) next();
  else busy = false;
}

async function inTurn<T>(urgent: boolean | undefined, work: () => Promise<T>): Promise<T> {
  await takeTurn(urgent);
  try {
    return await work();
  } finally {
    passTurn();
  }
}

const transactions = new Map<number, { tx: Transaction; end(commit: boolean): void; done: Promise<void> }>();
const unlistens = new Map<string, () => Promise<void>>();
let nextTransaction = 1;

async function begin(urgent: boolean | undefined): Promise<number> {
  await takeTurn(urgent);
  const id = nextTransaction++;
  let opened!: () => void;
  const opening = new Promise<void>((resolve) => (opened = resolve));
  let end!: (commit: boolean) => void;
  const ended = new Promise<boolean>((resolve) => (end = resolve));
  // The transaction holds PGlite's lock until the caller's `end`: statements from outside it wait, as
  // they would in one process.
  const done = database.transaction(async (tx) => {
    // Checked as it opens, in the same turn of the loop as the close's look at what is open: one or the other.
    if (closing) throw closedError();
    transactions.set(id, { tx, end, done });
    opened();
    if (!(await ended)) throw rollback;
  }).finally(() => {
    transactions.delete(id);
    passTurn();
  });
  await Promise.race([opening, done]);
  return id;
}

function inTransaction(id: number): Transaction {
  const transaction = transactions.get(id);
  if (!transaction) throw new Error('Transaction is closed');
  return transaction.tx;
}

async function handle(request: Request): Promise<unknown> {
  switch (request.op) {
    case 'query':
      if (request.tx === undefined) return inTurn(request.urgent, () => database.query(request.sql, request.params));
      return inTransaction(request.tx).query(request.sql, request.params);
    case 'exec':
      if (request.tx === undefined) return inTurn(request.urgent, () => database.exec(request.sql));
      return inTransaction(request.tx).exec(request.sql);
    case 'begin':
      return begin(request.urgent);
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
      // Once closing starts the caller refuses every other request, so a transaction still open would never get its
      // `end`, and PGlite's close waits for the transaction's lock: each is rolled back first.
      closing = true;
      for (const transaction of transactions.values()) transaction.end(false);
      await Promise.allSettled([...transactions.values()].map((transaction) => transaction.done));
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
