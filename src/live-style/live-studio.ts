import { performance } from 'node:perf_hooks';
import { filterPresets, findPreset, presetNames } from '../media/filters/index.ts';
import type { RestyleModel, SegmentationModel } from '../providers/spec/index.ts';
import { describeStyle } from './describe-style.ts';
import { frameProtocolVersion } from './frame-protocol.ts';
import { FrameScheduler } from './frame-scheduler.ts';
import type { FrameSink } from './frame-sink.ts';
import { liveCloseCodes } from './live-close-codes.ts';
import type { ServerMessage } from './live-messages.ts';
import { LiveSessionRegistry } from './live-session-registry.ts';
import { createPerSecondLimit } from './per-second-limit.ts';
import type { LiveSession } from './live-session.ts';
import { PersonMaskQueue } from './person-mask-queue.ts';
import { processLiveFrame } from './process-live-frame.ts';
import type { SimilarityFilterOptions } from './similarity-filter.ts';
import { createStreamerReceiver } from './streamer-receiver.ts';

export interface LiveStudioOptions {
  /** The restyle model frames go to: the configured fallback list in the server. */
  model: RestyleModel;
  /** Finds the streamer for styles that restyle the background or the person only. */
  segmentation?: SegmentationModel;
  /** Sessions served at once; later streamers wait in line and see their place. Default 20. */
  maxActiveSessions?: number;
  /** Backend calls in flight at once across sessions. Default 2. */
  concurrency?: number;
  /** Largest camera frame, bytes. Default 2 MiB (a 512×512 JPEG is about 50 KB). */
  maxFrameBytes?: number;
  /** Above this many frames a second a streamer is flooding and is disconnected. Default 60 (twice the fastest camera rate). */
  maxFramesPerSecond?: number;
  /** Live sessions one user may hold. Default 5. */
  maxSessionsPerOwner?: number;
  /** Unused sessions end after this long. Default 10 minutes. */
  idleSessionMs?: number;
  similarity?: SimilarityFilterOptions;
  /** Failures inside Kiln (not the frame's or the backend's), for the log. */
  onUnexpectedError?: (error: unknown) => void;
}

/** One end of a websocket as the studio sees it: what arrives goes to `receive`, the close to `disconnect`. */
export interface LiveConnection {
  receive(data: Uint8Array | string): void;
  disconnect(): void;
}

/**
 * The live style studio's server side without the server: sessions, the shared backend scheduler,
 * streamers and viewers. The websocket gateway (src/server/live) only checks who is asking and
 * moves bytes between sockets and this.
 */
export class LiveStudio {
  readonly maxFrameBytes: number;
  readonly scheduler: FrameScheduler;
  readonly sessions: LiveSessionRegistry;
  private readonly options: LiveStudioOptions;
  /** The segmentation model shared by every stream, one frame at a time, newest frame per stream. */
  private readonly personMasks: PersonMaskQueue | undefined;

  constructor(options: LiveStudioOptions) {
    this.options = options;
    const personMasks = options.segmentation ? new PersonMaskQueue({ segmentation: options.segmentation }) : undefined;
    this.personMasks = personMasks;
    this.maxFrameBytes = options.maxFrameBytes ?? 2 * 1024 * 1024;
    this.scheduler = new FrameScheduler({
      maxActiveSessions: options.maxActiveSessions ?? 20,
      concurrency: options.concurrency ?? 2,
      process: (session, frame) => processLiveFrame(session, frame, { model: options.model, personMasks, onUnexpectedError: options.onUnexpectedError }),
      onPosition: (session, position) => session.send(position === 0 ? { type: 'admitted' } : { type: 'waiting', position }),
    });
    this.sessions = new LiveSessionRegistry({
      maxSessionsPerOwner: options.maxSessionsPerOwner,
      idleSessionMs: options.idleSessionMs,
      sessionOptions: { similarity: options.similarity },
      onExpired: (session) => this.release(session, 'The live session expired after a time unused.'),
    });
  }

  createSession(ownerId: string): LiveSession {
    return this.sessions.create(ownerId);
  }

  /** Ends a session: its streamer and viewers are closed with 4410 and its place in the backend is freed. */
  endSession(session: LiveSession, reason = 'The streamer ended the live session.'): void {
    this.sessions.remove(session);
    this.release(session, reason);
  }

