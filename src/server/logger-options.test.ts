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
    // At debug, where successful reads such as this one are logged.
    const app = await buildApp(testRuntime.runtime, { auth: testRuntime.auth, logger: { level: 'debug', stream } });
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

describe('what the access log keeps', () => {
  async function accessLines(level: 'info' | 'debug') {
    const lines: string[] = [];
    const stream = new Writable({ write(chunk, _encoding, done) { lines.push(String(chunk)); done(); } });
    const app = await buildApp(testRuntime.runtime, { auth: testRuntime.auth, logger: { level, stream } });
    try {
      await app.inject({ method: 'GET', url: '/api/jobs' });
      await app.inject({ method: 'GET', url: '/api/jobs/no-such-job' });
      await app.inject({ method: 'POST', url: '/api/jobs', payload: { pipeline: 'diagnostic', input: { steps: 1 } } });
    } finally {
      await app.close();
    }
    return lines.map((line) => JSON.parse(line)).filter((entry) => entry.msg === 'request')
      .map((entry) => `${entry.level} ${entry.method} ${entry.url} ${entry.statusCode}`);
  }

  it('logs changes and refused requests at info, and successful reads only at debug', async () => {
    expect(await accessLines('info')).toEqual(['30 GET /api/jobs/no-such-job 404', '30 POST /api/jobs 202']);
    expect(await accessLines('debug')).toEqual(['20 GET /api/jobs 200', '30 GET /api/jobs/no-such-job 404', '30 POST /api/jobs 202']);
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
