import type { FastifyInstance } from 'fastify';
import { BadInputError } from '../../engine/errors/index.ts';

/**
 * Kiln's JSON body parser: Fastify's own refuses prototype-poisoning keys too, but reports them as
 * "invalid JSON", which sends a client looking for a missing comma. This one says which key it was.
 */
export function installJsonBodyParser(app: FastifyInstance): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    try {
      done(null, parseJsonBody(String(body)));
    } catch (error) {
      done(error as Error, undefined);
    }
  });
}

/**
 * Deepest nesting of objects and arrays a body may have. Real requests use a handful of levels; a
 * body of 100 000 `[` parses fine but would overflow the stack of any recursive walk after it.
 */
export const maxJsonDepth = 64;

/** Parses a request body, refusing empty bodies, broken JSON, deep nesting and keys that could reach a prototype. */
export function parseJsonBody(text: string): unknown {
  if (text.trim() === '') throw new BadInputError('The body is empty but Content-Type says JSON; send a JSON object.');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new BadInputError('The body is not valid JSON; check for a missing quote, comma or brace.');
  }
  const poisoned = findPrototypeKey(value, [], 1);
  if (poisoned) {
    throw new BadInputError(`The body has a key named \`${poisoned.at(-1)}\` (at ${poisoned.join('.')}); keys named __proto__, `
      + 'and constructor keys holding a prototype, are not allowed.', { details: { field: poisoned.join('.') } });
  }
  return value;
}

/**
 * The path of the first `__proto__` key, or `constructor` key whose object has a `prototype` (the
 * same rule as Fastify's parser): merged into another object later, either could change every object.
 * Refuses nesting past maxJsonDepth on the way, which also bounds this recursion.
 */
function findPrototypeKey(value: unknown, path: string[], depth: number): string[] | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  if (depth > maxJsonDepth) {
    throw new BadInputError(`The body has objects or arrays nested more than ${maxJsonDepth} levels deep; flatten it.`, { details: { limit: maxJsonDepth } });
  }
  for (const [key, item] of Object.entries(value)) {
    const holdsPrototype = item !== null && typeof item === 'object' && Object.hasOwn(item, 'prototype');
    if (key === '__proto__' || (key === 'constructor' && holdsPrototype)) return [...path, key];
    const found = findPrototypeKey(item, [...path, key], depth + 1);
    if (found) return found;
  }
  return undefined;
}
