/**
 * drizzle-orm's functions, from its CommonJS build. Every module of Kiln that calls drizzle imports it
 * from here (types may come from 'drizzle-orm' itself), so the process holds one copy of it.
 *
 * Why not `import`: Node's ES-module loader reads a module's package.json afresh for each module it
 * loads, to learn its format, and drizzle-orm's is 179 KB of `exports` over its ~300 files. Importing its
 * ES build took the heap to 251 MB (177 MB in use, most of it those copies, garbage that V8 had already
 * promoted) and held ~100 MB of it through a `kiln vocab extract` that needs ~50; `require` resolves
 * through a cached package scope: 20 MB. drizzle is built to be loaded both ways (its tables and
 * entity checks use `Symbol.for` keys), so a test that imports its ES build reads these tables.
 */
import { createRequire } from 'node:module';
import type * as DrizzleOrm from 'drizzle-orm';
import type * as NodePostgresDriver from 'drizzle-orm/node-postgres';
import type * as PgCore from 'drizzle-orm/pg-core';
import type * as PgliteDriver from 'drizzle-orm/pglite';

const require = createRequire(import.meta.url);

export const { and, asc, desc, eq, inArray, lt, or } = require('drizzle-orm') as typeof DrizzleOrm;
export const { bigint, boolean, doublePrecision, integer, jsonb, pgTable, primaryKey, text, timestamp } = require('drizzle-orm/pg-core') as typeof PgCore;
export const { drizzle: drizzlePglite } = require('drizzle-orm/pglite') as typeof PgliteDriver;
export const { drizzle: drizzleNodePostgres } = require('drizzle-orm/node-postgres') as typeof NodePostgresDriver;
