import { setImmediate as nextTurn } from 'node:timers/promises';
import type { PGlite } from '@electric-sql/pglite';

/**
 * The embedded database with a turn of the event loop before each statement. PGlite runs SQL on
 * the calling thread, and a chain of awaited statements (a worker's step writes, pg-boss's fetch)
 * resolves as one unbroken run of microtasks: no request was read until it ended, 50-500 ms with
 * jobs running, so creating a job waited behind the work of running ones. Yielding first lets
 * waiting sockets be read and their statements take their place in PGlite's (first come) line.
 */
export function yieldBetweenQueries(client: PGlite): PGlite {
  const query = (async (...args: Parameters<PGlite['query']>) => {
    await nextTurn();
    return client.query(...args);
  }) as PGlite['query'];
  const exec = (async (...args: Parameters<PGlite['exec']>) => {
    await nextTurn();
    return client.exec(...args);
  }) as PGlite['exec'];
  const transaction = (async (...args: Parameters<PGlite['transaction']>) => {
    await nextTurn();
    return client.transaction(...args);
  }) as PGlite['transaction'];
  return new Proxy(client, {
    get(target, property) {
      if (property === 'query') return query;
      if (property === 'exec') return exec;
      if (property === 'transaction') return transaction;
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
