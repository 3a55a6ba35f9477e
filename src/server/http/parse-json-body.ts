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

/** Parses a request body, refusing empty bodies, broken JSON and keys that could reach a prototype. */
export function parseJsonBody(text: string): unknown {
  if (text.trim() === '') throw new BadInputError('The body is empty but Content-Type says JSON; send a JSON object.');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new BadInputError('The body is not valid JSON; check for a missing quote, comma or brace.');
  }
  const poisoned = findPrototypeKey(value, []);
  if (poisoned) {
    throw new BadInputError(`The body has a key named \`${poisoned.at(-1)}\` (at ${poisoned.join('.')}); keys named __proto__, `
      + 'and constructor keys holding a prototype, are not allowed.', { details: { field: poisoned.join('.') } });
  }
  return value;
}

/**
 * The path of the first `__proto__` key, or `constructor` key whose object has a `prototype` (the
 * same rule as Fastify's parser): merged into another object later, either could change every object.
 */
function findPrototypeKey(value: unknown, path: string[]): string[] | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  for (const [key, item] of Object.entries(value)) {
    const holdsPrototype = item !== null && typeof item === 'object' && Object.hasOwn(item, 'prototype');
    if (key === '__proto__' || (key === 'constructor' && holdsPrototype)) return [...path, key];
    const found = findPrototypeKey(item, [...path, key]);
    if (found) return found;
  }
  return undefined;
}