  /** Attaches a streamer's socket; an earlier socket of the same session is closed (4409). */
  connectStreamer(session: LiveSession, sink: FrameSink): LiveConnection {
    const previous = session.streamer;
    if (previous) {
      session.streamerLeft();
      previous.close(liveCloseCodes.replaced, 'The camera of this session was opened in another window.');
    }
    session.streamer = sink;
    session.lastActiveAt = Date.now();
    sink.send(JSON.stringify(this.welcome(session, 'streamer')));
    sink.send(JSON.stringify({ type: 'viewers', count: session.viewers.count } satisfies ServerMessage));
    session.viewers.announce(JSON.stringify({ type: 'streamer', connected: true } satisfies ServerMessage));
    this.scheduler.join(session);
    const receive = createStreamerReceiver(session, sink, {
      maxFrameBytes: this.maxFrameBytes,
      maxFramesPerSecond: this.options.maxFramesPerSecond ?? 60,
      onFrame: () => {
        if (this.scheduler.isAdmitted(session)) this.scheduler.pump();
      },
      onStyle: (style) => {
        if (style.preset !== undefined && !findPreset(style.preset)) {
          return `There is no preset named "${style.preset}"; choose one of: ${presetNames.join(', ')}.`;
        }
        session.setStyle({ ...style, preset: style.preset ? findPreset(style.preset)!.name : undefined });
        session.send({ type: 'style-changed', style: session.style, description: describeStyle(session.style), styleVersion: session.styleVersion });
        return undefined;
      },
      now: () => performance.now(),
    });
    return {
      receive,
      disconnect: () => {
        if (session.streamer !== sink) return;
        session.streamerLeft();
        this.scheduler.leave(session);
        session.viewers.announce(JSON.stringify({ type: 'streamer', connected: false } satisfies ServerMessage));
      },
    };
  }

  /** Attaches a viewer; it gets the last styled frame at once, then every new one. */
  connectViewer(session: LiveSession, sink: FrameSink): LiveConnection {
    session.viewers.add(sink);
    sink.send(JSON.stringify(this.welcome(session, 'viewer')));
    sink.send(JSON.stringify({ type: 'streamer', connected: session.streamer !== undefined } satisfies ServerMessage));
    if (session.lastFrameMessage) sink.send(session.lastFrameMessage);
    this.announceViewers(session);
    // Viewers only watch: what they send is ignored, but a viewer that floods or sends big messages is closed.
    const tooMany = createPerSecondLimit(20, () => performance.now());
    return {
      receive: (data) => {
        if (data.length > 16 * 1024) sink.close(liveCloseCodes.frameTooLarge, 'Viewers send nothing; this message was over 16 KiB.');
        else if (tooMany()) sink.close(liveCloseCodes.tooManyFrames, 'Viewers send nothing; more than 20 messages arrived within a second.');
      },
      disconnect: () => {
        if (session.viewers.remove(sink)) {
          session.lastActiveAt = Date.now();
          this.announceViewers(session);
        }
      },
    };
  }

  /** Ends every session (server shutdown) and waits for backend calls in flight. */
  async close(reason = 'The Kiln server is shutting down.'): Promise<void> {
    this.sessions.close();
    for (const session of this.sessions.all()) {
      this.sessions.remove(session);
      this.release(session, reason, liveCloseCodes.goingAway);
    }
    await this.scheduler.idle();
    // Masks asked for in the background by the last frames: the model's thread is left with nothing to do.
    await this.personMasks?.idle();
  }

  private release(session: LiveSession, reason: string, code: number = liveCloseCodes.sessionEnded): void {
    const streamer = session.streamer;
    session.streamerLeft();
    this.scheduler.leave(session);
    streamer?.close(code, reason);
    session.viewers.closeAll(code, reason);
  }

  private announceViewers(session: LiveSession): void {
    session.send({ type: 'viewers', count: session.viewers.count });
  }

  private welcome(session: LiveSession, role: 'streamer' | 'viewer'): ServerMessage {
    return {
      type: 'welcome', role, sessionId: session.id, protocolVersion: frameProtocolVersion, maxFrameBytes: this.maxFrameBytes,
      presets: filterPresets.map((preset) => ({ name: preset.name, label: preset.label })),
      style: session.style,
      styleVersion: session.styleVersion,
      description: describeStyle(session.style),
    };
  }
}
