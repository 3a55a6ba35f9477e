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
  /** Settles when the client hangs up before the answer is complete (an aborted call); never otherwise. */
  hungUp: Promise<void>;
}

export interface StandInResponse {
  status?: number;
  headers?: Record<string, string>;
  /** A plain value is sent as JSON; a `StandInStream` is written chunk by chunk as it yields. */
  body: unknown;
}

/** A streamed answer (server-sent events, NDJSON): each chunk is written as soon as it is yielded. */
export class StandInStream {
  constructor(readonly chunks: AsyncIterable<string>) {}
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
    const hungUp = new Promise<void>((resolve) => outgoing.on('close', () => {
      if (!outgoing.writableFinished) resolve();
    }));
    const request: StandInRequest = {
      method: incoming.method ?? 'GET',
      path,
      url: incoming.url ?? '/',
      headers: incoming.headers,
      body,
      hungUp,
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
      if (response.body instanceof StandInStream) {
        outgoing.writeHead(response.status ?? 200, response.headers);
        try {
          for await (const chunk of response.body.chunks) {
            // A client that hung up gets nothing more, as a real server stops generating.
            if (outgoing.destroyed) return;
            outgoing.write(chunk);
          }
          outgoing.end();
        } catch {
          // A stream that throws stands for a server that dies mid-answer: the connection drops.
          outgoing.destroy();
        }
        return;
      }
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
