/**
 * The vocabulary studio's live bilingual mode (under /api):
 *
 *   GET  /vocabulary/live            websocket, the streamer: utterances in, items / reply / voice / latency out
 *   GET  /vocabulary/live/overlay    websocket, an OBS browser source: `?key=` from the ready message
 *   GET  /vocabulary/live/settings   OBS address and whether its password is set, the models in use
 *   POST /vocabulary/live/obs/test   tries the OBS connection and says what is wrong
 *
 * OBS is the operator's program: in JWT mode only administrators (`kiln_admin`) get it; other users'
 * sessions run without it, and their scene switches are answered with a message saying why.
 *
 * Sign-in, origin and subprotocol rules are the live style studio's (src/server/live): in local
 * mode the request guard refuses handshakes from other sites; in JWT mode the token rides as a
 * `kiln-token.<jwt>` subprotocol or `?token=`. Close codes (vocabulary-live-close-codes.ts):
 *
 *   1001 server shutting down   4401 not signed in / bad token   4413 message too large
 *   1011 internal error         4403 wrong overlay key           4429 message flood, or too many
 *                                                                     live sockets of one user
 *   4400 not JSON or not a known message
 */
import fastifyWebsocket from '@fastify/websocket';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { BadInputError } from '../../engine/errors/index.ts';
import { createObsConnection, type ObsConnection } from '../../integrations/obs/obs-connection.ts';
import { assertAdministrator } from '../auth/assert-administrator.ts';
import type { AuthOptions } from '../auth/auth-options.ts';
import { admitLiveSocket } from '../live-style/admit-live-socket.ts';
import { chooseSubprotocol, createLiveSocketIdentifier } from '../live-style/authenticate-live-socket.ts';
import type { WebSocketLike } from '../live-style/attach-web-socket.ts';
import { LiveSocketCounter } from '../live-style/live-socket-counter.ts';
import type { RouteOptions } from '../routes/route-options.ts';
import { connectLiveSocket } from './connect-live-socket.ts';
import type { MessageLimits } from './message-guard.ts';
import { OverlayHub } from './overlay-hub.ts';
import { resolveLiveModels } from './resolve-live-models.ts';
import { vocabularyLiveCloseCodes } from './vocabulary-live-close-codes.ts';

export interface VocabularyLiveRouteOptions extends RouteOptions {
  auth: AuthOptions;
  /** Size and flood limits of the streamer socket. */
  limits?: MessageLimits;
  /** How long a model may take before the session goes on without it; 20 s by default. */
  modelTimeoutMs?: number;
  /** Where the OBS password is read; process.env by default. */
  env?: Record<string, string | undefined>;
  /** Each user's open live sockets, shared with the live style routes; a counter of its own when absent. */
  sockets?: LiveSocketCounter;
}

const obsPasswordEnv = 'KILN_OBS_PASSWORD';
const open = 1;

