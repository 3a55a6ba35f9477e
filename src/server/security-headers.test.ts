import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { installSecurityHeaders } from './security-headers.ts';

async function appWithHeaders() {
  const app = Fastify();
  await installSecurityHeaders(app, { contentSecurityPolicy: { directives: { defaultSrc: ["'self'"], scriptSrc: ["'self'"] } } });
  app.get('/plain', async () => ({ ok: true }));
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
});
