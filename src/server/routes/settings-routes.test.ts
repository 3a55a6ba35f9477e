import { readdir, readFile } from 'node:fs/promises';
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
