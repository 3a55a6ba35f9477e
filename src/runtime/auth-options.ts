import type { KilnConfig } from '../config/index.ts';
import { ConfigError } from '../engine/errors/index.ts';
import type { AuthOptions } from '../server/auth/auth-options.ts';

/**
 * How the server identifies users, from the configuration and the environment: a JWKS URL or an
 * HS256 secret (its value only ever read from the environment) turn on JWT mode; neither means
 * single-user local mode.
 */
export function authOptionsFrom(config: KilnConfig, env: NodeJS.ProcessEnv = process.env): AuthOptions {
  const { jwtSecretEnv, jwksUrl, issuer, audience, maxTokenLifetimeSeconds } = config.server.auth;
  const secretVariable = jwtSecretEnv ?? 'KILN_JWT_SECRET';
  const secret = env[secretVariable];
  if (jwtSecretEnv && !secret) {
    throw new ConfigError(`The configuration names ${jwtSecretEnv} for the JWT secret, but that environment variable is empty.`);
  }
  if (secret === undefined && jwksUrl === undefined) return { mode: 'local' };
  if (secret !== undefined && secret.length < 32) {
    throw new ConfigError(`${secretVariable} is too short: use at least 32 characters (Supabase's JWT secret is 40 or more).`);
  }
  return { mode: 'jwt', secret, jwksUrl, issuer, audience, maxTokenLifetimeSeconds };
}
