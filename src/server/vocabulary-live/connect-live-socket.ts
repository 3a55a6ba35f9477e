import type { ObsConnection } from '../../integrations/obs/obs-connection.ts';
import type { MeaningLookup } from '../../pipelines/vocabulary/analysis/analyze-transcript.ts';
import { sniffMediaType } from '../../media/sniff-media-type.ts';
import { analyzeUtterance } from '../../pipelines/vocabulary/live/analyze-utterance.ts';
import { clientMessageSchema, type LiveStage, type ServerMessage } from '../../pipelines/vocabulary/live/live-vocabulary-messages.ts';
import { LiveVocabularySession } from '../../pipelines/vocabulary/live/live-vocabulary-session.ts';
import { truncateCloseReason } from '../../live-style/truncate-close-reason.ts';
import { findInvalidText } from '../http/check-request-text.ts';
import type { WebSocketLike } from '../live-style/attach-web-socket.ts';
import { closeAndStopReading } from '../live-style/close-and-stop-reading.ts';
import type { LiveSocketIdentity } from '../live-style/authenticate-live-socket.ts';
import { createMessageGuard, type MessageLimits } from './message-guard.ts';
import type { OverlayHub } from './overlay-hub.ts';
import type { LiveModels } from './resolve-live-models.ts';
import { vocabularyLiveCloseCodes } from './vocabulary-live-close-codes.ts';

export interface ConnectLiveSocketOptions {
  /** Who opened it, or undefined when it closed the socket itself. */
  authenticate(): Promise<LiveSocketIdentity | undefined>;
  overlays: OverlayHub;
  models(): LiveModels;
  /** Asked for administrators only: OBS is the operator's program, which other users must not drive. */
  obs(): ObsConnection | undefined;
  limits?: MessageLimits;
  modelTimeoutMs?: number;
  meanings?: MeaningLookup;
  observe?(stage: LiveStage | 'gateway', seconds: number): void;
  onUnexpectedError(error: unknown): void;
}

const open = 1;

/**
 * One streamer socket: checks size and flood on every message (before sign-in too, so a flood is
 * cut at once), holds the first messages while the sign-in is checked, then hands them to a live
 * session. OBS is connected in the background; until it answers, or if it never does, the session
 * runs without it.
 */
export function connectLiveSocket(ws: WebSocketLike, options: ConnectLiveSocketOptions): void {
  const guard = createMessageGuard(options.limits);
  const early: Array<Uint8Array | string> = [];
  let session: LiveVocabularySession | undefined;
  let obs: ObsConnection | undefined;
  let isAdmin = false;
  let gone = false;
  const send = (message: ServerMessage) => {
    if (ws.readyState === open) ws.send(JSON.stringify(message));
  };
  const close = (code: number, reason: string) => {
    if (ws.readyState === open) ws.close(code, truncateCloseReason(reason));
  };
  const handle = (message: Uint8Array | string) => {
    if (!session) return;
    if (typeof message !== 'string') {
      session.audio(message, sniffAudioType(message)).catch(options.onUnexpectedError);
      return;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(message);
    } catch {
      close(vocabularyLiveCloseCodes.badMessage, 'Text messages must be JSON, e.g. {"type":"utterance","text":"草"}.');
      return;
    }
    const result = clientMessageSchema.safeParse(parsed);
    if (!result.success) {
      close(vocabularyLiveCloseCodes.badMessage, `Not a live message: ${result.error.issues[0]?.path.join('.') || 'type'} ${result.error.issues[0]?.message ?? ''}`.trim());
      return;
    }
    // JSON escapes (`\u0000`, `\ud800`) decode to text the database and encoders refuse.
    const invalid = findInvalidText(result.data);
    if (invalid) {
      close(vocabularyLiveCloseCodes.badMessage, `The message's \`${invalid.path}\` contains ${invalid.problem}.`);
      return;
    }
    const clientMessage = result.data;
    if (clientMessage.type === 'obs-scene' && !isAdmin) {
      // Said in a message, not a close: the rest of the session is the user's to keep.
      send({ type: 'obs', state: 'off', message: 'Only an administrator can switch OBS scenes; the scene was not switched.' });
      return;
    }
    const work = clientMessage.type === 'utterance'
      ? session.utterance(clientMessage.text, clientMessage.language ?? 'ja', clientMessage.recogniseMs)
      : session.switchScene(clientMessage.sceneName);
    work.catch((error: unknown) => {
      options.onUnexpectedError(error);
      close(vocabularyLiveCloseCodes.internalError, 'Something went wrong inside Kiln; the server log has the details.');
    });
  };

  ws.on('message', (data, isBinary) => {
    // Messages still arriving after a close are not the session's any more.
    if (ws.readyState !== open) return;
    const buffer = Array.isArray(data) ? Buffer.concat(data) : data instanceof ArrayBuffer ? Buffer.from(data) : data;
    const message = isBinary ? new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) : buffer.toString('utf8');
    const verdict = guard(message);
    if (verdict?.code === vocabularyLiveCloseCodes.tooManyMessages) return closeAndStopReading(ws, verdict.code, truncateCloseReason(verdict.reason));
    if (verdict) return close(verdict.code, verdict.reason);
    if (session) return handle(message);
    if (early.length < 16) early.push(message);
  });
  ws.on('close', () => {
    gone = true;
    session?.close();
    void obs?.close();
  });
  ws.on('error', () => undefined);

  void (async () => {
    const identity = await options.authenticate();
    if (identity === undefined || gone) return;
    const { userId } = identity;
    isAdmin = identity.isAdmin;
    const models = options.models();
    obs = isAdmin ? options.obs() : undefined;
    session = new LiveVocabularySession({
      ...models,
      send,
      analyze: (text) => analyzeUtterance(text, options.meanings),
      obs,
      overlay: (message) => options.overlays.publish(userId, message),
      observe: options.observe,
      modelTimeoutMs: options.modelTimeoutMs,
    });
    const obsState = !isAdmin ? { state: 'off' as const, message: 'OBS is for administrators; the live mode runs without it.' }
      : obs ? { state: 'unavailable' as const, message: 'Connecting to OBS…' } : { state: 'off' as const, message: 'No OBS address is set; the live mode runs without OBS.' };
    send({
      type: 'ready',
      overlayPath: `/vocabulary/live/overlay?key=${options.overlays.keyFor(userId)}`,
      reply: models.reply?.name ?? null,
      speech: models.speech?.servedBy() ?? null,
      transcription: models.transcription !== undefined,
      obs: obsState,
    });
    for (const message of early.splice(0)) handle(message);
    if (obs) {
      obs.connect().then(
        ({ obsVersion }) => send({ type: 'obs', state: 'connected', message: `Connected to OBS ${obsVersion}.` }),
        (error: unknown) => send({ type: 'obs', state: 'unavailable', message: `${error instanceof Error ? error.message : String(error)} The live mode goes on without OBS.` }),
      );
    }
  })().catch((error: unknown) => {
    options.onUnexpectedError(error);
    close(vocabularyLiveCloseCodes.internalError, 'Something went wrong inside Kiln; the server log has the details.');
  });
}

/**
 * The clip's container from its first bytes (MediaRecorder in Chromium records WebM, Firefox Ogg),
 * read by the one sniffer; MP3 when it names no audio type.
 */
function sniffAudioType(clip: Uint8Array): string {
  const sniffed = sniffMediaType(clip);
  return sniffed?.compatibleTypes.find((mediaType) => mediaType.startsWith('audio/')) ?? 'audio/mpeg';
}
