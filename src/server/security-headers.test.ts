import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { apiSecurityHeaders, installSecurityHeaders } from './security-headers.ts';

async function appWithHeaders() {
  const app = Fastify();
  await installSecurityHeaders(app, { contentSecurityPolicy: { directives: { defaultSrc: ["'self'"], scriptSrc: ["'self'"] } }, apiPrefix: '/api/' });
  app.get('/plain', async () => ({ ok: true }));
  app.get('/api/thing', async () => ({ ok: true }));
  app.get('/api/file', async (_request, reply) => reply.header('cache-control', 'private, max-age=60').header('content-security-policy', 'sandbox').send('file'));
  app.get('/own-policy', async (_request, reply) => reply.header('content-security-policy', 'sandbox').send('file'));
  app.get('/no-helmet', { helmet: false }, async () => 'bare');
  return app;
}

describe('security headers', () => {
  it('sends helmet\'s headers on every answer, the first and the later ones alike', async () => {
    const app = await appWithHeaders();
    const first = await app.inject({ method: 'GET', url: '/plain' });
    const second = await app.inject({ method: 'GET', url: '/plain' });
    const notFound = await app.inject({ method: 'GET', url: '/nowhere' });
    expect(first.headers['content-security-policy']).toContain("script-src 'self'");
    expect(first.headers['x-content-type-options']).toBe('nosniff');
    expect(first.headers['x-frame-options']).toBe('SAMEORIGIN');
    for (const later of [second, notFound]) {
      expect(later.headers['content-security-policy']).toBe(first.headers['content-security-policy']);
      expect(later.headers['strict-transport-security']).toBe(first.headers['strict-transport-security']);
    }
    await app.close();
  });

  it('lets a route set its own policy, and a route with helmet off go without', async () => {
    const app = await appWithHeaders();
    await app.inject({ method: 'GET', url: '/plain' });
    const own = await app.inject({ method: 'GET', url: '/own-policy' });
    expect(own.headers['content-security-policy']).toBe('sandbox');
    expect(own.headers['x-content-type-options']).toBe('nosniff');
    expect((await app.inject({ method: 'GET', url: '/no-helmet' })).headers['x-content-type-options']).toBeUndefined();
    await app.close();
  });

  it('gives answers under the API prefix the API set instead of helmet\'s, and lets a route set its own', async () => {
    const app = await appWithHeaders();
    const api = await app.inject({ method: 'GET', url: '/api/thing?x=1' });
    expect(api.headers).toMatchObject(apiSecurityHeaders);
    expect(api.headers['x-dns-prefetch-control']).toBeUndefined();
    const missing = await app.inject({ method: 'GET', url: '/api/nowhere' });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-security-policy']).toBe(apiSecurityHeaders['content-security-policy']);
    const file = await app.inject({ method: 'GET', url: '/api/file' });
    expect(file.headers['cache-control']).toBe('private, max-age=60');
    expect(file.headers['content-security-policy']).toBe('sandbox');
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    const page = await app.inject({ method: 'GET', url: '/plain' });
    expect(page.headers['x-dns-prefetch-control']).toBe('off');
    expect(page.headers['cache-control']).toBeUndefined();
    await app.close();
  });
});

describe('security headers, per request', () => {
  it('adds no helmet hooks to the app: one hook writes the headers', async () => {
    const app = Fastify();
    await installSecurityHeaders(app, { apiPrefix: '/api/' });
    app.get('/api/thing', async () => ({ ok: true }));
    await app.ready();
    const hooks = app.printRoutes({ includeHooks: true, commonPrefix: false });
    expect(hooks).not.toMatch(/helmet/i);
    expect((await app.inject({ method: 'GET', url: '/api/thing' })).headers).toMatchObject(apiSecurityHeaders);
    await app.close();
  });

  it('refuses a route that sets its own helmet options instead of ignoring them', async () => {
    const app = Fastify();
    await installSecurityHeaders(app, { apiPrefix: '/api/' });
    expect(() => app.get('/framed', { helmet: { frameguard: false } }, async () => 'page')).toThrow(/helmet options/);
    await app.close();
  });
});
