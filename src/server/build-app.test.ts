import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { KilnRuntime } from '../runtime/contracts.ts';
import { createTestRuntime, type TestRuntime } from '../runtime/testing/create-test-runtime.ts';
import { buildApp, type BuildAppOptions } from './build-app.ts';

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

async function start(options: Partial<BuildAppOptions> = {}, runtime: KilnRuntime = testRuntime.runtime): Promise<FastifyInstance> {
  app = await buildApp(runtime, { auth: testRuntime.auth, ...options });
  return app;
}

describe('error answers', () => {
  it('answers malformed JSON with 400 and a sentence', async () => {
    const response = await (await start()).inject({ method: 'POST', url: '/api/jobs', headers: { 'content-type': 'application/json' }, payload: '{"pipeline": "diagnostic",' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ error: { code: 'bad_input', message: 'The body is not valid JSON; check for a missing quote, comma or brace.' } });
  });

  it('names a missing field and where it was missing', async () => {
    const response = await (await start()).inject({ method: 'POST', url: '/api/jobs', payload: { input: {} } });
    expect(response.statusCode).toBe(400);
    const { error } = response.json();
    expect(error.code).toBe('bad_input');
    expect(error.message).toMatch(/^The body is not valid: pipeline: /);
    expect(error.details.issues).toEqual([{ path: 'pipeline', message: expect.any(String) }]);
  });

  it('says which part of the request was wrong for a bad query string', async () => {
    const response = await (await start()).inject({ method: 'GET', url: '/api/jobs?limit=0' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toMatch(/^The query string is not valid: limit: /);
  });

  it('refuses a content type the route does not take with 415', async () => {
    const response = await (await start()).inject({ method: 'POST', url: '/api/jobs', headers: { 'content-type': 'text/plain' }, payload: 'diagnostic' });
    expect(response.statusCode).toBe(415);
    expect(response.json().error).toEqual({ code: 'unsupported_media_type', message: 'Content-Type text/plain is not accepted here; send application/json.' });
  });

  it('refuses a body over the limit with 413 naming the limit', async () => {
    const response = await (await start({ bodyLimitBytes: 1024 })).inject({
      method: 'POST', url: '/api/jobs', payload: { pipeline: 'diagnostic', input: { label: 'x'.repeat(2000) } },
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().error).toEqual({
      code: 'payload_too_large', message: 'The body is larger than the limit of 1 KiB.', details: { limitBytes: 1024 },
    });
    expect(await testRuntime.runtime.jobs.list('local')).toEqual([]);
  });

  it('answers an unknown route with 404 in the same shape', async () => {
    const response = await (await start()).inject({ method: 'GET', url: '/api/nothing-here?x=1' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ error: { code: 'not_found', message: 'There is no GET /api/nothing-here. The API is listed at /docs.' } });
  });

  it('hides what went wrong inside, keeping it for the log only', async () => {
    const lines: string[] = [];
    const stream = new Writable({ write(chunk, _encoding, done) { lines.push(String(chunk)); done(); } });
    // The real job service cannot be made to fail with secrets in its error on demand, so this
    // runtime is the real one with just jobs.list replaced by one that does.
    const { runtime: real } = testRuntime;
    const runtime: KilnRuntime = {
      ...real,
      jobs: {
        ...real.jobs,
        list: async () => {
          throw Object.assign(new Error('connect ECONNREFUSED db.internal:5432 password=hunter2'), { headers: { authorization: 'Bearer s3cret-token' } });
        },
      },
    };
    const response = await (await start({ logger: { level: 'info', stream } }, runtime)).inject({ method: 'GET', url: '/api/jobs' });
    expect(response.statusCode).toBe(500);
    const body = response.json();
    expect(body.error.code).toBe('internal');
    expect(response.body).not.toMatch(/hunter2|ECONNREFUSED|stack|\.ts:/);
    expect(body.error.message).toContain(body.error.details.requestId);
    const log = lines.join('');
    expect(log).toContain('ECONNREFUSED');
    expect(log).not.toContain('s3cret-token');
    expect(log).toContain('[redacted]');
  });
});

describe('the app', () => {
  it('refuses a server whose auth mode disagrees with the runtime', async () => {
    expect(testRuntime.runtime.authMode).toBe('local');
    await expect(buildApp(testRuntime.runtime, { auth: { mode: 'jwt', secret: 'x'.repeat(32) } }))
      .rejects.toMatchObject({ code: 'config_invalid' });
  });

  it('publishes an OpenAPI document generated from the route schemas', async () => {
    const response = await (await start()).inject({ method: 'GET', url: '/docs/json' });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining([
      '/api/health', '/api/me', '/api/pipelines', '/api/jobs', '/api/jobs/{id}', '/api/jobs/{id}/cancel',
      '/api/jobs/{id}/events', '/api/assets', '/api/assets/{id}', '/api/assets/{id}/content', '/metrics',
    ]));
    expect(document.paths['/api/jobs'].post.requestBody.content['application/json'].schema.required).toContain('pipeline');
    expect(Object.keys(document.components.schemas)).toEqual(expect.arrayContaining(['Job', 'Asset']));
    expect((await app!.inject({ method: 'GET', url: '/docs' })).statusCode).toBeLessThan(400);
  });

  it('sends a Content-Security-Policy that lets the web app run and play blob: media', async () => {
    const response = await (await start()).inject({ method: 'GET', url: '/stories', headers: { accept: 'text/html' } });
    const policy = String(response.headers['content-security-policy']);
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("media-src 'self' data: blob:");
    expect(policy).not.toContain('upgrade-insecure-requests');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('answers the API with the headers an API answer needs: nothing loads, nothing is cached or framed', async () => {
    const response = await (await start()).inject({ method: 'GET', url: '/api/health' });
    expect(response.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(response.headers['cross-origin-resource-policy']).toBe('same-origin');
    // Document-only headers stay on the web app's pages.
    expect(response.headers['cross-origin-opener-policy']).toBeUndefined();
  });
});

describe('the web app', () => {
  const webRoot = mkdtempSync(path.join(tmpdir(), 'kiln-web-root-'));
  mkdirSync(path.join(webRoot, 'assets'));
  writeFileSync(path.join(webRoot, 'index.html'), '<!doctype html><title>Kiln</title>');
  writeFileSync(path.join(webRoot, 'assets', 'app-1234.js'), 'console.log(1)');
  afterAll(() => rmSync(webRoot, { recursive: true, force: true }));

  it('serves its files, and index.html for its own routes', async () => {
    await start({ webRoot });
    const script = await app!.inject({ method: 'GET', url: '/assets/app-1234.js' });
    expect(script.statusCode).toBe(200);
    expect(script.headers['cache-control']).toContain('immutable');
    expect((await app!.inject({ method: 'GET', url: '/' })).body).toContain('<title>Kiln</title>');
    const page = await app!.inject({ method: 'GET', url: '/jobs/job-1', headers: { accept: 'text/html' } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<title>Kiln</title>');
  });

  it('answers missing files and API paths with a JSON 404, not the page', async () => {
    await start({ webRoot });
    const missingScript = await app!.inject({ method: 'GET', url: '/assets/gone.js', headers: { accept: '*/*' } });
    expect(missingScript.statusCode).toBe(404);
    const missingApi = await app!.inject({ method: 'GET', url: '/api/nope', headers: { accept: 'text/html' } });
    expect(missingApi.statusCode).toBe(404);
    expect(missingApi.json().error.code).toBe('not_found');
  });
});
