import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { errorCatalogue, errorCodes } from './error-catalogue.ts';
import { KilnError } from './kiln-error.ts';
import { toKilnError } from './to-kiln-error.ts';

describe('error catalogue', () => {
  it('matches the "Error codes" table in the README, code by code', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const table = readme.split('## Error codes')[1] ?? '';
    const documented = [...table.matchAll(/^\| `([a-z_]+)` \| (\d{3}) \| (\d) \|/gm)].map((match) => ({
      code: match[1],
      status: Number(match[2]),
      exitCode: Number(match[3]),
    }));
    expect(documented.map((row) => row.code)).toEqual(errorCodes);
    for (const row of documented) {
      const entry = errorCatalogue[row.code as keyof typeof errorCatalogue];
      expect({ status: entry.status, exitCode: entry.exitCode }).toEqual({ status: row.status, exitCode: row.exitCode });
    }
  });

  it('takes retryability from the catalogue unless the thrower says otherwise', () => {
    expect(new KilnError('rate_limited', 'slow down').isRetryable).toBe(true);
    expect(new KilnError('bad_input', 'no').isRetryable).toBe(false);
    expect(new KilnError('internal', 'flaky', { isRetryable: true }).isRetryable).toBe(true);
  });

  it('wraps foreign errors without losing the message or the cause', () => {
    const original = new Error('disk full');
    const wrapped = toKilnError(original);
    expect(wrapped.code).toBe('internal');
    expect(wrapped.message).toBe('disk full');
    expect(wrapped.cause).toBe(original);
  });
});
