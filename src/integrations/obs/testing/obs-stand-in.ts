/**
 * A stand-in for OBS Studio's obs-websocket v5 server on 127.0.0.1, for contract tests. It speaks
 * the documented protocol: Hello (op 0) with an authentication challenge and salt, Identify (op 1)
 * checked as base64(sha256(base64(sha256(password + salt)) + challenge)), Identified (op 2), and
 * Request (op 6) answered by RequestResponse (op 7). A wrong password closes with 4009, a request
 * before identifying with 4007, as OBS does. It knows two requests, the ones Kiln sends:
 * SetCurrentProgramScene and SetInputSettings, plus GetVersion.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';

interface StandInSocket {
  protocol: string;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  on(event: 'message', listener: (data: Buffer) => void): void;
}
interface StandInServer {
  address(): AddressInfo;
  clients: Set<StandInSocket>;
  on(event: 'connection', listener: (socket: StandInSocket) => void): void;
  on(event: 'listening', listener: () => void): void;
  close(callback: () => void): void;
}
// ws ships no typings; only the few members above are used.
const { WebSocketServer } = createRequire(import.meta.url)('ws') as {
  WebSocketServer: new (options: Record<string, unknown>) => StandInServer;
};

export interface ObsStandInOptions {
  /** The server password; none means no authentication, like OBS with it switched off. */
  password?: string;
  scenes?: string[];
  /** Inputs (sources) that exist, by name. */
  inputs?: string[];
}

export interface ObsStandIn {
  /** e.g. `ws://127.0.0.1:41234`. */
  address: string;
  /** Every Request (op 6) received after identifying, oldest first. */
  requests: Array<{ requestType: string; requestData: Record<string, unknown> }>;
  currentScene(): string;
  inputSettings(inputName: string): Record<string, unknown> | undefined;
  close(): Promise<void>;
}

const sha256Base64 = (text: string) => createHash('sha256').update(text).digest('base64');

export async function startObsStandIn(options: ObsStandInOptions = {}): Promise<ObsStandIn> {
  const scenes = options.scenes ?? ['Main', 'Lesson'];
  let currentScene = scenes[0];
  const inputs = new Map((options.inputs ?? ['Kiln vocabulary']).map((name) => [name, {} as Record<string, unknown>]));
  const requests: ObsStandIn['requests'] = [];
  const server = new WebSocketServer({
    host: '127.0.0.1',
    port: 0,
    handleProtocols: (protocols: Set<string>) => (protocols.has('obswebsocket.json') ? 'obswebsocket.json' : false),
  });
  const respond = (requestType: string, data: Record<string, unknown>) => {
    if (requestType === 'GetVersion') return { status: { result: true, code: 100 }, data: { obsVersion: '30.2.0', obsWebSocketVersion: '5.5.0', rpcVersion: 1 } };
    if (requestType === 'SetCurrentProgramScene') {
      if (!scenes.includes(String(data.sceneName))) return { status: { result: false, code: 600, comment: `No source was found by the name of \`${String(data.sceneName)}\`.` } };
      currentScene = String(data.sceneName);
      return { status: { result: true, code: 100 } };
    }
    if (requestType === 'SetInputSettings') {
      const settings = inputs.get(String(data.inputName));
      if (!settings) return { status: { result: false, code: 600, comment: `No source was found by the name of \`${String(data.inputName)}\`.` } };
      Object.assign(settings, data.inputSettings);
      return { status: { result: true, code: 100 } };
    }
    return { status: { result: false, code: 204, comment: 'Your request type is not valid.' } };
  };
  server.on('connection', (socket) => {
    const challenge = randomBytes(32).toString('base64');
    const salt = randomBytes(32).toString('base64');
    let identified = false;
    const send = (op: number, d: Record<string, unknown>) => socket.send(JSON.stringify({ op, d }));
    send(0, { obsWebSocketVersion: '5.5.0', rpcVersion: 1, ...(options.password ? { authentication: { challenge, salt } } : {}) });
    socket.on('message', (raw) => {
      const { op, d } = JSON.parse(raw.toString('utf8')) as { op: number; d: Record<string, unknown> };
      if (op === 1) {
        const expected = options.password ? sha256Base64(sha256Base64(options.password + salt) + challenge) : undefined;
        if (expected !== undefined && d.authentication !== expected) return socket.close(4009, 'Authentication failed.');
        identified = true;
        return send(2, { negotiatedRpcVersion: 1 });
      }
      if (!identified) return socket.close(4007, 'You must identify before sending requests.');
      if (op === 6) {
        const requestType = String(d.requestType);
        const requestData = (d.requestData ?? {}) as Record<string, unknown>;
        requests.push({ requestType, requestData });
        const { status, data } = respond(requestType, requestData);
        send(7, { requestType, requestId: d.requestId, requestStatus: status, ...(data ? { responseData: data } : {}) });
      }
    });
  });
  await new Promise<void>((resolve) => server.on('listening', resolve));
  return {
    address: `ws://127.0.0.1:${server.address().port}`,
    requests,
    currentScene: () => currentScene,
    inputSettings: (inputName) => inputs.get(inputName),
    close: () => new Promise<void>((resolve) => {
      for (const client of server.clients) client.close(1001, 'OBS is closing.');
      server.close(() => resolve());
    }),
  };
}
