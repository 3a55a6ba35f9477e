import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestRuntime, type TestRuntime } from '../runtime/testing/create-test-runtime.ts';
import { buildApp } from './build-app.ts';
import { redactUrl } from './logger-options.ts';

let testRuntime: TestRuntime;
beforeAll(async () => {
  testRuntime = await createTestRuntime();
});
afterAll(() => testRuntime.close());

describe('the access log', () => {
  it('writes query tokens and keys as [redacted]', async () => {
    const lines: string[] = [];
    const stream = new Writable({ write(chunk, _encoding, done) { lines.push(String(chunk)); done(); } });
    const app = await buildApp(testRuntime.runtime, { auth: testRuntime.auth, logger: { level: 'info', stream } });
    try {
      await app.inject({ method: 'GET', url: '/api/jobs?limit=5&token=eyJ-secret-jwt&key=viewer-key-123' });
    } finally {
      await app.close();
    }
    const access = lines.map((line) => JSON.parse(line)).find((entry) => entry.msg === 'request');
    expect(access.url).toBe('/api/jobs?limit=5&token=[redacted]&key=[redacted]');
    expect(lines.join('')).not.toMatch(/eyJ-secret-jwt|viewer-key-123/);
  });
});

describe('redactUrl', () => {
  it.each([
    ['/api/live/sessions/a/watch?key=abc', '/api/live/sessions/a/watch?key=[redacted]'],
    ['/x?access_token=abc&TOKEN=def#frag', '/x?access_token=[redacted]&TOKEN=[redacted]#frag'],
    ['/api/jobs?limit=5', '/api/jobs?limit=5'],
    ['/api/jobs', '/api/jobs'],
  ])('%s → %s', (url, expected) => {
    expect(redactUrl(url)).toBe(expected);
  });
});
