/**
 * One look at one address for one kind of server, within its own short timeout. Nothing listening
 * gives `undefined` (nothing to show); anything else that answered, however badly, gives an entry:
 * usable with its models, or unusable with the reason.
 */
import type { DiscoveredServer } from './discovered-server.ts';
import { UnusableAnswer, type GetJson, type ServerKind } from './server-kinds.ts';

/** More than any listing should need; a server sending more is not one Kiln knows. */
const maximumAnswerBytes = 4 * 1024 * 1024;

class NotListening extends Error {}

export interface ProbeOptions {
  fetch: typeof globalThis.fetch;
  timeoutMs: number;
  signal?: AbortSignal;
}

function refused(error: unknown): boolean {
  const code = (error as { cause?: { code?: string } })?.cause?.code;
  return code === 'ECONNREFUSED' || code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' || code === 'EHOSTUNREACH';
}

function httpGetJson(origin: string, options: ProbeOptions, signal: AbortSignal): GetJson {
  return async (path, init) => {
    let response: Response;
    try {
      response = await options.fetch(`${origin}${path}`, {
        method: init?.method ?? 'GET',
        body: init?.body,
        headers: init?.body ? { 'content-type': 'application/json' } : undefined,
        redirect: 'manual',
        signal,
      });
    } catch (error) {
      if (signal.aborted) throw error;
      if (refused(error)) throw new NotListening();
      throw new UnusableAnswer(`It could not be read (${(error as Error).message}).`);
    }
    const text = await readCapped(response, path);
    if (!response.ok) throw new UnusableAnswer(`It answered ${path || '/'} with HTTP ${response.status}${text ? ` (${text.slice(0, 120).replace(/\s+/g, ' ')})` : ''}.`);
    try {
      return JSON.parse(text);
    } catch {
      throw new UnusableAnswer(`It answered ${path || '/'} with something that is not JSON.`);
    }
  };
}

async function readCapped(response: Response, path: string): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maximumAnswerBytes) {
      await reader.cancel();
      throw new UnusableAnswer(`It answered ${path || '/'} with more than ${maximumAnswerBytes / 1024 / 1024} MB, which no listing needs.`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The WebSocket's first message, as JSON (obs-websocket greets with Hello). */
function firstMessage(origin: string, signal: AbortSignal): GetJson {
  return () => new Promise((resolve, reject) => {
    const socket = new WebSocket(origin.replace(/^http/, 'ws'));
    let opened = false;
    const finish = (settle: () => void) => {
      signal.removeEventListener('abort', onAbort);
      socket.close();
      settle();
    };
    const onAbort = () => finish(() => reject(signal.reason));
    signal.addEventListener('abort', onAbort, { once: true });
    socket.addEventListener('open', () => { opened = true; });
    socket.addEventListener('error', () => finish(() => reject(opened ? new UnusableAnswer('Its WebSocket failed.') : new NotListening())));
    socket.addEventListener('message', (event) => finish(() => {
      try {
        resolve(JSON.parse(String(event.data)));
      } catch {
        reject(new UnusableAnswer('A WebSocket answered, but not with JSON.'));
      }
    }));
  });
}

export async function probeServer(kind: ServerKind, origin: string, options: ProbeOptions): Promise<DiscoveredServer | undefined> {
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  const found = { kind: kind.kind, label: kind.label, address: origin };
  const getJson = kind.websocket ? firstMessage(origin, signal) : httpGetJson(origin, options, signal);
  try {
    // Raced with the signal: a reader stuck on a half-sent body must not outlive its timeout.
    const reading = await Promise.race([
      kind.read(getJson, origin),
      new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason), { once: true })),
    ]);
    return { ...found, state: 'usable', ...reading };
  } catch (error) {
    if (error instanceof NotListening) return undefined;
    if (options.signal?.aborted) throw options.signal.reason;
    const reason = timeout.aborted
      ? `It accepted the connection but did not answer within ${options.timeoutMs / 1000} s.`
      : error instanceof UnusableAnswer ? error.message : `It could not be read (${(error as Error).message}).`;
    return { ...found, state: 'unusable', reason, models: [] };
  }
}
