import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestRuntime, type TestRuntime } from '../runtime/testing/create-test-runtime.ts';
import { isLoopbackHost } from './is-loopback-host.ts';
import { startServer } from './start-server.ts';

let testRuntime: TestRuntime;
beforeAll(async () => {
  testRuntime = await createTestRuntime();
});
afterAll(() => testRuntime.close());

describe('startServer', () => {
  it.each(['0.0.0.0', '::', '192.168.1.20', 'kiln.example.org'])('refuses to listen on %s in local auth mode, saying how to set up auth', async (host) => {
    const attempt = startServer({ runtime: testRuntime.runtime, host, port: 0, auth: testRuntime.auth, logger: false });
    await expect(attempt).rejects.toMatchObject({ code: 'config_invalid', message: expect.stringContaining(`Refusing to listen on ${host} without auth`) });
    await expect(attempt).rejects.toMatchObject({ message: expect.stringContaining('KILN_JWT_SECRET') });
  });

  it('takes an IPv6 address in brackets, as HOST=[::1] is usually written', async () => {
    const server = await startServer({ runtime: testRuntime.runtime, host: '[::1]', port: 0, auth: testRuntime.auth, logger: false });
    try {
      expect(server.url).toMatch(/^http:\/\/\[::1\]:\d+$/);
      expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('listens on loopback in local mode and closes again', async () => {
    const server = await startServer({ runtime: testRuntime.runtime, host: '127.0.0.1', port: 0, auth: testRuntime.auth, logger: false });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const response = await fetch(`${server.url}/api/health`);
      expect(response.status).toBe(200);
      expect((await response.json()).auth).toBe('local');
    } finally {
      await server.close();
    }
    await expect(fetch(`${server.url}/api/health`)).rejects.toThrow();
  });
});

describe('isLoopbackHost', () => {
  it.each([
    ['localhost', true], ['127.0.0.1', true], ['127.8.9.10', true], ['::1', true], ['[::1]', true], ['::ffff:127.0.0.1', true],
    ['0.0.0.0', false], ['::', false], ['10.0.0.5', false], ['::ffff:10.0.0.5', false], ['localhost.example.com', false], ['128.0.0.1', false],
  ])('%s → %s', (host, expected) => {
    expect(isLoopbackHost(host)).toBe(expected);
  });
});
