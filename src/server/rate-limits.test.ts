import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestRuntime, type TestRuntime } from '../runtime/testing/create-test-runtime.ts';
import { buildApp } from './build-app.ts';

let testRuntime: TestRuntime;
beforeAll(async () => {
  testRuntime = await createTestRuntime({ authMode: 'jwt' });
});
afterAll(() => testRuntime.close());

let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('rate limits', () => {
  it('count per user, so one busy user does not lock out another', async () => {
    app = await buildApp(testRuntime.runtime, {
      auth: testRuntime.auth,
      rateLimits: { reads: { max: 1, timeWindow: '1 minute' } },
    });
    const alice = await testRuntime.bearer('alice');
    expect((await app.inject({ method: 'GET', url: '/api/jobs', headers: alice })).statusCode).toBe(200);
    const refused = await app.inject({ method: 'GET', url: '/api/assets', headers: alice });
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.message).toMatch(/^Too many requests: the limit is 1 per 1 minute\. Try again in (1 minute|\d+ seconds?)\.$/);
    expect((await app.inject({ method: 'GET', url: '/api/jobs', headers: await testRuntime.bearer('bob') })).statusCode).toBe(200);
  });
});
