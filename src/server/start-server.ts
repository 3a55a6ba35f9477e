import type { FastifyInstance } from 'fastify';
import { KilnError } from '../engine/errors/index.ts';
import type { KilnRuntime } from '../runtime/contracts.ts';
import type { AuthOptions } from './auth/auth-options.ts';
import { buildApp, type BuildAppOptions } from './build-app.ts';
import { isLoopbackHost } from './is-loopback-host.ts';

export interface StartServerOptions extends Omit<BuildAppOptions, 'auth'> {
  runtime: KilnRuntime;
  host: string;
  /** 0 picks a free port; the answer's `url` has the real one. */
  port: number;
  auth: AuthOptions;
}

export interface RunningServer {
  /** e.g. `http://127.0.0.1:8080`. */
  url: string;
  app: FastifyInstance;
  /** Stops taking connections and waits for open requests; the runtime stays open (its owner closes it). */
  close(): Promise<void>;
}

/**
 * Builds the app and listens. Refuses a non-loopback host in local auth mode: without tokens every
 * caller would be the local user, so anyone on the network could read and run everything.
 */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const { runtime, host: requestedHost, port, ...appOptions } = options;
  // `[::1]` is how an IPv6 address is written in a URL, and so in HOST; listen() wants it bare.
  const host = requestedHost.trim().replace(/^\[(.*)\]$/, '$1');
  if (options.auth.mode === 'local' && !isLoopbackHost(host)) {
    throw new KilnError(
      'config_invalid',
      `Refusing to listen on ${host} without auth: in local mode every caller is the one local user, so anyone who can reach `
        + `${host} could see and run everything. Listen on 127.0.0.1, or configure JWT auth first by setting KILN_JWT_SECRET `
        + '(an HS256 secret, e.g. from Supabase Auth) or KILN_JWKS_URL.',
      { details: { host } },
    );
  }
  const app = await buildApp(runtime, { logger: true, ...appOptions });
  let url: string;
  try {
    url = await app.listen({ host, port });
  } catch (error) {
    await app.close();
    throw error;
  }
  return { url, app, close: () => app.close() };
}
