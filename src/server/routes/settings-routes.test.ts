import { readdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOllamaStandIn } from '../../providers/ollama/testing/ollama-stand-in.ts';
import { closedPortURL } from '../../providers/testing/closed-port.ts';
import type { StandIn } from '../../providers/testing/start-stand-in.ts';
import { createTestRuntime, type TestRuntime } from '../../runtime/testing/create-test-runtime.ts';
import { buildApp } from '../build-app.ts';

describe('settings routes in local mode (against the Ollama stand-in)', () => {
  let testRuntime: TestRuntime;
  let app: FastifyInstance;
  let ollama: StandIn;
  beforeAll(async () => {
    testRuntime = await createTestRuntime();
    app = await buildApp(testRuntime.runtime, { auth: { mode: 'local' } });
    ollama = await startOllamaStandIn();
  });
  afterAll(async () => {
    await app.close();
    await testRuntime.close();
    await ollama.close();
  });

  const ollamaChange = () => ({
    backends: { ollama: { type: 'ollama', baseURL: ollama.origin } },
    capabilities: { text: ['ollama:llama3.2', 'builtin:storyteller'] },
  });

  it('shows an empty, not yet created config file', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/settings/config' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ file: join(testRuntime.dataDir, 'kiln.config.json'), exists: false, writable: true, backends: {} });
    expect(response.json().backendTypes).toContain('ollama');
  });

  it('tests a proposed backend without saving it', async () => {
    const ready = await app.inject({ method: 'POST', url: '/api/settings/backends/test', payload: { name: 'ollama', backend: { type: 'ollama', baseURL: ollama.origin } } });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({ name: 'ollama', type: 'ollama', state: 'ready' });
    const dead = await app.inject({ method: 'POST', url: '/api/settings/backends/test', payload: { name: 'ollama', backend: { type: 'ollama', baseURL: await closedPortURL() } } });
    expect(dead.json()).toMatchObject({ state: 'unavailable', reason: expect.any(String) });
    expect(await readdir(testRuntime.dataDir)).not.toContain('kiln.config.json');
  });

  it('finds the Ollama stand-in at the ports it is told to look at, with its models, and a typed address', async () => {
    // The stand-in's port stands for 11434, so the test never depends on what runs on this machine.
    testRuntime.runtime.configSource!.env.KILN_DETECT_PORTS = `ollama=${new URL(ollama.origin).port},ollama=${new URL(await closedPortURL()).port}`;
    const response = await app.inject({ method: 'GET', url: '/api/settings/backends/detect' });
    expect(response.statusCode).toBe(200);
    expect(response.json().servers).toEqual([expect.objectContaining({
      kind: 'ollama', state: 'usable', address: ollama.origin, backend: { type: 'ollama', baseURL: ollama.origin }, suggestedName: 'ollama',
      models: expect.arrayContaining([{ id: 'llama3.2:latest', capabilities: ['text'] }]),
    })]);
    const typed = await app.inject({ method: 'GET', url: `/api/settings/backends/detect?address=${encodeURIComponent(ollama.origin)}` });
    expect(typed.json().servers.map((server: { kind: string }) => server.kind)).toContain('ollama');
    const garbage = await app.inject({ method: 'GET', url: '/api/settings/backends/detect?address=gopher%3A%2F%2Fhost' });
    expect(garbage.statusCode).toBe(400);
    expect(garbage.json().error.message).toMatch(/not an http or https address/);
  });

  it('saves a backend and its fallback list, in force at once without a restart', async () => {
    const saved = await app.inject({ method: 'PUT', url: '/api/settings/config', payload: ollamaChange() });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ exists: true, backends: ollamaChange().backends });
    expect(JSON.parse(await readFile(join(testRuntime.dataDir, 'kiln.config.json'), 'utf8'))).toEqual(ollamaChange());
    const health = (await app.inject({ method: 'GET', url: '/api/health' })).json();
    expect(health.capabilities.text).toEqual(['ollama:llama3.2', 'builtin:storyteller']);
    expect(health.backends).toContainEqual(expect.objectContaining({ name: 'ollama', state: 'ready', serves: { text: ['llama3.2'] } }));
    expect(testRuntime.runtime.config.capabilities.text).toEqual(['ollama:llama3.2', 'builtin:storyteller']);
  });

  it('answers 400 naming the field for a literal secret, and keeps the file as it was', async () => {
    const before = await readFile(join(testRuntime.dataDir, 'kiln.config.json'), 'utf8');
    const response = await app.inject({
      method: 'PUT',
      url: '/api/settings/config',
      payload: { backends: { cloud: { type: 'openai', baseURL: 'https://api.example.com/v1', apiKey: 'sk-123' } }, capabilities: {} },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'bad_input', details: { field: 'backends.cloud.apiKey' } });
    expect(response.body).not.toContain('sk-123');
    const unknown = await app.inject({ method: 'PUT', url: '/api/settings/config', payload: { backends: {}, capabilities: { text: ['comfy:x'] } } });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details.field).toBe('capabilities.text[0]');
    expect(await readFile(join(testRuntime.dataDir, 'kiln.config.json'), 'utf8')).toBe(before);
  });
});

