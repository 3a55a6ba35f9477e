import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestRuntime, type TestRuntime } from '../../runtime/testing/create-test-runtime.ts';
import { buildApp } from '../build-app.ts';
import type { AuthOptions } from './auth-options.ts';

const secret = 'super-secret-jwt-token-with-at-least-32-characters-long';

let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

// The runtime only has to be in JWT mode; each test gives the server its own way of checking tokens.
let jwtRuntime: TestRuntime;
beforeAll(async () => {
  jwtRuntime = await createTestRuntime({ authMode: 'jwt' });
});
afterAll(() => jwtRuntime.close());

async function jwtApp(auth: Omit<Extract<AuthOptions, { mode: 'jwt' }>, 'mode'>): Promise<FastifyInstance> {
  app = await buildApp(jwtRuntime.runtime, { auth: { mode: 'jwt', ...auth } });
  return app;
}

function hs256Token(claims: { sub?: string; aud?: string; iss?: string }, options: { key?: string; expiresIn?: string | number } = {}): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '1h')
    .sign(new TextEncoder().encode(options.key ?? secret));
}

async function me(target: FastifyInstance, token?: string) {
  const response = await target.inject({ method: 'GET', url: '/api/me', headers: token === undefined ? {} : { authorization: `Bearer ${token}` } });
  return { status: response.statusCode, body: response.json() };
}

describe('local mode', () => {
  let localRuntime: TestRuntime;
  beforeAll(async () => {
    localRuntime = await createTestRuntime();
  });
  afterAll(() => localRuntime.close());

  it('makes every request the one local user, without a token', async () => {
    app = await buildApp(localRuntime.runtime, { auth: localRuntime.auth });
    expect(await me(app)).toEqual({ status: 200, body: { userId: 'local', authMode: 'local', isAdmin: true } });
  });
});

