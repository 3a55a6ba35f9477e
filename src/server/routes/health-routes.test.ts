import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { kilnVersion } from '../../runtime/kiln-version.ts';
import { buildApp } from '../build-app.ts';
import { createFakeRuntime, type FakeRuntime } from '../testing/fake-runtime.ts';

let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function health(runtime: FakeRuntime) {
  app = await buildApp(runtime, { auth: { mode: 'local' } });
  const response = await app.inject({ method: 'GET', url: '/api/health' });
  expect(response.statusCode).toBe(200);
  return response.json();
}

describe('GET /api/health', () => {
  it('reports version, database, auth mode, backends and each capability\'s fallback list', async () => {
    expect(await health(createFakeRuntime())).toEqual({
      status: 'ok',
      version: kilnVersion,
      database: 'pglite',
      auth: 'local',
      backends: [{ name: 'builtin', type: 'builtin', state: 'ready', device: 'cpu', serves: { moderation: ['rules'] } }],
      capabilities: { text: [], image: [], restyle: [], speech: [], transcription: [], moderation: ['builtin:rules'], description: [] },
    });
  });

  it('is degraded when a backend is unavailable, and says why', async () => {
    const body = await health(createFakeRuntime({
      backends: [{ name: 'ollama', type: 'ollama', state: 'unavailable', reason: 'Nothing answers at http://127.0.0.1:11434.', device: 'remote', serves: { text: ['llama3.2'] } }],
    }));
    expect(body.status).toBe('degraded');
    expect(body.backends[0].reason).toBe('Nothing answers at http://127.0.0.1:11434.');
  });

  it('still answers, degraded, when the backend check itself fails', async () => {
    const runtime = createFakeRuntime();
    runtime.providers.health = async () => {
      throw new Error('registry broke');
    };
    const body = await health(runtime);
    expect(body).toMatchObject({ status: 'degraded', backends: [] });
  });
});

describe('GET /api/pipelines', () => {
  it('lists pipelines with their input as JSON Schema', async () => {
    app = await buildApp(createFakeRuntime(), { auth: { mode: 'local' } });
    const { pipelines } = (await app.inject({ method: 'GET', url: '/api/pipelines' })).json();
    expect(pipelines).toHaveLength(1);
    expect(pipelines[0]).toMatchObject({ id: 'echo', description: 'Repeats a text; for tests.' });
    expect(pipelines[0].inputSchema).toMatchObject({
      type: 'object',
      properties: { text: { type: 'string', maxLength: 100 }, repeat: { type: 'integer', default: 1 } },
      required: ['text'],
    });
  });
});
