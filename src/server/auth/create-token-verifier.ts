import { createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { KilnError, ProviderUnavailableError, UnauthorizedError } from '../../engine/errors/index.ts';
import { defaultMaxTokenLifetimeSeconds, type JwtAuthOptions } from './auth-options.ts';

/** Checks a bearer token and answers its user id; throws a 401 KilnError when it is not good. */
export type TokenVerifier = (token: string) => Promise<string>;

/** Who a good token names, and whether it may change the server's settings. */
export interface TokenIdentity {
  userId: string;
  /** The token carries `kiln_admin: true` (set by the issuer, e.g. a Supabase custom claim). */
  isAdmin: boolean;
}

const symmetricAlgorithms = ['HS256', 'HS384', 'HS512'];
const asymmetricAlgorithms = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA', 'Ed25519'];

export function createTokenVerifier(options: JwtAuthOptions): TokenVerifier {
  const verifyIdentity = createIdentityVerifier(options);
  return async (token) => (await verifyIdentity(token)).userId;
}

/** As createTokenVerifier, answering the admin claim too. */
export function createIdentityVerifier(options: JwtAuthOptions): (token: string) => Promise<TokenIdentity> {
  // Supabase signs with the secret's UTF-8 bytes as the HMAC key.
  const secret = options.secret ? new TextEncoder().encode(options.secret) : undefined;
  const remoteKeys = options.jwksUrl ? createRemoteJWKSet(new URL(options.jwksUrl)) : undefined;
  // The header's `alg` picks the key, and each key only ever checks its own family of algorithms:
  // otherwise a token signed with HS256 using the public key as "secret" could pass.
  const getKey: JWTVerifyGetKey = async (header, token) => {
    if (symmetricAlgorithms.includes(header.alg) && secret) return secret;
    if (asymmetricAlgorithms.includes(header.alg) && remoteKeys) return remoteKeys(header, token);
    throw new UnauthorizedError(`The bearer token is signed with ${header.alg}, which this server is not configured to check.`);
  };
  const algorithms = [...(secret ? symmetricAlgorithms : []), ...(remoteKeys ? asymmetricAlgorithms : [])];
  const maxLifetimeSeconds = options.maxTokenLifetimeSeconds ?? defaultMaxTokenLifetimeSeconds;

  // Tokens already checked, until their `exp`: a page polling a job sends the same token many times a
  // second, and each signature check (and JSON parse) cost more than the rest of the request.
  const verified = new Map<string, TokenIdentity & { expiresAt: number }>();
  return async (token) => {
    const known = verified.get(token);
    if (known && Date.now() < known.expiresAt) return { userId: known.userId, isAdmin: known.isAdmin };
    verified.delete(token);
    try {
      const { payload } = await jwtVerify(token, getKey, { algorithms, issuer: options.issuer, audience: options.audience, requiredClaims: ['exp'] });
      checkLifetime(payload.exp as number, payload.iat, maxLifetimeSeconds);
      const identity = { userId: checkedSubject(payload.sub), isAdmin: payload.kiln_admin === true };
      // Oldest first out: a Map iterates in insertion order.
      if (verified.size >= verifiedTokenLimit) verified.delete(verified.keys().next().value!);
      verified.set(token, { ...identity, expiresAt: (payload.exp as number) * 1000 });
      return identity;
    } catch (error) {
      throw describeVerificationFailure(error, options, algorithms);
    }
  };
}

/** Tokens whose check is remembered; one per signed-in user and device is plenty. */
const verifiedTokenLimit = 10_000;

/** How far an issuer's clock may run ahead of this server's. */
const clockSkewSeconds = 60;

/**
 * Refuses tokens that never expire in practice; `exp` itself is checked by jose, `iat` only against
 * `maxTokenAge`, which we do not set. The lifetime counts from the earlier of `iat` and now: an `iat`
 * set ahead must not shorten it, or a year-long token would pass as a one-hour one.
 */
function checkLifetime(expiresAt: number, issuedAt: number | undefined, maxLifetimeSeconds: number): void {
  const now = Math.floor(Date.now() / 1000);
  if (issuedAt !== undefined && issuedAt > now + clockSkewSeconds) {
    throw new UnauthorizedError('The bearer token says it was issued in the future (`iat`); check the issuer\'s clock and sign in again.');
  }
  const lifetimeSeconds = expiresAt - Math.min(issuedAt ?? now, now);
  if (lifetimeSeconds <= maxLifetimeSeconds + clockSkewSeconds) return;
  const hours = (seconds: number) => `${Math.round((seconds / 3600) * 10) / 10} hours`;
  throw new UnauthorizedError(`The bearer token is valid for ${hours(lifetimeSeconds)}, longer than the ${hours(maxLifetimeSeconds)} this server allows `
    + '(auth.maxTokenLifetimeSeconds); ask for a shorter-lived one.');
}

/** Longest user id kept; issuers' ids are UUIDs or e-mail addresses, far shorter. */
const maxSubjectLength = 255;

/**
 * The user id a token names. It is stored and put in paths and logs, so control characters (a NUL
 * fails the database's text type), unpaired surrogates and very long ids are refused here, as a 401.
 */
function checkedSubject(subject: unknown): string {
  if (typeof subject !== 'string' || subject === '') {
    throw new UnauthorizedError('The bearer token has no subject (`sub`), so it names no user.');
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f-\u009f]/.test(subject) || !subject.isWellFormed()) {
    throw new UnauthorizedError('The bearer token\'s subject (`sub`) holds control characters or broken Unicode, so it names no user; ask the issuer for a proper token.');
  }
  if (subject.length > maxSubjectLength) {
    throw new UnauthorizedError(`The bearer token's subject (\`sub\`) is ${subject.length} characters long, over the ${maxSubjectLength} this server takes as a user id.`);
  }
  return subject;
}

function describeVerificationFailure(error: unknown, options: JwtAuthOptions, algorithms: string[]): KilnError {
  if (error instanceof KilnError) return error;
  if (error instanceof joseErrors.JOSEAlgNotAllowed) {
    return new UnauthorizedError(`The bearer token is signed with an algorithm this server does not check; it accepts ${algorithms.join(', ')}.`);
  }
  if (error instanceof joseErrors.JWTExpired) return new UnauthorizedError('The bearer token has expired; sign in again.');
  if (error instanceof joseErrors.JWTClaimValidationFailed && error.claim === 'exp' && error.reason === 'missing') {
    return new UnauthorizedError('The bearer token has no expiry (`exp`); this server accepts only tokens that expire.');
  }
  if (error instanceof joseErrors.JWTClaimValidationFailed) {
    return new UnauthorizedError(`The bearer token's \`${error.claim}\` claim is not accepted here (${error.reason}).`);
  }
  if (error instanceof joseErrors.JWKSNoMatchingKey) {
    return new UnauthorizedError('The bearer token was signed with a key the issuer does not publish.');
  }
  // A key set that cannot be fetched is the server's problem, not a bad token.
  const keySetFailed = error instanceof joseErrors.JWKSTimeout || error instanceof joseErrors.JWKSInvalid || !(error instanceof joseErrors.JOSEError);
  if (options.jwksUrl && keySetFailed) {
    return new ProviderUnavailableError(`Could not fetch the token signing keys from ${options.jwksUrl}; try again shortly.`, { cause: error });
  }
  if (error instanceof joseErrors.JWSSignatureVerificationFailed) {
    return new UnauthorizedError('The bearer token\'s signature does not match; it was not issued for this server.');
  }
  return new UnauthorizedError('The bearer token is not a valid JWT.', { cause: error });
}
