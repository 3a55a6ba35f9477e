import type { AddressInfo } from 'node:net';
import { networkInterfaces as systemNetworkInterfaces, type NetworkInterfaceInfo } from 'node:os';
import { isLoopbackHost } from '../is-loopback-host.ts';

/** Who can open a shared link: anyone (the configured public host), the local network, or only this computer. */
export type LinkReach = 'public' | 'network' | 'this-computer';

export interface ShareOriginInput {
  /** `server.publicHost`: the name (and port) viewers reach this server by. */
  publicHost?: string;
  /** What the server listens on (`server.address()`); undefined before it listens (tests with inject()). */
  listening?: AddressInfo | string | null;
  /** The asking request's protocol and Host header. */
  protocol: string;
  host: string;
  /** Injectable for tests; os.networkInterfaces() by default. */
  networkInterfaces?: () => NodeJS.Dict<NetworkInterfaceInfo[]>;
}

/**
 * The origin for viewer and overlay links: an address the people they are sent to can open. The
 * streamer's own page is often on 127.0.0.1, which on anyone else's computer is their computer, so
 * the request's Host is only used when nothing better is known, and then the answer says so.
 */
export function shareOrigin(input: ShareOriginInput): { origin: string; reach: LinkReach } {
  if (input.publicHost) return { origin: `${input.protocol}://${input.publicHost}`, reach: 'public' };
  const requestHostname = input.host.replace(/:\d+$/, '');
  if (!isLoopbackHost(requestHostname)) return { origin: `${input.protocol}://${input.host}`, reach: 'network' };
  const listening = typeof input.listening === 'object' && input.listening ? input.listening : undefined;
  if (listening && !isLoopbackHost(listening.address)) {
    const everywhere = listening.address === '0.0.0.0' || listening.address === '::';
    const address = everywhere ? firstLanAddress(input.networkInterfaces ?? systemNetworkInterfaces) : listening.address;
    if (address) return { origin: `${input.protocol}://${address.includes(':') ? `[${address}]` : address}:${listening.port}`, reach: 'network' };
  }
  return { origin: `${input.protocol}://${input.host}`, reach: 'this-computer' };
}

/** The first IPv4 address of a network card (not loopback): what other machines on the LAN reach. */
function firstLanAddress(networkInterfaces: () => NodeJS.Dict<NetworkInterfaceInfo[]>): string | undefined {
  for (const addresses of Object.values(networkInterfaces())) {
    const found = addresses?.find((address) => address.family === 'IPv4' && !address.internal);
    if (found) return found.address;
  }
  return undefined;
}
