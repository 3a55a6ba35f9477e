import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPgliteThread, type PgliteThread } from './pglite-thread.ts';

describe('PGlite on a thread of its own', () => {
  let database: PgliteThread;
  beforeAll(async () => {
    database = await openPgliteThread('memory://');
    await database.exec('CREATE TABLE notes (id int PRIMARY KEY, body text)');
  }, 60_000);
  afterAll(() => database.close());

  it('answers queries with parameters, rows as objects', async () => {
    await database.query('INSERT INTO notes VALUES ($1, $2)', [1, 'one']);
    expect((await database.query('SELECT id, body FROM notes WHERE id = $1', [1])).rows).toEqual([{ id: 1, body: 'one' }]);
  });

  it('parses the types Kiln reads: timestamptz as a Date, jsonb as its value, bigint as a number', async () => {
    const [row] = (await database.query<{ at: unknown; data: unknown; size: unknown }>(
      "SELECT '2024-01-02 03:04:05+00'::timestamptz AS at, '{\"a\":[1]}'::jsonb AS data, 11::bigint AS size",
    )).rows;
    expect(row).toEqual({ at: new Date('2024-01-02T03:04:05Z'), data: { a: [1] }, size: 11 });
  });

  it('keeps a transaction\'s statements together: a statement from outside waits for the commit', async () => {
    const order: string[] = [];
    let outside: Promise<unknown> | undefined;
    await database.transaction(async (session) => {
      await session.query('INSERT INTO notes VALUES (2, $1)', ['two']);
      outside = database.query('SELECT count(*)::int AS n FROM notes').then((result) => order.push(`outside saw ${(result.rows[0] as { n: number }).n}`));
      await new Promise((resolve) => setTimeout(resolve, 50));
      await session.query('INSERT INTO notes VALUES (3, $1)', ['three']);
      order.push('committing');
    });
    await outside;
    expect(order).toEqual(['committing', 'outside saw 3']);
  });

  it('rolls a transaction back when its work throws, and passes the database error\'s code on', async () => {
    const failing = database.transaction(async (session) => {
      await session.query('INSERT INTO notes VALUES (4, $1)', ['four']);
      await session.query('INSERT INTO notes VALUES (1, $1)', ['duplicate']);
    });
    await expect(failing).rejects.toMatchObject({ code: '23505' });
    expect((await database.query('SELECT id FROM notes WHERE id = 4')).rows).toEqual([]);
  });

  it('delivers notifications to listeners until they stop listening', async () => {
    const heard: string[] = [];
    const unlisten = await database.listen('news', (payload) => heard.push(payload));
    await database.query("SELECT pg_notify('news', 'first')");
    await expect.poll(() => heard).toEqual(['first']);
    await unlisten();
    await database.query("SELECT pg_notify('news', 'second')");
    await database.query('SELECT 1');
    expect(heard).toEqual(['first']);
  });
});

describe('PGlite on a thread, closed while a transaction is open', () => {
  it('rolls the transaction back and closes, instead of waiting for an end that can no longer come', async () => {
    const database = await openPgliteThread('memory://');
    await database.exec('CREATE TABLE steps (id int)');
    let closing: Promise<void> | undefined;
    const work = database.transaction(async (session) => {
      await session.query('INSERT INTO steps VALUES (1)');
      closing = database.close();
    });
    await expect(work).rejects.toThrow('PGlite is closed');
    await closing;
    expect(database.closed).toBe(true);
  }, 60_000);

  // A CI page test hung for minutes closing the runtime: the transaction waiting in line got its turn from the one the
  // close rolled back, opened, and held PGlite's lock, while its own end could no longer be sent.
  it('refuses a transaction still waiting for its turn, instead of opening it and waiting on its lock', async () => {
    const database = await openPgliteThread('memory://');
    await database.exec('CREATE TABLE steps (id int)');
    let closing: Promise<void> | undefined;
    let waiting: Promise<unknown> | undefined;
    let markWaiting = () => {};
    const posted = new Promise<void>((resolve) => (markWaiting = resolve));
    const first = database.transaction(async (session) => {
      await session.query('INSERT INTO steps VALUES (1)');
      waiting = database.transaction(async (second) => second.query('INSERT INTO steps VALUES (2)'));
      markWaiting();
      // A statement of this transaction, answered after the second's begin was posted: that begin is in line by now.
      await session.query('SELECT 1');
      closing = database.close();
    });
    await posted;
    await expect(first).rejects.toThrow('PGlite is closed');
    await expect(waiting).rejects.toThrow(/PGlite is clos/);
    await closing;
    expect(database.closed).toBe(true);
  }, 60_000);
});

describe('PGlite on a thread, with requests waiting', () => {
  it('runs a request\'s statement ahead of background statements posted before it', async () => {
    const { withRequestPriority } = await import('./request-priority.ts');
    const database = await openPgliteThread('memory://');
    try {
      const order: string[] = [];
      // A transaction holds the turn while the others line up behind it.
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      const holding = database.transaction(async (session) => {
        await session.query('SELECT 1');
        await held;
      });
      await new Promise((resolve) => setTimeout(resolve, 50));
      const background = [1, 2, 3].map((index) => database.query('SELECT $1::int AS n', [index]).then(() => order.push(`background ${index}`)));
      const request = withRequestPriority(() => database.query('SELECT 0 AS n').then(() => order.push('request')));
      await new Promise((resolve) => setTimeout(resolve, 50));
      release();
      await Promise.all([holding, request, ...background]);
      expect(order).toEqual(['request', 'background 1', 'background 2', 'background 3']);
    } finally {
      await database.close();
    }
  }, 60_000);
});
