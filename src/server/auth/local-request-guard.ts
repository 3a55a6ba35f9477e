import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { KilnError } from '../../engine/errors/index.ts';
import { isLoopbackHost } from '../is-loopback-host.ts';

export interface LocalRequestGuardOptions {
  /** A name besides loopback that this server is reached by (a reverse proxy's host), e.g. `kiln.home.arpa`. */
  publicHost?: string;
}

const readOnlyMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * In local mode every caller is the one user, so the browser's ambient reach to 127.0.0.1 is the
 * only credential. Two browser attacks use it: DNS rebinding (a page whose name now resolves to
 * 127.0.0.1 reads and drives the API: refused by the Host check) and cross-site requests (a form or
 * fetch from another site that changes something: refused by Origin / Sec-Fetch-Site). Cross-site
 * GETs pass, since the browser keeps their answers from the other site; websocket handshakes are
 * checked like changes because browsers let any site open one.
 */
export function installLocalRequestGuard(app: FastifyInstance, options: LocalRequestGuardOptions = {}): void {
  const publicHost = options.publicHost ? hostnameOf(options.publicHost) : undefined;
  const isOwnHostname = (hostname: string) => isLoopbackHost(hostname) || (publicHost !== undefined && hostname === publicHost);
  // Nearly every request carries one of a few Host values; the verdicts on them are kept (a bounded few).
  const hostVerdicts = new Map<string, boolean>();
  const isOwnHost = (host: string) => {
    let verdict = hostVerdicts.get(host);
    if (verdict === undefined) {
      verdict = isOwnHostname(hostnameOf(host));
      if (hostVerdicts.size >= 64) hostVerdicts.clear();
      hostVerdicts.set(host, verdict);
    }
    return verdict;
  };
  const allowedNames = `localhost, 127.0.0.1 or [::1]${publicHost ? ` or ${publicHost}` : ''}`;

  // A plain hook (no promise): it runs on every request, and a throw before done() is the refusal.
  app.addHook('onRequest', (request, reply, done) => {
    const host = request.headers.host;
    // HTTP/1.0 clients may send no Host; browsers always do, so a missing one is not a browser attack.
    if (host !== undefined && !isOwnHost(host)) {
      throw refusal(request, reply, `This Kiln server runs in local mode and answers only requests addressed to ${allowedNames}; `
        + `this one was addressed to ${host}. If you reach it through a proxy, set server.publicHost (or KILN_PUBLIC_HOST) to that name.`);
    }
    if (readOnlyMethods.has(request.method) && !isWebSocketHandshake(request)) return done();
    const foreign = foreignSite(request, isOwnHostname);
    if (foreign) {
      throw refusal(request, reply, `This request came from another site (${foreign}); in local mode Kiln accepts changes only from its own pages `
        + 'and from programs that are not browsers.');
    }
    done();
  });
}

/**
 * The 403 for a refused request. A refused handshake's socket belongs to no HTTP exchange any more:
 * it is closed once the 403 is written, or it stays open (and holds up the server's shutdown).
 */
function refusal(request: FastifyRequest, reply: FastifyReply, message: string): KilnError {
  if (isWebSocketHandshake(request)) reply.raw.once('finish', () => request.raw.socket.destroy());
  return new KilnError('forbidden', message);
}

/** Names the other site a browser says the request came from, or undefined when it is this one (or no browser). */
function foreignSite(request: FastifyRequest, isOwnHostname: (hostname: string) => boolean): string | undefined {
  const origin = request.headers.origin;
  if (origin !== undefined) {
    // `null` is what sandboxed frames, data: URLs and some redirects send: not this server's pages.
    if (origin === 'null') return 'an opaque origin, "null"';
    try {
      return isOwnHostname(new URL(origin).hostname) ? undefined : origin;
    } catch {
      return origin;
    }
  }
  // Same-site covers the web app's dev server on another localhost port.
  return request.headers['sec-fetch-site'] === 'cross-site' ? 'a cross-site page' : undefined;
}

function isWebSocketHandshake(request: FastifyRequest): boolean {
  const upgrade = request.headers.upgrade;
  return upgrade !== undefined && upgrade.toLowerCase() === 'websocket';
}

/** `[::1]:8080` → `::1`, `Example.com:80` → `example.com`. */
function hostnameOf(host: string): string {
  const trimmed = host.trim().toLowerCase();
  const bracketed = /^\[([^\]]*)\](:\d*)?$/.exec(trimmed);
  if (bracketed) return bracketed[1];
  // One colon is a port; more than one is a bare IPv6 address.
  return trimmed.split(':').length === 2 ? trimmed.slice(0, trimmed.indexOf(':')) : trimmed;
}