describe('environment variables the settings API may name for backend keys', () => {
  let testRuntime: TestRuntime;
  let app: FastifyInstance;
  let listener: ReturnType<typeof createServer>;
  let listenerURL: string;
  const received: string[] = [];
  beforeAll(async () => {
    testRuntime = await createTestRuntime();
    // Many saves and tests in a row: the usual limit on changes would answer 429 part way.
    app = await buildApp(testRuntime.runtime, { auth: { mode: 'local' }, rateLimits: { 'jobs-create': { max: 1000, timeWindow: 60_000 } } });
    // Stands for an address the caller chose: it records every Authorization header sent to it.
    listener = createServer((request, response) => {
      received.push(String(request.headers.authorization ?? ''));
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"data":[]}');
    });
    await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
    listenerURL = `http://127.0.0.1:${(listener.address() as AddressInfo).port}/v1`;
  });
  afterAll(async () => {
    await app.close();
    await testRuntime.close();
    await new Promise<void>((resolve) => listener.close(() => resolve()));
  });

  const configFile = () => join(testRuntime.dataDir, 'kiln.config.json');
  const cloud = (apiKeyEnv: string, name = 'cloud') => ({ backends: { [name]: { type: 'openai', baseURL: listenerURL, apiKeyEnv } }, capabilities: {} });
  const put = (payload: object) => app.inject({ method: 'PUT', url: '/api/settings/config', payload });
  const test = (apiKeyEnv: string, name = 'cloud') => app.inject({ method: 'POST', url: '/api/settings/backends/test', payload: { name, backend: cloud(apiKeyEnv).backends.cloud } });

  it.each(['KILN_JWT_SECRET', 'KILN_METRICS_TOKEN', 'KILN_OBS_PASSWORD', 'DATABASE_URL', 'NOTION_TOKEN', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN'])(
    'refuses %s, one of Kiln\'s own secrets, on save and on test, sending nothing', async (variable) => {
      for (const response of [await put(cloud(variable)), await test(variable)]) {
        expect(response.statusCode, response.body).toBe(400);
        expect(response.json().error.details.field).toMatch(/^backends?(\.cloud)?\.apiKeyEnv$/);
        expect(response.json().error.message).toContain(`${variable} holds one of Kiln's own secrets`);
      }
      expect(received).toEqual([]);
    },
  );

  it('refuses any other variable not marked for backends (KILN_BACKEND_ prefix), and takes one that is', async () => {
    for (const variable of ['HOME', 'VLLM_API_KEY']) {
      const saved = await put(cloud(variable));
      expect(saved.statusCode, saved.body).toBe(400);
      expect(saved.json().error).toMatchObject({ code: 'bad_input', details: { field: 'backends.cloud.apiKeyEnv' } });
      expect(saved.json().error.message).toMatch(/only environment variables whose names start with KILN_BACKEND_/);
      expect((await test(variable)).statusCode).toBe(400);
    }
    expect(received).toEqual([]);
    const saved = await put(cloud('KILN_BACKEND_CLOUD_KEY'));
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await test('KILN_BACKEND_CLOUD_KEY')).statusCode).toBe(200);
  });

  it('keeps a name the operator wrote in the file, but the API can neither change it nor move it to another backend', async () => {
    const written = { backends: { vllm: { type: 'openai', baseURL: 'http://127.0.0.1:1/v1', apiKeyEnv: 'VLLM_API_KEY' } }, capabilities: {} };
    await writeFile(configFile(), JSON.stringify(written));
    const kept = await put({ ...written, capabilities: { text: ['vllm:qwen', 'builtin:storyteller'] } });
    expect(kept.statusCode, kept.body).toBe(200);
    expect((await app.inject({ method: 'POST', url: '/api/settings/backends/test', payload: { name: 'vllm', backend: written.backends.vllm } })).statusCode).toBe(200);
    const changed = await put({ backends: { vllm: { ...written.backends.vllm, apiKeyEnv: 'OTHER_API_KEY' } }, capabilities: {} });
    expect(changed.statusCode).toBe(400);
    expect(changed.json().error.details.field).toBe('backends.vllm.apiKeyEnv');
    const moved = await put({ backends: { ...written.backends, copy: written.backends.vllm }, capabilities: {} });
    expect(moved.statusCode).toBe(400);
    expect(moved.json().error.details.field).toBe('backends.copy.apiKeyEnv');
    expect((await test('VLLM_API_KEY', 'copy')).statusCode).toBe(400);
    expect(JSON.parse(await readFile(configFile(), 'utf8')).backends).toEqual(written.backends);
  });

  it('refuses a literal key in an auth header (Azure, Google, a bearer token) on save and on test', async () => {
    for (const headers of [{ 'Ocp-Apim-Subscription-Key': 'abc123' }, { 'x-goog-api-key': 'abc123' }, { 'X-Custom': 'Bearer abc123' }]) {
      const backend = { type: 'openai', baseURL: listenerURL, headers };
      const saved = await put({ backends: { cloud: backend }, capabilities: {} });
      expect(saved.statusCode).toBe(400);
      expect(saved.json().error.details.field).toBe(`backends.cloud.headers.${Object.keys(headers)[0]}`);
      expect(saved.body).not.toContain('abc123');
      expect((await app.inject({ method: 'POST', url: '/api/settings/backends/test', payload: { name: 'cloud', backend } })).statusCode).toBe(400);
    }
    expect(received).toEqual([]);
  });
});

