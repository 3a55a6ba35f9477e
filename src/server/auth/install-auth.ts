import type { FastifyInstance, FastifyRequest } from 'fastify';
import { UnauthorizedError } from '../../engine/errors/index.ts';
import { localUserId } from '../../runtime/local-user.ts';
import { assertAuthOptions, type AuthOptions } from './auth-options.ts';
import { createIdentityVerifier, type TokenIdentity } from './create-token-verifier.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user (the token's `sub`), or `local` in single-user mode; empty on public routes in JWT mode. */
    userId: string;
    /** May change the server's settings: always in local mode, with a `kiln_admin: true` claim in JWT mode. */
    isAdmin: boolean;
  }
  interface FastifyContextConfig {
    /** True for routes anyone may call without a token (health). */
    public?: boolean;
  }
}

const apiPath = /^\/api(\/|\?|$)/;

function bearerToken(header: string): string | undefined {
  return /^Bearer +([^ ]+) *$/i.exec(header)?.[1];
}

/**
 * Identifies the user of every /api request. Runs as an onRequest hook, before the body is read:
 * a caller without a valid token cannot make the server parse a large upload, and gets 401 rather
 * than a validation error that would describe the API to them.
 */
export function installAuth(app: FastifyInstance, options: AuthOptions): void {
  assertAuthOptions(options);
  if (options.mode === 'local') {
    // The one local user owns the machine (local mode listens on loopback only): every request starts
    // out as that user, with no hook (and no promise) per request.
    app.decorateRequest('userId', localUserId);
    app.decorateRequest('isAdmin', true);
    return;
  }
  app.decorateRequest('userId', '');
  app.decorateRequest('isAdmin', false);
  const verifyIdentity = createIdentityVerifier(options);
  const identify = (request: FastifyRequest, identity: TokenIdentity) => {
    request.userId = identity.userId;
    request.isAdmin = identity.isAdmin;
  };
  app.addHook('onRequest', async (request) => {
    // The matched route as well as the raw URL: the router decodes `/%61pi/jobs` to /api/jobs, which
    // the raw URL alone would let through without a token.
    const isApi = apiPath.test(request.url) || apiPath.test(request.routeOptions.url ?? '');
    if (!isApi) return;
    const header = request.headers.authorization;
    if (request.routeOptions.config.public) {
      // A public route answers everyone, and says more to a signed-in caller (health's details).
      const token = header ? bearerToken(header) : undefined;
      const identity = token ? await verifyIdentity(token).catch(() => undefined) : undefined;
      if (identity) identify(request, identity);
      return;
    }
    if (!header) throw new UnauthorizedError();
    const token = bearerToken(header);
    if (!token) throw new UnauthorizedError('The Authorization header must read `Bearer <token>`.');
    identify(request, await verifyIdentity(token));
  });
}
