import type { FastifyInstance } from 'fastify';
import { SignJWT } from 'jose';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from './build-app.ts';
import { createFakeRuntime } from './testing/fake-runtime.ts';

const secret = 'rate-limit-test-secret-long-enough-for-hs256';
const bearer = async (sub: string) => ({
  authorization: `Bearer ${await new SignJWT({ sub }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('5m').sign(new TextEncoder().encode(secret))}`,
});

let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('rate limits', () => {
  it('count per user, so one busy user does not lock out another', async () => {
    app = await buildApp(createFakeRuntime({ authMode: 'jwt' }), {
      auth: { mode: 'jwt', secret },
      rateLimits: { reads: { max: 1, timeWindow: '1 minute' } },
    });
    const alice = await bearer('alice');
    expect((await app.inject({ method: 'GET', url: '/api/jobs', headers: alice })).statusCode).toBe(200);
    const refused = await app.inject({ method: 'GET', url: '/api/assets', headers: alice });
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.message).toMatch(/^Too many requests: the limit is 1 per 1 minute\. Try again in (1 minute|\d+ seconds?)\.$/);
    expect((await app.inject({ method: 'GET', url: '/api/jobs', headers: await bearer('bob') })).statusCode).toBe(200);
  });
});
