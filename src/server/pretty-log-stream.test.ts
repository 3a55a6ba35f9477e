import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestRuntime, type TestRuntime } from '../runtime/testing/create-test-runtime.ts';
import { buildApp } from './build-app.ts';
import { loggerOptions } from './logger-options.ts';
import { formatLogLine } from './pretty-log-stream.ts';

const at = Date.parse('2026-01-02T14:03:07');

describe('formatLogLine', () => {
  it('writes an access-log entry as one readable line', () => {
    const line = JSON.stringify({ level: 30, time: at, pid: 1, hostname: 'h', reqId: 'req-1', method: 'GET', url: '/api/health', statusCode: 200, ms: 3.1, msg: 'request' });
    expect(formatLogLine(line, { colors: false })).toBe('14:03:07 INFO  GET /api/health 200 3.1 ms\n');
  });

  it('keeps other fields and indents an error\'s stack under its line', () => {
    const line = JSON.stringify({ level: 50, time: at, msg: 'backend health check failed', backend: 'ollama', err: { message: 'boom', stack: 'Error: boom\n    at x' } });
    expect(formatLogLine(line, { colors: false })).toBe('14:03:07 ERROR backend health check failed  backend=ollama\n    Error: boom\n        at x\n');
  });

  it('colours the level only when asked, and passes through what is not JSON', () => {
    const line = JSON.stringify({ level: 40, time: at, msg: 'slow' });
    expect(formatLogLine(line, { colors: true })).toContain('\u001b[33mWARN \u001b[0m');
    expect(formatLogLine('plain text', { colors: true })).toBe('plain text\n');
  });
});

describe('the server log on a terminal and elsewhere', () => {
  let testRuntime: TestRuntime;
  beforeAll(async () => {
    testRuntime = await createTestRuntime();
  });
  afterAll(() => testRuntime.close());

  async function logOf(isTTY: boolean): Promise<string> {
    const lines: string[] = [];
    const output = { isTTY, write: (text: string) => lines.push(text) };
    const app = await buildApp(testRuntime.runtime, { auth: testRuntime.auth, logger: loggerOptions(true, output, 'debug') || undefined });
    try {
      await app.inject({ method: 'GET', url: '/api/me' });
    } finally {
      await app.close();
    }
    return lines.join('');
  }

  it('is readable lines on a terminal and JSON in a file or pipe', async () => {
    // eslint-disable-next-line no-control-regex -- the colour codes a terminal gets
    expect((await logOf(true)).replace(/\u001b\[\d+m/g, '')).toMatch(/^\d\d:\d\d:\d\d .*DEBUG.* GET \/api\/me 200 [\d.]+ ms$/m);
    const json = (await logOf(false)).trim().split('\n').map((line) => JSON.parse(line));
    expect(json).toContainEqual(expect.objectContaining({ msg: 'request', url: '/api/me', statusCode: 200 }));
  });
});
