import type { FastifyInstance } from 'fastify';
import { describeUnstorableText } from '../../engine/describe-unstorable-text.ts';
import { BadInputError } from '../../engine/errors/index.ts';

/** Where a value holds text PostgreSQL and JSON cannot carry, and what is wrong with it. */
export interface InvalidText {
  /** Dotted path of the field (`input.label`). */
  path: string;
  /** True when the field's name (the key) is at fault rather than its value. */
  inName: boolean;
  problem: string;
}

const maxDepth = 64;

/**
 * The first string (value or key) in `value` that is not storable text: a NUL character (PostgreSQL
 * text and jsonb refuse it) or a lone UTF-16 surrogate (not Unicode; encoders fail or mangle it).
 * Left alone, both surface later as a 500 from the database.
 */
export function findInvalidText(value: unknown, path: string[] = [], depth = 0): InvalidText | undefined {
  // One path, grown and shrunk on the way down: every request's params and query pass through here.
  return findIn(value, [...path], depth);
}

function findIn(value: unknown, path: string[], depth: number): InvalidText | undefined {
  if (typeof value === 'string') {
    const problem = describeUnstorableText(value);
    return problem ? { path: path.join('.'), inName: false, problem } : undefined;
  }
  if (value === null || typeof value !== 'object' || depth > maxDepth) return undefined;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      path.push(String(index));
      const found = findIn(value[index], path, depth + 1);
      path.pop();
      if (found) return found;
    }
    return undefined;
  }
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    const keyProblem = describeUnstorableText(key);
    if (keyProblem) return { path: [...path, printable(key)].join('.'), inName: true, problem: keyProblem };
    path.push(key);
    const found = findIn((value as Record<string, unknown>)[key], path, depth + 1);
    path.pop();
    if (found) return found;
  }
  return undefined;
}

/** Throws a 400 naming the field when `value` holds text that cannot be stored; `place` is e.g. `form`. */
export function assertValidText(value: unknown, place: string, path: string[] = []): void {
  const found = findInvalidText(value, path);
  if (!found) return;
  const subject = `The ${place} field \`${found.path}\`${found.inName ? ' (its name)' : ''}`;
  throw new BadInputError(`${subject} contains ${found.problem}.`, { details: { field: found.path } });
}

/**
 * One check for every parsed part of every request: JSON body, query string and path. Routes that
 * read multipart fields themselves call assertValidText on each text field.
 */
export function installRequestTextCheck(app: FastifyInstance): void {
  // A plain hook (no promise per request); Fastify answers what it throws.
  app.addHook('preValidation', (request, _reply, done) => {
    assertValidText(request.params, 'path');
    assertValidText(request.query, 'query string');
    assertValidText(request.body, 'body');
    done();
  });
}

function printable(key: string): string {
  return JSON.stringify(key).slice(1, -1);
}
