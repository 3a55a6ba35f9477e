/**
 * A tiny HTTP server on 127.0.0.1 for contract tests: it stands in for a backend's server and
 * records what it was sent. Each stand-in (OpenAI, Ollama) supplies the handler that speaks its API.
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StandInRequest {
  method: string;
  /** The path without the query string, e.g. `/v1/models`. */
  path: string;
  /** The path with its query string, e.g. `/analyze?features=caption`. */
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
  json(): any;
  /** Parses a multipart body with the Fetch API's own parser. */
  formData(): Promise<FormData>;
}

export interface StandInResponse {
  status?: number;
  headers?: Record<string, string>;
  /** A plain value is sent as JSON. */
  body: unknown;
}

export interface StandIn {
  /** e.g. `http://127.0.0.1:41234`. */
  origin: string;
  /** Every request received, oldest first. */
  requests: StandInRequest[];
  close(): Promise<void>;
}

export async function startStandIn(handler: (request: StandInRequest) => Promise<StandInResponse>): Promise<StandIn> {
  const requests: StandInRequest[] = [];
  const server = createServer(async (incoming, outgoing) => {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const path = (incoming.url ?? '/').split('?')[0];
    const request: StandInRequest = {
      method: incoming.method ?? 'GET',
      path,
      url: incoming.url ?? '/',
      headers: incoming.headers,
      body,
      json: () => JSON.parse(body.toString('utf8')),
      formData: () =>
        new Request(`http://stand-in${path}`, {
          method: 'POST',
          headers: { 'content-type': String(incoming.headers['content-type']) },
          body,
        }).formData(),
    };
    requests.push(request);
    try {
      const response = await handler(request);
      const binary = response.body instanceof Uint8Array;
      const payload = binary ? (response.body as Uint8Array) : JSON.stringify(response.body);
      outgoing.writeHead(response.status ?? 200, {
        'content-type': binary ? 'application/octet-stream' : 'application/json',
        ...response.headers,
      });
      outgoing.end(payload);
    } catch (error) {
      outgoing.writeHead(500, { 'content-type': 'application/json' });
      outgoing.end(JSON.stringify({ error: { message: `stand-in crashed: ${String(error)}` } }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Waits; the timer does not keep a finished test run alive. */
export function pause(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds).unref());
}
