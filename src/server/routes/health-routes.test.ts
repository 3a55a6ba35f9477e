import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { defaultCapabilities } from '../../config/default-config.ts';
import { debianEdictPath } from '../../pipelines/vocabulary/analysis/load-edict.ts';
import { describeGlossLanguages } from '../../safety/read-idea-with-glosses.ts';
import type { KilnRuntime } from '../../runtime/contracts.ts';
import { kilnVersion } from '../../runtime/kiln-version.ts';
import { createTestRuntime, type TestRuntime } from '../../runtime/testing/create-test-runtime.ts';
import { buildApp } from '../build-app.ts';

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

async function health(runtime: KilnRuntime = testRuntime.runtime) {
  app = await buildApp(runtime, { auth: { mode: 'local' } });
  const response = await app.inject({ method: 'GET', url: '/api/health' });
  expect(response.statusCode).toBe(200);
  return response.json();
}

/** A port on which nothing listens: opened, noted and closed again. */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

describe('GET /api/health', () => {
  it('reports version, database, auth mode, backends and each capability\'s fallback list', async () => {
    expect(await health()).toEqual({
      status: 'ok',
      version: kilnVersion,
      database: 'pglite',
      auth: 'local',
      backends: [{ name: 'builtin', type: 'builtin', state: 'ready', device: 'cpu', serves: expect.objectContaining({ moderation: ['rules'] }) }],
      capabilities: defaultCapabilities,
      // The vocabulary studio's dictionary: Debian's EDICT where the edict package is installed, else none and how to get one.
      dictionary: existsSync(debianEdictPath)
        ? { kind: 'edict', description: expect.stringContaining('EDICT from /usr/share/edict/edict') }
        : { kind: 'none', description: expect.stringContaining('apt-get install edict') },
      // The story check's FreeDict dictionaries: which languages are read, and the package that adds each missing one.
      storyLanguages: describeGlossLanguages(),
      // The sentence encoder that reads child-mode ideas by meaning: loaded on the first idea, none here yet.
      ideaReader: { state: 'not loaded' },
    });
    const { storyLanguages } = await health();
    for (const { language, package: name } of storyLanguages.missing) {
      expect(storyLanguages.description).toContain(name);
      expect(storyLanguages.read).not.toContain(language);
    }
  });

  describe('with an Ollama backend that nothing answers for', () => {
    let withOllama: TestRuntime;
    let ollamaUrl: string;
    beforeAll(async () => {
      ollamaUrl = `http://127.0.0.1:${await closedPort()}`;
      withOllama = await createTestRuntime({ env: { KILN_OLLAMA_URL: ollamaUrl, KILN_TEXT: 'ollama:llama3.2,builtin:storyteller' } });
    });
    afterAll(() => withOllama.close());

    it('is degraded, says why, and lists the fallback in order', async () => {
      const body = await health(withOllama.runtime);
      expect(body.status).toBe('degraded');
      const ollama = body.backends.find((backend: { name: string }) => backend.name === 'ollama');
      expect(ollama).toMatchObject({ type: 'ollama', state: 'unavailable', device: 'remote', serves: { text: ['llama3.2'] } });
      expect(ollama.reason).toContain(ollamaUrl);
      expect(body.capabilities.text).toEqual(['ollama:llama3.2', 'builtin:storyteller']);
    });
  });

  describe('for callers who may not see the details', () => {
    let withOllama: TestRuntime;
    let jwtRuntime: TestRuntime;
    let ollamaAddress: string;
    beforeAll(async () => {
      ollamaAddress = `127.0.0.1:${await closedPort()}`;
      const env = { KILN_OLLAMA_URL: `http://${ollamaAddress}`, KILN_TEXT: 'ollama:llama3.2,builtin:storyteller' };
      withOllama = await createTestRuntime({ env });
      jwtRuntime = await createTestRuntime({ authMode: 'jwt', env });
    });
    afterAll(async () => {
      await withOllama.close();
      await jwtRuntime.close();
    });

    it('says only up or down, version and sign-in mode to a caller from another machine in local mode', async () => {
      app = await buildApp(withOllama.runtime, { auth: { mode: 'local' } });
      const response = await app.inject({ method: 'GET', url: '/api/health', remoteAddress: '192.168.1.20' });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ status: 'degraded', version: kilnVersion, auth: 'local' });
      expect(response.body).not.toContain(ollamaAddress);
    });

    it('says only up or down without a token in JWT mode, and everything with one', async () => {
      app = await buildApp(jwtRuntime.runtime, { auth: jwtRuntime.auth });
      const anonymous = await app.inject({ method: 'GET', url: '/api/health' });
      expect(anonymous.json()).toEqual({ status: 'degraded', version: kilnVersion, auth: 'jwt' });
      const badToken = await app.inject({ method: 'GET', url: '/api/health', headers: { authorization: 'Bearer not-a-token' } });
      expect(badToken.json()).toEqual({ status: 'degraded', version: kilnVersion, auth: 'jwt' });
      const signedIn = await app.inject({ method: 'GET', url: '/api/health', headers: await jwtRuntime.bearer('user-a') });
      expect(signedIn.json().backends.find((backend: { name: string }) => backend.name === 'ollama').reason).toContain(ollamaAddress);
    });
  });

  it('still answers, degraded, when the backend check itself fails', async () => {
    // The real registry reports each backend's failure in its answer and never throws, so this is
    // the real runtime with only providers.health replaced, to reach the route's own fallback.
    const { runtime } = testRuntime;
    const body = await health({
      ...runtime,
      providers: {
        ...runtime.providers,
        health: async () => {
          throw new Error('registry broke');
        },
      },
    });
    expect(body).toMatchObject({ status: 'degraded', backends: [] });
  });
});

describe('GET /api/pipelines', () => {
  it('lists pipelines with their input as JSON Schema', async () => {
    app = await buildApp(testRuntime.runtime, { auth: testRuntime.auth });
    const { pipelines } = (await app.inject({ method: 'GET', url: '/api/pipelines' })).json();
    const diagnostic = pipelines.find((pipeline: { id: string }) => pipeline.id === 'diagnostic');
    expect(diagnostic).toMatchObject({ description: expect.stringContaining('Waits in a chain of steps') });
    expect(diagnostic.inputSchema).toMatchObject({
      type: 'object',
      properties: {
        steps: { type: 'integer', minimum: 1, maximum: 20, default: 3 },
        delayMs: { type: 'number', minimum: 0, maximum: 10_000, default: 0 },
        label: { type: 'string', maxLength: 200 },
      },
      additionalProperties: false,
    });
  });
});
