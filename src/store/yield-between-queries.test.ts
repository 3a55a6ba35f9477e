import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { yieldBetweenQueries } from './yield-between-queries.ts';

const raw = new PGlite();
const client = yieldBetweenQueries(raw);
afterAll(() => raw.close());

describe('yieldBetweenQueries', () => {
  it('lets a timer run between chained statements, which the bare client does not', async () => {
    await raw.query('SELECT 1');
    const order: string[] = [];
    const chain = async (database: PGlite, label: string) => {
      for (let index = 0; index < 3; index += 1) await database.query('SELECT 1');
      order.push(label);
    };
    const timer = new Promise<void>((resolve) => setImmediate(() => {
      order.push('timer');
      resolve();
    }));
    await Promise.all([chain(raw, 'bare chain'), timer]);
    expect(order).toEqual(['bare chain', 'timer']);

    order.length = 0;
    const laterTimer = new Promise<void>((resolve) => setImmediate(() => {
      order.push('timer');
      resolve();
    }));
    await Promise.all([chain(client, 'yielding chain'), laterTimer]);
    expect(order).toEqual(['timer', 'yielding chain']);
  });

  it('answers queries, statements and transactions as PGlite does, and is still a PGlite', async () => {
    expect((await client.query<{ answer: number }>('SELECT $1::int AS answer', [42])).rows).toEqual([{ answer: 42 }]);
    await client.exec('CREATE TABLE notes (text text); INSERT INTO notes VALUES (\'a\');');
    const counted = await client.transaction(async (transaction) => (await transaction.query<{ count: number }>('SELECT count(*)::int AS count FROM notes')).rows[0].count);
    expect(counted).toBe(1);
    expect(client).toBeInstanceOf(PGlite);
  });
});
