import { ConfigError } from '../../engine/errors/index.ts';

/** Single-user mode: every request is the local user; only allowed on a loopback address. */
export interface LocalAuthOptions {
  mode: 'local';
}

/** Bearer JWTs: the token's `sub` is the user id. Give `secret`, `jwksUrl`, or both. */
export interface JwtAuthOptions {
  mode: 'jwt';
  /** HS256 shared secret, as Supabase Auth signs its access tokens (`KILN_JWT_SECRET`). */
  secret?: string;
  /** Where the issuer publishes its public keys, for RS256/ES256/EdDSA tokens (`KILN_JWKS_URL`). */
  jwksUrl?: string;
  /** When set, tokens must carry this `iss`. */
  issuer?: string;
  /** When set, tokens must carry this `aud` (Supabase uses `authenticated`). */
  audience?: string;
  /**
   * Longest lifetime a token may claim, in seconds (exp − iat, or exp − now without `iat`); default
   * 24 hours. A stolen token is only as dangerous as it is long-lived.
   */
  maxTokenLifetimeSeconds?: number;
}

export const defaultMaxTokenLifetimeSeconds = 24 * 60 * 60;

export type AuthOptions = LocalAuthOptions | JwtAuthOptions;

/** Throws ConfigError when JWT mode is asked for without any way to check a token. */
export function assertAuthOptions(options: AuthOptions): void {
  if (options.mode !== 'jwt') return;
  if (!options.secret && !options.jwksUrl) {
    throw new ConfigError('JWT auth needs a key to check tokens with: set KILN_JWT_SECRET (HS256 shared secret) or KILN_JWKS_URL.');
  }
  if (options.jwksUrl) {
    let url: URL;
    try {
      url = new URL(options.jwksUrl);
    } catch {
      throw new ConfigError(`KILN_JWKS_URL is not a URL: ${options.jwksUrl}.`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      throw new ConfigError(`KILN_JWKS_URL must be an http(s) URL; got ${url.protocol}.`);
    }
  }
}
