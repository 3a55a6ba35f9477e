import type { AddressInfo } from 'node:net';
import { hostname } from 'node:os';

/**
 * The base URL other machines reach this server process by, recorded with each live session so a
 * client that reached another server can be sent here. `configured` (`live.serverUrl`-style, e.g.
 * the address inside a private network) wins; otherwise the listen address, with the machine's
 * host name when the server listens on every interface. Never `server.publicHost`: behind a load
 * balancer that names the balancer, which is shared by all servers.
 */
export function liveServerUrl(configured: string | undefined, listening: AddressInfo | string | null): string {
  if (configured) return configured.replace(/\/+$/, '');
  if (!listening || typeof listening === 'string') return `http://${hostname()}`;
  const everywhere = listening.address === '0.0.0.0' || listening.address === '::';
  const address = everywhere ? hostname() : listening.address;
  return `http://${address.includes(':') ? `[${address}]` : address}:${listening.port}`;
}