describe('HS256 tokens (Supabase Auth)', () => {
  it('accepts a token signed with the secret; its subject is the user', async () => {
    const target = await jwtApp({ secret, audience: 'authenticated' });
    expect(await me(target, await hs256Token({ sub: 'user-a', aud: 'authenticated' }))).toEqual({ status: 200, body: { userId: 'user-a', authMode: 'jwt', isAdmin: false } });
  });

  it.each([
    ['no token', undefined, 'Sign in first: send a valid bearer token in the Authorization header.'],
    ['a token signed with another secret', hs256Token({ sub: 'user-a' }, { key: 'another-secret-of-the-same-sort-but-wrong!!' }), "The bearer token's signature does not match; it was not issued for this server."],
    ['an expired token', hs256Token({ sub: 'user-a' }, { expiresIn: Math.floor(Date.now() / 1000) - 60 }), 'The bearer token has expired; sign in again.'],
    ['a token with no subject', hs256Token({}), 'The bearer token has no subject (`sub`), so it names no user.'],
    ['something that is not a JWT', Promise.resolve('not-a-jwt'), 'The bearer token is not a valid JWT.'],
  ])('refuses %s with 401', async (_name, token, message) => {
    const target = await jwtApp({ secret });
    expect(await me(target, await token)).toEqual({ status: 401, body: { error: { code: 'unauthorized', message } } });
  });

  it('refuses a token without an expiry', async () => {
    const target = await jwtApp({ secret });
    const forever = await new SignJWT({ sub: 'user-a' }).setProtectedHeader({ alg: 'HS256' }).setIssuedAt().sign(new TextEncoder().encode(secret));
    expect(await me(target, forever)).toEqual({
      status: 401,
      body: { error: { code: 'unauthorized', message: 'The bearer token has no expiry (`exp`); this server accepts only tokens that expire.' } },
    });
  });

  it('refuses a token that lives longer than the maximum lifetime (24 hours unless configured)', async () => {
    const target = await jwtApp({ secret });
    const result = await me(target, await hs256Token({ sub: 'user-a' }, { expiresIn: '30d' }));
    expect(result.status).toBe(401);
    expect(result.body.error.message).toBe('The bearer token is valid for 720 hours, longer than the 24 hours this server allows (auth.maxTokenLifetimeSeconds); ask for a shorter-lived one.');
    expect((await me(target, await hs256Token({ sub: 'user-a' }, { expiresIn: '23h' }))).status).toBe(200);
  });

  it('measures a token without `iat` from now, and follows a configured maximum', async () => {
    const target = await jwtApp({ secret, maxTokenLifetimeSeconds: 600 });
    const sign = (seconds: number) => new SignJWT({ sub: 'user-a' }).setProtectedHeader({ alg: 'HS256' })
      .setExpirationTime(Math.floor(Date.now() / 1000) + seconds).sign(new TextEncoder().encode(secret));
    expect((await me(target, await sign(3600))).status).toBe(401);
    expect((await me(target, await sign(300))).status).toBe(200);
  });

  it('refuses a token issued in the future, and measures its lifetime from now', async () => {
    const target = await jwtApp({ secret });
    const now = Math.floor(Date.now() / 1000);
    const sign = (issuedAt: number, expiresAt: number) => new SignJWT({ sub: 'user-a' }).setProtectedHeader({ alg: 'HS256' })
      .setIssuedAt(issuedAt).setExpirationTime(expiresAt).sign(new TextEncoder().encode(secret));
    // Claims 23 hours from an `iat` a year ahead, so exp − iat alone would pass the 24-hour cap.
    const yearAhead = now + 365 * 24 * 3600;
    const future = await me(target, await sign(yearAhead, yearAhead + 23 * 3600));
    expect(future).toEqual({ status: 401, body: { error: { code: 'unauthorized', message: expect.stringContaining('issued in the future') } } });
    // A few seconds ahead is clock skew between the issuer and this server, not a forged token.
    expect((await me(target, await sign(now + 20, now + 20 + 23 * 3600))).status).toBe(200);
    // An `iat` just inside the skew still cannot stretch the lifetime counted from now past the cap.
    expect((await me(target, await sign(now + 50, now + 50 + 24 * 3600 + 600))).status).toBe(401);
  });

  it.each([
    ['a NUL character', 'user\u0000a'],
    ['a line break', 'user\na'],
    ['an unpaired surrogate', 'user\ud800'],
    ['300 characters', 'u'.repeat(300)],
  ])('refuses a subject with %s with 401', async (_name, sub) => {
    const target = await jwtApp({ secret });
    const result = await me(target, await hs256Token({ sub }));
    expect(result.status).toBe(401);
    expect(result.body.error.message).toMatch(/^The bearer token's subject \(`sub`\)/);
  });

  it('refuses a token for another audience or issuer', async () => {
    const target = await jwtApp({ secret, audience: 'authenticated', issuer: 'https://auth.example/' });
    const wrongAudience = await me(target, await hs256Token({ sub: 'a', aud: 'anon', iss: 'https://auth.example/' }));
    expect(wrongAudience.status).toBe(401);
    expect(wrongAudience.body.error.message).toContain('`aud`');
    expect((await me(target, await hs256Token({ sub: 'a', aud: 'authenticated', iss: 'https://evil.example/' }))).status).toBe(401);
  });

  it('refuses an Authorization header that is not a bearer token', async () => {
    const target = await jwtApp({ secret });
    const response = await target.inject({ method: 'GET', url: '/api/jobs', headers: { authorization: `Basic ${btoa('a:b')}` } });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.message).toBe('The Authorization header must read `Bearer <token>`.');
  });

  it('checks the token before reading the body, so strangers get 401 not a validation error', async () => {
    const target = await jwtApp({ secret });
    const response = await target.inject({ method: 'POST', url: '/api/jobs', payload: '{broken' , headers: { 'content-type': 'application/json' } });
    expect(response.statusCode).toBe(401);
  });

  it('checks the token on an /api route however its path is spelled (percent-encoded letters)', async () => {
    const target = await jwtApp({ secret });
    for (const url of ['/%61pi/jobs', '/%61%70%69/me', '/api/%6Aobs']) {
      const response = await target.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(401);
      expect(response.json().error.code).toBe('unauthorized');
    }
    const created = await target.inject({ method: 'POST', url: '/%61pi/jobs', payload: { pipeline: 'story', input: {} } });
    expect(created.statusCode).toBe(401);
  });

  it('leaves health open to anyone', async () => {
    const target = await jwtApp({ secret });
    expect((await target.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
  });

  it('refuses to start JWT mode with nothing to check tokens with', async () => {
    await expect(jwtApp({})).rejects.toMatchObject({ code: 'config_invalid', message: expect.stringContaining('KILN_JWT_SECRET') });
  });
});

describe('tokens checked against a JWKS (contract test with a local stand-in for the issuer)', () => {
  let keyServer: Server;
  let jwksUrl: string;
  let privateKey: CryptoKey;
  let strangerKey: CryptoKey;
  let keySetRequests = 0;

  beforeAll(async () => {
    const pair = await generateKeyPair('ES256');
    privateKey = pair.privateKey;
    strangerKey = (await generateKeyPair('ES256')).privateKey;
    const publicJwk = { ...(await exportJWK(pair.publicKey)), kid: 'key-1', alg: 'ES256', use: 'sig' };
    keyServer = createServer((_request, response) => {
      keySetRequests += 1;
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [publicJwk] }));
    });
    await new Promise<void>((resolve) => keyServer.listen(0, '127.0.0.1', resolve));
    jwksUrl = `http://127.0.0.1:${(keyServer.address() as AddressInfo).port}/.well-known/jwks.json`;
  });
  afterAll(() => new Promise<void>((resolve) => keyServer.close(() => resolve())));

  const es256Token = (key: CryptoKey, sub = 'user-b') =>
    new SignJWT({ sub }).setProtectedHeader({ alg: 'ES256', kid: 'key-1' }).setIssuedAt().setExpirationTime('5m').sign(key);

  it('accepts a token signed with a published key', async () => {
    const target = await jwtApp({ jwksUrl });
    expect(await me(target, await es256Token(privateKey))).toEqual({ status: 200, body: { userId: 'user-b', authMode: 'jwt', isAdmin: false } });
    expect(keySetRequests).toBeGreaterThan(0);
  });

  it('refuses a token signed with another key under the same key id', async () => {
    const target = await jwtApp({ jwksUrl });
    expect((await me(target, await es256Token(strangerKey))).status).toBe(401);
  });

  it('refuses an HS256 token when only a key set is configured', async () => {
    const target = await jwtApp({ jwksUrl });
    const result = await me(target, await hs256Token({ sub: 'user-a' }));
    expect(result.status).toBe(401);
    expect(result.body.error.message).toMatch(/^The bearer token is signed with an algorithm this server does not check; it accepts RS256, .*ES256/);
  });

  it('answers 503, not 401, when the key set cannot be fetched', async () => {
    const closedPort = await new Promise<number>((resolve) => {
      const probe = createServer();
      probe.listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as AddressInfo;
        probe.close(() => resolve(port));
      });
    });
    const target = await jwtApp({ jwksUrl: `http://127.0.0.1:${closedPort}/jwks.json` });
    const result = await me(target, await es256Token(privateKey));
    expect(result.status).toBe(503);
    expect(result.body.error.code).toBe('provider_unavailable');
  });
});
