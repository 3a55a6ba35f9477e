import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestRuntime, type TestRuntime } from '../../runtime/testing/create-test-runtime.ts';
import { buildApp } from '../build-app.ts';
import { docsContentSecurityPolicy } from './docs-content-security-policy.ts';

describe('the OpenAPI document', () => {
  let testRuntime: TestRuntime;
  let app: FastifyInstance;
  let document: any;
  beforeAll(async () => {
    testRuntime = await createTestRuntime();
    app = await buildApp(testRuntime.runtime, { auth: testRuntime.auth });
    document = (await app.inject({ method: 'GET', url: '/docs/json' })).json();
  });
  afterAll(async () => {
    await app.close();
    await testRuntime.close();
  });

  it('gives the upload routes a multipart body with a binary file field', () => {
    const body = document.paths['/api/assets'].post.requestBody.content['multipart/form-data'].schema;
    expect(body.properties.file).toMatchObject({ type: 'string', format: 'binary' });
    expect(body.required).toEqual(['file']);
    expect(document.paths['/api/music-videos'].post.requestBody.content['multipart/form-data'].schema.properties.song.format).toBe('binary');
  });

  it('lists each route\'s error answers from the catalogue, with an example per code', () => {
    const upload = document.paths['/api/assets'].post.responses;
    expect(Object.keys(upload)).toEqual(expect.arrayContaining(['201', '400', '401', '413', '415', '429', '500']));
    expect(upload['415'].content['application/json'].examples.unsupported_media_type.value.error.code).toBe('unsupported_media_type');
    expect(Object.keys(document.paths['/api/assets/{id}'].get.responses)).toContain('404');
    // Health is public: no 401; settings refuse non-administrators with 403.
    expect(Object.keys(document.paths['/api/health'].get.responses)).not.toContain('401');
    expect(Object.keys(document.paths['/api/settings/config'].put.responses)).toEqual(expect.arrayContaining(['200', '400', '403']));
  });

  it('describes the job event stream and links the protocols page', async () => {
    const events = document.paths['/api/jobs/{id}/events'].get.responses['200'];
    expect(Object.keys(events.content)).toEqual(['text/event-stream']);
    expect(events.description).toContain('`step-progress`');
    expect(document.info.description).toContain('(/docs/protocols)');
    const page = await app.inject({ method: 'GET', url: '/docs/protocols' });
    expect(page.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(page.body).toContain('kiln-live.v1');
  });
});

describe('docsContentSecurityPolicy', () => {
  it('allows inline styles, keeps swagger-ui\'s script hashes and drops what reaches other sites', () => {
    const policy = docsContentSecurityPolicy("default-src 'self'; img-src 'self' data: validator.swagger.io; script-src 'self' 'sha256-abc'; "
      + "style-src 'self' https: 'sha256-def'; font-src 'self' https: data:; upgrade-insecure-requests;");
    expect(policy).toContain("script-src 'self' 'sha256-abc'");
    expect(policy).toContain("style-src 'self' 'unsafe-inline'");
    expect(policy).not.toMatch(/https:|validator\.swagger\.io|sha256-def|upgrade-insecure-requests/);
  });
});