describe('settings routes in JWT mode', () => {
  let testRuntime: TestRuntime;
  let app: FastifyInstance;
  beforeAll(async () => {
    testRuntime = await createTestRuntime({ authMode: 'jwt' });
    app = await buildApp(testRuntime.runtime, { auth: testRuntime.auth });
  });
  afterAll(async () => {
    await app.close();
    await testRuntime.close();
  });

  it('answers 403 to a user without the kiln_admin claim, and writes nothing', async () => {
    const headers = await testRuntime.bearer('alice', { kiln_admin: 'yes' });
    expect((await app.inject({ method: 'GET', url: '/api/settings/config', headers })).statusCode).toBe(403);
    const put = await app.inject({ method: 'PUT', url: '/api/settings/config', headers, payload: { backends: {}, capabilities: {} } });
    expect(put.statusCode).toBe(403);
    expect(put.json().error.code).toBe('forbidden');
    const test = await app.inject({ method: 'POST', url: '/api/settings/backends/test', headers, payload: { name: 'x', backend: { type: 'builtin' } } });
    expect(test.statusCode).toBe(403);
    expect((await app.inject({ method: 'GET', url: '/api/settings/backends/detect', headers })).statusCode).toBe(403);
    expect(await readdir(testRuntime.dataDir)).not.toContain('kiln.config.json');
  });

  it('lets a token with kiln_admin: true read and save', async () => {
    const headers = await testRuntime.bearer('root', { kiln_admin: true });
    expect((await app.inject({ method: 'GET', url: '/api/settings/config', headers })).statusCode).toBe(200);
    const put = await app.inject({ method: 'PUT', url: '/api/settings/config', headers, payload: { backends: {}, capabilities: { text: ['builtin:storyteller'] } } });
    expect(put.statusCode).toBe(200);
    expect(await readdir(testRuntime.dataDir)).toContain('kiln.config.json');
  });
});
