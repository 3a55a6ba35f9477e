/**
 * The live style studio's HTTP and websocket routes (under /api):
 *
 *   POST   /live/sessions             start a session → 201 { sessionId, viewerUrl, overlayUrl, linkReach, streamPath, watchPath }
 *   GET    /live/presets              the style presets, before any session
 *   GET    /live/sessions             your sessions with their figures, and `elsewhere`: those on other servers
 *   DELETE /live/sessions/:id         end one; its streamer and viewers are closed with 4410
 *   GET    /live/sessions/:id/stream  websocket, the streamer (the session's owner only)
 *   GET    /live/sessions/:id/watch   websocket, viewers; `?key=` is the session's viewer key
 *
 * Frames are binary messages with the header of src/live-style/frame-protocol.ts; control messages are
 * JSON (src/live-style/live-messages.ts). In JWT mode a browser cannot set the Authorization header on a
 * websocket, so the stream socket also takes the token as a `kiln-token.<jwt>` subprotocol (beside
 * `kiln-live.v1`) or a `token` query parameter. Problems after the upgrade close the socket with a
 * code and a sentence as its reason (src/live-style/live-close-codes.ts):
 *
 *   1001 server shutting down          4403 wrong viewer key
 *   1009 message over 4× the frame limit (ws)   4404 unknown session, or another user's
 *   1011 internal error                4409 the camera was opened in another window
 *   4400 bad frame (header, not an image, or repeatedly undecodable)
 *   4401 not signed in / bad token     4410 session ended or expired
 *   4421 the session lives on another server (several servers on one Postgres): the reason is
 *        `This live session is on <base URL>`; DELETE answers 409 with `details.server` instead
 *   4413 frame larger than the limit, or text message over 16 KiB
 *   4429 flood: more than 60 frames, or 20 text messages, in a second; or the user already holds
 *        the most live sockets one user may (live.maxSocketsPerUser, 8; viewers are not counted)
 */
import fastifyWebsocket from '@fastify/websocket';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ConflictError, NotFoundError } from '../../engine/errors/index.ts';
import { LiveSessionDirectory, type LiveSessionServer } from '../../live-style/live-session-directory.ts';
import { liveCloseCodes } from '../../live-style/live-close-codes.ts';
import { LiveStudio, type LiveStudioOptions } from '../../live-style/live-studio.ts';
import { truncateCloseReason } from '../../live-style/truncate-close-reason.ts';
import type { LiveSession } from '../../live-style/live-session.ts';
import { filterPresets } from '../../media/filters/index.ts';
import type { RestyleModel, SegmentationModel } from '../../providers/spec/index.ts';
import type { AuthOptions } from '../auth/auth-options.ts';
import type { RouteOptions } from '../routes/route-options.ts';
import { attachWebSocket, frameSinkOf, type WebSocketLike } from './attach-web-socket.ts';
import { admitLiveSocket } from './admit-live-socket.ts';
import { chooseSubprotocol, createLiveSocketIdentifier } from './authenticate-live-socket.ts';
import { liveServerUrl } from './live-server-url.ts';
import { LiveSocketCounter } from './live-socket-counter.ts';
import { shareOrigin } from './share-origin.ts';

export interface LiveRouteOptions extends RouteOptions {
  auth: AuthOptions;
  /** The restyle model; by default the configured fallback list (`runtime.providers.model('restyle')`). */
  restyleModel?: RestyleModel;
  /** Limits and sizes of the studio (see LiveStudioOptions). */
  studio?: Omit<LiveStudioOptions, 'model'>;
  /** `server.publicHost`: viewer and overlay links use it (see share-origin.ts). */
  publicHost?: string;
  /** This server's own base URL, recorded with its sessions on a shared Postgres; by default its listen address. */
  serverUrl?: string;
  /** Heartbeat of this server's rows in live_sessions; tests shorten it. Default 5 s. */
  heartbeatMs?: number;
  /** Each user's open live sockets, shared with the other live routes; a counter of its own when absent. */
  sockets?: LiveSocketCounter;
}

const sessionParams = z.object({ id: z.string().min(1).max(100) });
const sessionSummary = z.object({
  sessionId: z.string(),
  viewerUrl: z.string().describe('A page anyone with the link can watch; it carries the viewer key.'),
  overlayUrl: z.string().describe('The same picture on a transparent page without chrome, for an OBS browser source.'),
  linkReach: z.enum(['public', 'network', 'this-computer']).describe('Who can open the links: this-computer when Kiln listens on loopback only and no server.publicHost is set.'),
  streamPath: z.string().describe('The streamer websocket.'),
  watchPath: z.string().describe('The viewer websocket, key included.'),
  createdAt: z.string(),
  streaming: z.boolean(),
  viewers: z.number().int(),
  processed: z.number().int(),
  repeated: z.number().int(),
  dropped: z.number().int(),
});
const serverSchema = z.object({ id: z.string(), url: z.string().describe('The base URL of the server that holds the session.') });
const elsewhereSummary = z.object({ sessionId: z.string(), createdAt: z.string(), server: serverSchema });

