/**
 * Finds the model servers running here: every known kind at its default ports on 127.0.0.1, each
 * probe with its own short timeout and all at once, so one slow server delays nothing but itself.
 * Beyond loopback's default ports it looks only at an address the administrator typed.
 */
import { BadInputError } from '../../engine/errors/index.ts';
import type { DiscoveredServer } from './discovered-server.ts';
import { probeServer } from './probe-server.ts';
import { serverKinds, type ServerKind } from './server-kinds.ts';

/** Long enough for a busy local server to list its models, short enough to keep the page quick. */
export const defaultProbeTimeoutMs = 1500;

export interface DetectOptions {
  /**
   * Which kinds to look for at which ports on 127.0.0.1; every kind at its default ports when absent.
   * Tests pass their stand-ins' ports here, so nothing depends on what runs on the machine.
   */
  targets?: readonly { kind: string; port: number }[];
  /** An address the administrator typed (e.g. `http://192.168.1.20:11434`): only it is asked, for every kind. */
  address?: string;
  /** Kiln's own port, which is never probed. */
  ownPort?: number;
  timeoutMs?: number;
  fetch?: typeof globalThis.fetch;
  signal?: AbortSignal;
}

/** Each kind at its default ports; `KILN_DETECT_PORTS=ollama=41234,comfyui=41235` style text overrides them. */
export function detectTargets(text?: string): { kind: string; port: number }[] {
  if (!text?.trim()) return serverKinds.flatMap((kind) => kind.ports.map((port) => ({ kind: kind.kind, port })));
  return text.split(',').map((pair) => {
    const [kind, port] = pair.split('=').map((part) => part.trim());
    if (!serverKinds.some((known) => known.kind === kind) || !/^\d{1,5}$/.test(port ?? '')) {
      throw new BadInputError(`"${pair.trim()}" is not kind=port with a known kind (${serverKinds.map((known) => known.kind).join(', ')}).`);
    }
    return { kind, port: Number(port) };
  });
}

/** The typed address's origin; BadInputError for anything but an http(s) address. */
export function typedOrigin(address: string): string {
  let url: URL;
  try {
    url = new URL(address.includes('://') ? address : `http://${address}`);
  } catch {
    throw new BadInputError(`"${address}" is not an address; type one like http://192.168.1.20:11434.`, { details: { field: 'address' } });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new BadInputError(`"${address}" is not an http or https address; type one like http://192.168.1.20:11434.`, { details: { field: 'address' } });
  }
  if (url.username || url.password) throw new BadInputError('Type the address without a user name or password.', { details: { field: 'address' } });
  return url.origin;
}

export async function detectBackends(options: DetectOptions = {}): Promise<DiscoveredServer[]> {
  const probe = { fetch: options.fetch ?? globalThis.fetch, timeoutMs: options.timeoutMs ?? defaultProbeTimeoutMs, signal: options.signal };
  if (options.address !== undefined) return detectAt(typedOrigin(options.address), probe);
  const byKind = new Map(serverKinds.map((kind) => [kind.kind, kind]));
  const targets = (options.targets ?? detectTargets()).filter((target) => target.port !== options.ownPort);
  const found = await Promise.all(targets.map((target) => {
    const kind = byKind.get(target.kind) as ServerKind;
    return probeServer(kind, `http://127.0.0.1:${target.port}`, probe);
  }));
  return found.filter((server): server is DiscoveredServer => server !== undefined);
}

/** Every kind asked at one address: the kinds that understood it, or one entry saying why none did. */
async function detectAt(origin: string, probe: Parameters<typeof probeServer>[2]): Promise<DiscoveredServer[]> {
  const found = (await Promise.all(serverKinds.map((kind) => probeServer(kind, origin, probe)))).filter((server) => server !== undefined);
  const usable = found.filter((server) => server.state === 'usable');
  if (usable.length > 0) return usable;
  const reason = found.length === 0
    ? 'Nothing answered there.'
    : `Something answered, but as none of the servers Kiln knows: ${found.map((server) => `${server.label}: ${server.reason}`).slice(0, 3).join(' ')}`;
  return [{ kind: 'unknown', label: 'the address you typed', address: origin, state: 'unusable', reason, models: [] }];
}
