import type { FastifyRequest } from 'fastify';
import { KilnError, UnauthorizedError } from '../../engine/errors/index.ts';
import type { AuthOptions } from '../auth/auth-options.ts';
import { createIdentityVerifier } from '../auth/create-token-verifier.ts';

/** The subprotocol the live page asks for; a second one, `kiln-token.<jwt>`, carries the token. */
export const liveSubprotocol = 'kiln-live.v1';
const tokenSubprotocolPrefix = 'kiln-token.';

/** Who opened a live websocket, and whether they may drive the operator's integrations (OBS). */
export interface LiveSocketIdentity {
  userId: string;
  /** Always in local mode; with a `kiln_admin: true` claim in JWT mode. */
  isAdmin: boolean;
}

/**
 * Who opened a live websocket. Browsers cannot put an Authorization header on a websocket, so in
 * JWT mode the token may also come as a `kiln-token.<jwt>` subprotocol (preferred: it stays out of
 * URLs and logs) or a `token` query parameter. Throws a 401 KilnError when there is no good token.
 */
export function createLiveSocketIdentifier(auth: AuthOptions): (request: FastifyRequest) => Promise<LiveSocketIdentity> {
  if (auth.mode === 'local') return async (request) => ({ userId: request.userId, isAdmin: request.isAdmin });
  const verifyIdentity = createIdentityVerifier(auth);
  return async (request) => {
    const token = tokenFrom(request);
    if (!token) {
      throw new UnauthorizedError('Sign in first: open the live socket with your token as a `kiln-token.<token>` subprotocol or a `token` query parameter.');
    }
    return verifyIdentity(token);
  };
}

function tokenFrom(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  const bearer = header ? /^Bearer +([^ ]+) *$/i.exec(header)?.[1] : undefined;
  if (bearer) return bearer;
  const protocols = String(request.headers['sec-websocket-protocol'] ?? '').split(',').map((value) => value.trim());
  const fromProtocol = protocols.find((value) => value.startsWith(tokenSubprotocolPrefix))?.slice(tokenSubprotocolPrefix.length);
  if (fromProtocol) return fromProtocol;
  const query = request.query as Record<string, unknown> | undefined;
  return typeof query?.token === 'string' && query.token !== '' ? query.token : undefined;
}

/** A sentence for the close reason of a failed sign-in; key-set outages stay distinct from bad tokens. */
export function describeAuthFailure(error: unknown): string {
  return error instanceof KilnError ? error.message : 'The token could not be checked.';
}

/**
 * Picks the subprotocol to answer with: never the token one, which would echo the secret back.
 * ws calls this during the handshake.
 */
export function chooseSubprotocol(protocols: Set<string>): string | false {
  if (protocols.has(liveSubprotocol)) return liveSubprotocol;
  const first = [...protocols].find((protocol) => !protocol.startsWith(tokenSubprotocolPrefix));
  return first ?? false;
}