export const liveRoutes: FastifyPluginAsyncZod<LiveRouteOptions> = async (app, options) => {
  const { runtime, rateLimits } = options;
  const maxFrameBytes = options.studio?.maxFrameBytes ?? 2 * 1024 * 1024;
  if (!app.hasDecorator('websocketServer')) {
    // Over the frame limit but bounded: a frame up to 4× the limit gets the explained 4413, beyond that ws closes with 1009.
    await app.register(fastifyWebsocket, {
      options: { maxPayload: maxFrameBytes * 4, handleProtocols: chooseSubprotocol },
      errorHandler: (error, socket, request) => {
        // A ws protocol error (a message over maxPayload, a bad frame) is already being closed with its
        // code (1009, 1002); the plugin's default handler would terminate the socket at once, dropping
        // that close frame, and the client would see 1006 instead of the documented code.
        if (/^WS_ERR_/.test(String((error as NodeJS.ErrnoException).code))) {
          request.log.info({ err: error }, 'live socket closed for a protocol violation');
          return;
        }
        request.log.error({ err: error }, 'live socket failed');
        socket.terminate();
      },
    });
  }
  // Looked up per call, not now: the configuration's backends may change and test runtimes have none.
  const model: RestyleModel = options.restyleModel ?? {
    provider: 'fallback',
    modelId: 'restyle',
    restyle: (call) => runtime.providers.model('restyle').restyle(call),
  };
  const segmentation: SegmentationModel = {
    provider: 'fallback',
    modelId: 'segmentation',
    segment: (call) => runtime.providers.model('segmentation').segment(call),
  };
  const onUnexpectedError = (error: unknown) => app.log.error({ err: error }, 'live frame failed');
  const studio = new LiveStudio({ ...options.studio, maxFrameBytes, model, segmentation, onUnexpectedError });
  // On a shared Postgres other servers must find this one's sessions; PGlite is one process, so no one to tell.
  const directory = runtime.database?.kind === 'postgres'
    ? new LiveSessionDirectory({
      database: runtime.database,
      server: { url: () => liveServerUrl(options.serverUrl, app.server.address()) },
      liveSessionIds: () => studio.sessions.all().map((session) => session.id),
      heartbeatMs: options.heartbeatMs,
      onError: (error) => app.log.error({ err: error }, 'live session directory failed'),
    })
    : undefined;
  app.addHook('onClose', async () => {
    await studio.close();
    await directory?.close();
  });
  /** The other server that holds this session (and, when `ownerId` is given, is that user's), if any. */
  const otherServerOf = async (sessionId: string, ownerId?: string): Promise<LiveSessionServer | undefined> => {
    const place = await directory?.find(sessionId);
    if (!place || place.server.id === directory?.serverId || (ownerId !== undefined && place.ownerId !== ownerId)) return undefined;
    return place.server;
  };
  const misdirectedReason = (server: LiveSessionServer) => truncateCloseReason(`This live session is on ${server.url}`);
  const identify = createLiveSocketIdentifier(options.auth);
  const sockets = options.sockets ?? new LiveSocketCounter();

  const summarize = (session: LiveSession, request: FastifyRequest): z.infer<typeof sessionSummary> => {
    const key = encodeURIComponent(session.viewerKey);
    const { origin, reach } = shareOrigin({ publicHost: options.publicHost, listening: app.server.address(), protocol: request.protocol, host: request.host });
    return {
      sessionId: session.id,
      linkReach: reach,
      viewerUrl: `${origin}/live/watch/${session.id}?key=${key}`,
      overlayUrl: `${origin}/live/overlay/${session.id}?key=${key}`,
      streamPath: `/api/live/sessions/${session.id}/stream`,
      watchPath: `/api/live/sessions/${session.id}/watch?key=${key}`,
      createdAt: new Date(session.createdAt).toISOString(),
      streaming: session.streamer !== undefined,
      viewers: session.viewers.count,
      processed: session.processed,
      repeated: session.repeated,
      dropped: session.dropped,
    };
  };
  const ownSession = (userId: string, sessionId: string): LiveSession => {
    const session = studio.sessions.get(sessionId);
    // Someone else's session answers like a missing one, as jobs and assets do.
    if (!session || session.ownerId !== userId) throw new NotFoundError(`Live session ${sessionId}`);
    return session;
  };

  app.post('/live/sessions', {
    onRequest: rateLimits['jobs-create'],
    schema: {
      summary: 'Start a live style session',
      description: 'Then open the stream websocket and send camera frames; share viewerUrl with viewers.',
      tags: ['live'],
      response: { 201: sessionSummary },
    },
  }, async (request, reply) => {
    const session = studio.createSession(request.userId);
    try {
      await directory?.record(session.id, request.userId);
    } catch (error) {
      studio.endSession(session);
      throw error;
    }
    return reply.code(201).send(summarize(session, request));
  });

  app.get('/live/sessions', {
    onRequest: rateLimits.reads,
    schema: {
      summary: 'Your live sessions',
      description: 'With several servers on one database, `elsewhere` lists the sessions other servers hold; their figures are there.',
      tags: ['live'],
      response: { 200: z.object({ sessions: z.array(sessionSummary), elsewhere: z.array(elsewhereSummary) }) },
    },
  }, async (request) => {
    const places = (await directory?.list(request.userId)) ?? [];
    return {
      sessions: studio.sessions.list(request.userId).map((session) => summarize(session, request)),
      elsewhere: places
        .filter((place) => place.server.id !== directory?.serverId)
        .map(({ sessionId, createdAt, server }) => ({ sessionId, createdAt, server })),
    };
  });

  app.get('/live/presets', {
    onRequest: rateLimits.reads,
    schema: {
      summary: 'The live style presets', description: 'So the page can offer them before the camera starts.', tags: ['live'],
      response: { 200: z.object({ presets: z.array(z.object({ name: z.string(), label: z.string() })) }) },
    },
  }, async () => ({ presets: filterPresets.map((preset) => ({ name: preset.name, label: preset.label })) }));

  app.delete('/live/sessions/:id', {
    onRequest: rateLimits['jobs-create'],
    schema: { summary: 'End a live session', description: '409 with `details.server` when another server holds it: send the DELETE there.', tags: ['live'], params: sessionParams, response: { 204: z.null() } },
  }, async (request, reply) => {
    const { id } = request.params;
    if (!studio.sessions.get(id)) {
      const server = await otherServerOf(id, request.userId);
      if (server) throw new ConflictError(`Live session ${id} is held by another Kiln server (${server.url}); send this request there.`, { details: { server } });
    }
    const session = ownSession(request.userId, id);
    studio.endSession(session);
    await directory?.forget(session.id);
    return reply.code(204).send(null);
  });

  app.get('/live/sessions/:id/stream', {
    websocket: true,
    // Checked inside the socket instead, so a browser learns why through the close code.
    config: { public: true },
    schema: { summary: 'Streamer websocket (camera frames in, styled frames out)', tags: ['live'], hide: true },
  }, (socket, request) => {
    const ws = socket as unknown as WebSocketLike;
    const { id } = request.params as { id: string };
    attachWebSocket(ws, async () => {
      const identity = await admitLiveSocket(ws, request, { identify, sockets, unauthorizedCode: liveCloseCodes.unauthorized });
      if (!identity) return undefined;
      const { userId } = identity;
      const session = studio.sessions.get(id);
      const elsewhere = session ? undefined : await otherServerOf(id, userId);
      if (elsewhere) {
        ws.close(liveCloseCodes.misdirected, misdirectedReason(elsewhere));
        return undefined;
      }
      if (!session || session.ownerId !== userId) {
        ws.close(liveCloseCodes.unknownSession, 'There is no such live session; start one with POST /api/live/sessions.');
        return undefined;
      }
      return studio.connectStreamer(session, frameSinkOf(ws));
    }, onUnexpectedError);
  });

  app.get('/live/sessions/:id/watch', {
    websocket: true,
    // Viewers need no account: the unguessable key in the link is the permission.
    config: { public: true },
    schema: { summary: 'Viewer websocket (styled frames out)', tags: ['live'], hide: true },
  }, (socket, request) => {
    const ws = socket as unknown as WebSocketLike;
    const { id } = request.params as { id: string };
    const { key } = (request.query ?? {}) as { key?: string };
    attachWebSocket(ws, async () => {
      const session = studio.sessions.get(id);
      // The viewer key is checked by the server that holds the session, after the reconnect.
      const elsewhere = session ? undefined : await otherServerOf(id);
      if (elsewhere) {
        ws.close(liveCloseCodes.misdirected, misdirectedReason(elsewhere));
        return undefined;
      }
      if (!session) {
        ws.close(liveCloseCodes.unknownSession, 'This live session does not exist or has ended.');
        return undefined;
      }
      if (typeof key !== 'string' || !session.isViewerKey(key)) {
        ws.close(liveCloseCodes.forbidden, 'The viewer link is incomplete or wrong; ask the streamer for it again.');
        return undefined;
      }
      return studio.connectViewer(session, frameSinkOf(ws));
    }, onUnexpectedError);
  });
};
