/**
 * Kiln's link to OBS Studio through obs-websocket v5 (built into OBS 28 and later): it switches the
 * program scene and writes the current expression into a text source. It connects on first use
 * and again after OBS went away; every failure becomes a ProviderUnavailableError whose message says
 * what to do, so the live session can show it and go on without OBS.
 */
// The JSON protocol (obswebsocket.json), which every obs-websocket v5 server speaks; Node's default entry is MessagePack.
import { OBSWebSocket, OBSWebSocketError } from 'obs-websocket-js/json';
import { ProviderFailedError, ProviderUnavailableError } from '../../engine/errors/index.ts';

export interface ObsConnectionSettings {
  /** obs-websocket's address, e.g. `ws://127.0.0.1:4455` (OBS → Tools → WebSocket Server Settings). */
  address: string;
  /** The server password; comes from the environment (KILN_OBS_PASSWORD), never from the config file. */
  password?: string;
  /** The text source (GDI+ / FreeType 2) that shows the current expression. */
  textSource?: string;
  /** How long connecting or one request may take; 3 s by default, so a wrong address or a hung OBS does not stall the session. */
  timeoutMs?: number;
}

export interface ObsConnection {
  /** Connects (if not yet) and answers OBS's version; throws with a sentence a streamer can act on. */
  connect(): Promise<{ obsVersion: string }>;
  switchScene(sceneName: string): Promise<void>;
  showText(text: string): Promise<void>;
  close(): Promise<void>;
}

/** OBS's close code for a wrong or missing password (WebSocketCloseCode.AuthenticationFailed). */
const authenticationFailed = 4009;

export function createObsConnection(settings: ObsConnectionSettings): ObsConnection {
  const textSource = settings.textSource ?? 'Kiln vocabulary';
  let obs: OBSWebSocket | undefined;
  let connecting: Promise<{ obsVersion: string }> | undefined;
  const timeoutMs = settings.timeoutMs ?? 3000;

  const open = async (): Promise<{ obsVersion: string }> => {
    const client = new OBSWebSocket();
    client.on('ConnectionClosed', () => {
      if (obs === client) obs = undefined;
    });
    try {
      await withTimeout(client.connect(settings.address, settings.password, { rpcVersion: 1, eventSubscriptions: 0 }), timeoutMs,
        `OBS at ${settings.address} did not answer within ${timeoutMs / 1000} s; check the address and that OBS is running.`);
    } catch (error) {
      await client.disconnect().catch(() => undefined);
      throw explainConnectFailure(error, settings);
    }
    obs = client;
    const version = await client.call('GetVersion');
    return { obsVersion: version.obsVersion };
  };

  const ready = async (): Promise<OBSWebSocket> => {
    if (!obs) {
      connecting ??= open().finally(() => (connecting = undefined));
      await connecting;
    }
    if (!obs) throw new ProviderUnavailableError(`OBS at ${settings.address} closed the connection.`);
    return obs;
  };

  const call = async (what: string, run: (client: OBSWebSocket) => Promise<unknown>) => {
    const client = await ready();
    try {
      // obs-websocket-js waits for an answer forever, even on a socket that is closing.
      await withTimeout(run(client), timeoutMs, `OBS at ${settings.address} did not answer within ${timeoutMs / 1000} s.`);
    } catch (error) {
      if (obs === client && !(error instanceof OBSWebSocketError)) {
        obs = undefined;
        void client.disconnect().catch(() => undefined);
      }
      if (error instanceof OBSWebSocketError && error.code >= 200) {
        throw new ProviderFailedError(`OBS could not ${what}: ${error.message}`, { cause: error, isRetryable: false });
      }
      throw new ProviderUnavailableError(`OBS at ${settings.address} stopped answering while asked to ${what}.`, { cause: error });
    }
  };

  return {
    connect: async () => (obs ? { obsVersion: (await obs.call('GetVersion')).obsVersion } : (connecting ??= open().finally(() => (connecting = undefined)))),
    switchScene: (sceneName) => call(`switch to the scene “${sceneName}”`, (client) => client.call('SetCurrentProgramScene', { sceneName })),
    showText: (text) => call(`set the text source “${textSource}” (add a Text source of that name to your scene)`, (client) =>
      client.call('SetInputSettings', { inputName: textSource, inputSettings: { text } })),
    close: async () => {
      const client = obs;
      obs = undefined;
      await client?.disconnect().catch(() => undefined);
    },
  };
}

async function withTimeout<T>(work: Promise<T>, timeoutMs: number, message: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([
      work,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new ProviderUnavailableError(message)), timeoutMs);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

function explainConnectFailure(error: unknown, settings: ObsConnectionSettings): Error {
  if (error instanceof ProviderUnavailableError) return error;
  if (error instanceof OBSWebSocketError && error.code === authenticationFailed) {
    const hint = settings.password
      ? 'the password in KILN_OBS_PASSWORD is not the one in OBS → Tools → WebSocket Server Settings'
      : 'OBS asks for a password: set KILN_OBS_PASSWORD in the Kiln server’s environment to the one in OBS → Tools → WebSocket Server Settings';
    return new ProviderUnavailableError(`OBS refused the connection: ${hint}.`, { cause: error, isRetryable: false });
  }
  const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
  return new ProviderUnavailableError(
    `OBS is not reachable at ${settings.address}${detail}: start OBS and turn on Tools → WebSocket Server Settings → Enable WebSocket server.`,
    { cause: error },
  );
}