export const vocabularyLiveRoutes: FastifyPluginAsyncZod<VocabularyLiveRouteOptions> = async (app, options) => {
  const { runtime, rateLimits } = options;
  const env = options.env ?? process.env;
  if (!app.hasDecorator('websocketServer')) {
    await app.register(fastifyWebsocket, { options: { maxPayload: 4 * 1024 * 1024, handleProtocols: chooseSubprotocol } });
  }
  const identify = createLiveSocketIdentifier(options.auth);
  const overlays = new OverlayHub();
  const sockets = options.sockets ?? new LiveSocketCounter();
  const configured = () => runtime.config.vocabulary?.live;
  // A page may name another OBS address only in single-user local mode: in JWT mode that would let a
  // user point the server (and its OBS password's challenge answer) at any address.
  const obsFor = (address?: string): ObsConnection | undefined => {
    const chosen = options.auth.mode === 'local' && address ? address : configured()?.obs?.address;
    if (!chosen) return undefined;
    return createObsConnection({ address: chosen, password: env[obsPasswordEnv] || undefined, textSource: configured()?.obs?.textSource });
  };

  app.get('/vocabulary/live', {
    websocket: true,
    // Checked inside the socket, so the browser learns why through the close code.
    config: { public: true },
    schema: { summary: 'Live bilingual mode websocket (utterances in; items, reply, voice and latency out)', tags: ['vocabulary'], hide: true },
  }, (socket, request) => {
    const ws = socket as unknown as WebSocketLike;
    const { obs: obsAddress } = (request.query ?? {}) as { obs?: string };
    connectLiveSocket(ws, {
      authenticate: () => admitLiveSocket(ws, request, { identify, sockets, unauthorizedCode: vocabularyLiveCloseCodes.unauthorized }),
      overlays,
      models: () => resolveLiveModels(runtime, configured()?.voice),
      obs: () => obsFor(typeof obsAddress === 'string' && /^wss?:\/\/\S+$/.test(obsAddress) ? obsAddress : undefined),
      limits: options.limits,
      modelTimeoutMs: options.modelTimeoutMs ?? configured()?.modelTimeoutMs,
      observe: (stage, seconds) => app.metrics?.observeVocabularyLiveStage(stage, seconds),
      onUnexpectedError: (error) => request.log.error({ err: error }, 'live vocabulary message failed'),
    });
  });

  app.get('/vocabulary/live/overlay', {
    websocket: true,
    // OBS's browser source has no sign-in: the unguessable key in the overlay link is the permission.
    config: { public: true },
    schema: { summary: 'Live bilingual overlay websocket (the newest expression)', tags: ['vocabulary'], hide: true },
  }, (socket, request) => {
    const ws = socket as unknown as WebSocketLike;
    const { key } = (request.query ?? {}) as { key?: string };
    const owner = typeof key === 'string' ? overlays.ownerOf(key) : undefined;
    if (typeof key !== 'string' || owner === undefined) {
      ws.close(vocabularyLiveCloseCodes.forbidden, 'The overlay link is wrong or from before the server restarted; copy it again from the live page.');
      return;
    }
    // An OBS source counts as one of its streamer's sockets: the link is as good as their sign-in.
    if (!sockets.claim(ws, owner)) return;
    const unsubscribe = overlays.subscribe(key, { send: (message) => (ws.readyState === open ? ws.send(message) : undefined) });
    ws.on('close', unsubscribe);
    ws.on('error', () => undefined);
  });

  const settingsSchema = z.object({
    obsAddress: z.string().nullable().describe('The configured obs-websocket address (vocabulary.live.obs.address).'),
    obsPasswordSet: z.boolean().describe(`Whether ${obsPasswordEnv} is set in the server's environment.`),
    addressEditable: z.boolean().describe('Whether the page may use another OBS address (local mode only).'),
    obsAllowed: z.boolean().describe('Whether this user\'s sessions use OBS: administrators only (always in local mode).'),
    reply: z.string().nullable().describe('The text backends replies come from; null runs on offline items only.'),
    speech: z.string().nullable(),
  });
  app.get('/vocabulary/live/settings', {
    onRequest: rateLimits.reads,
    schema: { summary: 'Live bilingual mode settings', tags: ['vocabulary'], response: { 200: settingsSchema } },
  }, async (request) => {
    const models = resolveLiveModels(runtime);
    return {
      // The operator's OBS address is theirs to know.
      obsAddress: request.isAdmin ? configured()?.obs?.address ?? null : null,
      obsPasswordSet: request.isAdmin && Boolean(env[obsPasswordEnv]),
      obsAllowed: request.isAdmin,
      addressEditable: options.auth.mode === 'local',
      reply: models.reply?.name ?? null,
      speech: runtime.providers.candidates('speech').join(', ') || null,
    };
  });

  app.post('/vocabulary/live/obs/test', {
    onRequest: rateLimits['jobs-create'],
    schema: {
      summary: 'Try the OBS connection (administrators)',
      tags: ['vocabulary'],
      body: z.object({ address: z.string().regex(/^wss?:\/\/\S+$/, 'expected a ws:// address, e.g. ws://127.0.0.1:4455').optional() }),
      response: { 200: z.object({ connected: z.boolean(), message: z.string(), obsVersion: z.string().optional() }) },
    },
  }, async (request) => {
    assertAdministrator(request, 'Connecting to OBS');
    const obs = obsFor(request.body.address);
    if (!obs) throw new BadInputError('No OBS address is configured: give one here, or set vocabulary.live.obs.address in the configuration.');
    try {
      const { obsVersion } = await obs.connect();
      return { connected: true, message: `Connected to OBS ${obsVersion}.`, obsVersion };
    } catch (error) {
      return { connected: false, message: error instanceof Error ? error.message : String(error) };
    } finally {
      await obs.close();
    }
  });
};
