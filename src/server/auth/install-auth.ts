import type { FastifyInstance } from 'fastify';
import { UnauthorizedError } from '../../engine/errors/index.ts';
import { localUserId } from '../../runtime/local-user.ts';
import { assertAuthOptions, type AuthOptions } from './auth-options.ts';
import { createTokenVerifier } from './create-token-verifier.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user (the token's `sub`), or `local` in single-user mode; empty on public routes in JWT mode. */
    userId: string;
  }
  interface FastifyContextConfig {
    /** True for routes anyone may call without a token (health). */
    public?: boolean;
  }
}

const apiPath = /^\/api(\/|\?|$)/;

/**
 * Identifies the user of every /api request. Runs as an onRequest hook, before the body is read:
 * a caller without a valid token cannot make the server parse a large upload, and gets 401 rather
 * than a validation error that would describe the API to them.
 */
export function installAuth(app: FastifyInstance, options: AuthOptions): void {
  assertAuthOptions(options);
  app.decorateRequest('userId', '');
  if (options.mode === 'local') {
    app.addHook('onRequest', async (request) => {
      request.userId = localUserId;
    });
    return;
  }
  const verifyToken = createTokenVerifier(options);
  app.addHook('onRequest', async (request) => {
    // The matched route as well as the raw URL: the router decodes `/%61pi/jobs` to /api/jobs, which
    // the raw URL alone would let through without a token.
    const isApi = apiPath.test(request.url) || apiPath.test(request.routeOptions.url ?? '');
    if (!isApi || request.routeOptions.config.public) return;
    const header = request.headers.authorization;
    if (!header) throw new UnauthorizedError();
    const match = /^Bearer +([^ ]+) *$/i.exec(header);
    if (!match) throw new UnauthorizedError('The Authorization header must read `Bearer <token>`.');
    request.userId = await verifyToken(match[1]);
  });
}
