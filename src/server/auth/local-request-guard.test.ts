import { request as httpRequest } from 'node:http';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestRuntime, type TestRuntime } from '../../runtime/testing/create-test-runtime.ts';
import { multipartBody } from '../testing/multipart-body.ts';
import { buildApp, type BuildAppOptions } from '../build-app.ts';

let testRuntime: TestRuntime;
beforeAll(async () => {
  testRuntime = await createTestRuntime();
});
afterAll(() => testRuntime.close());

let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function localApp(options: Partial<BuildAppOptions> = {}): Promise<FastifyInstance> {
  app = await buildApp(testRuntime.runtime, { auth: { mode: 'local' }, ...options });
  return app;
}

const createJob = { method: 'POST' as const, url: '/api/jobs', payload: { pipeline: 'diagnostic', input: { steps: 1 } } };

describe('local mode: who may call', () => {
  it('answers requests addressed to loopback names and addresses', async () => {
    const target = await localApp();
    for (const host of ['localhost:8080', '127.0.0.1:8080', '[::1]:8080', '127.0.0.1', 'LOCALHOST']) {
      const response = await target.inject({ method: 'GET', url: '/api/me', headers: { host } });
      expect(response.statusCode, host).toBe(200);
    }
  });

  it('refuses a request addressed to another name (DNS rebinding) with 403 and a sentence', async () => {
    const target = await localApp();
    const response = await target.inject({ method: 'GET', url: '/api/jobs', headers: { host: 'attacker.example:8080' } });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('forbidden');
    expect(response.json().error.message).toMatch(/^This Kiln server runs in local mode and answers only requests addressed to localhost.*attacker\.example/);
  });

  it('answers the configured public host too', async () => {
    const target = await localApp({ publicHost: 'kiln.home.arpa' });
    expect((await target.inject({ method: 'GET', url: '/api/me', headers: { host: 'kiln.home.arpa' } })).statusCode).toBe(200);
    expect((await target.inject({ method: 'GET', url: '/api/me', headers: { host: 'other.home.arpa' } })).statusCode).toBe(403);
  });

  it('refuses a cross-site POST by its Origin before reading the upload', async () => {
    const target = await localApp();
    const form = multipartBody([{ kind: 'file', field: 'song', filename: 'song.wav', contentType: 'audio/wav', data: Buffer.alloc(64) }]);
    const response = await target.inject({
      method: 'POST', url: '/api/music-videos', headers: { ...form.headers, origin: 'https://attacker.example' }, payload: form.payload,
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.message).toMatch(/another site \(https:\/\/attacker\.example\)/);
  });

  it('refuses a cross-site POST by Sec-Fetch-Site when no Origin is sent', async () => {
    const target = await localApp();
    const response = await target.inject({ ...createJob, headers: { 'sec-fetch-site': 'cross-site' } });
    expect(response.statusCode).toBe(403);
  });

  it('refuses Origin null (sandboxed frames, data: pages)', async () => {
    const target = await localApp();
    expect((await target.inject({ ...createJob, headers: { origin: 'null' } })).statusCode).toBe(403);
  });

  it('refuses a websocket handshake from another site', async () => {
    const target = await localApp();
    const response = await target.inject({
      method: 'GET', url: '/api/live/sessions/x/stream', headers: { origin: 'https://attacker.example', upgrade: 'websocket', connection: 'Upgrade' },
    });
    expect(response.statusCode).toBe(403);
  });

  it('accepts the web app\'s own requests: same origin, same site, or no Origin at all (curl, the CLI)', async () => {
    const target = await localApp();
    const headerSets = [
      { origin: 'http://127.0.0.1:8080', 'sec-fetch-site': 'same-origin' },
      { origin: 'http://localhost:5173', 'sec-fetch-site': 'same-site' },
      {},
    ];
    for (const headers of headerSets) {
      const response = await target.inject({ ...createJob, headers: { host: '127.0.0.1:8080', ...headers } });
      expect(response.statusCode, JSON.stringify(headers)).toBe(202);
    }
  });

  it('lets a cross-site GET through: the browser keeps its answer from the other site', async () => {
    const target = await localApp();
    expect((await target.inject({ method: 'GET', url: '/api/me', headers: { origin: 'https://attacker.example' } })).statusCode).toBe(200);
  });
});

/** Sends a real websocket handshake and answers the status: 101 when the server upgraded it. */
function handshake(url: string, origin: string, host?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(url, {
      agent: false,
      headers: { ...(host ? { host } : {}), connection: 'Upgrade', upgrade: 'websocket', 'sec-websocket-version': '13', 'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==', origin },
    });
    outgoing.on('upgrade', (response, socket) => {
      socket.destroy();
      resolve(response.statusCode ?? 0);
    });
    outgoing.on('response', (response) => {
      response.socket.destroy();
      resolve(response.statusCode ?? 0);
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

describe('local mode over a real socket', () => {
  it('upgrades the web app\'s own websocket and refuses another site\'s', async () => {
    const target = await localApp();
    const address = await target.listen({ host: '127.0.0.1', port: 0 });
    const streamUrl = `${address}/api/live/sessions/no-such-session/stream`;
    expect(await handshake(streamUrl, address)).toBe(101);
    expect(await handshake(streamUrl, 'https://attacker.example')).toBe(403);
    // DNS rebinding: the page's own origin, but a name that is not this server's.
    const rebound = await handshake(streamUrl, 'http://rebound.attacker.example', 'rebound.attacker.example');
    expect(rebound).toBe(403);
  });
});

describe('JWT mode', () => {
  it('checks neither Host nor Origin: every request carries its own token', async () => {
    const jwtRuntime = await createTestRuntime({ authMode: 'jwt' });
    try {
      app = await buildApp(jwtRuntime.runtime, { auth: { mode: 'jwt', secret: 'super-secret-jwt-token-with-at-least-32-characters-long' } });
      const response = await app.inject({ method: 'GET', url: '/api/health', headers: { host: 'kiln.example.com', origin: 'https://studio.example.com' } });
      expect(response.statusCode).toBe(200);
    } finally {
      await app?.close();
      app = undefined;
      await jwtRuntime.close();
    }
  });
});
