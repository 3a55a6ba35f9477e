import { PGlite } from '@electric-sql/pglite';

/**
 * How Kiln starts the embedded Postgres: PGlite's own parameters, with 16 MB of shared buffers
 * instead of Postgres's 128 MB. PGlite sets the whole buffer pool up in its WebAssembly memory when
 * it opens, so the default cost ~165 MB of resident memory in every process that opens the database
 * (a `kiln vocab extract` peaked at 440 MB in PGlite alone, 276 MB with 16 MB); Kiln's tables are
 * tens of MB and the operating system caches the files beneath them anyway.
 */
export function pgliteStartParams(): string[] {
  return [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'];
}
