import type { CameraFrame, LiveSession } from './live-session.ts';

export interface FrameSchedulerOptions {
  /** Sessions served at once; later ones wait in line. */
  maxActiveSessions: number;
  /** Backend calls in flight at once, across all sessions. */
  concurrency: number;
  /** Does one frame: restyles it and sends the answer. Must not throw (failures are reported to the session). */
  process(session: LiveSession, frame: CameraFrame): Promise<void>;
  /** A session got in (position 0) or moved up the line (1 is next). */
  onPosition(session: LiveSession, position: number): void;
}

/**
 * Shares the restyle backend between sessions. Each session holds at most one waiting frame
 * (latest wins, see LiveSession.offer) and has at most one in flight, and free backend slots go
 * round-robin over the sessions with a frame waiting: so a 30 FPS camera gets no more turns than
 * a 5 FPS one when the backend is busy, and nothing queues behind a slow backend: latency stays
 * bounded by one frame per session. When all slots are taken, new sessions wait in line.
 */
export class FrameScheduler {
  private readonly active: LiveSession[] = [];
  private readonly line: LiveSession[] = [];
  private readonly busy = new Set<LiveSession>();
  private cursor = 0;
  private running = 0;
  private readonly idleWaiters: Array<() => void> = [];
  private readonly options: FrameSchedulerOptions;

  constructor(options: FrameSchedulerOptions) {
    this.options = options;
  }

  /** Admits the session or puts it in line; answers its position (0 = admitted). */
  join(session: LiveSession): number {
    if (this.active.includes(session)) return 0;
    if (this.line.includes(session)) return this.line.indexOf(session) + 1;
    if (this.active.length < this.options.maxActiveSessions) {
      this.active.push(session);
      this.options.onPosition(session, 0);
      return 0;
    }
    this.line.push(session);
    this.options.onPosition(session, this.line.length);
    return this.line.length;
  }

  /** Removes the session (admitted or waiting); the first in line takes its place. */
  leave(session: LiveSession): void {
    const lineIndex = this.line.indexOf(session);
    if (lineIndex >= 0) {
      this.line.splice(lineIndex, 1);
      this.line.slice(lineIndex).forEach((waiting, index) => this.options.onPosition(waiting, lineIndex + index + 1));
      return;
    }
    const activeIndex = this.active.indexOf(session);
    if (activeIndex < 0) return;
    this.active.splice(activeIndex, 1);
    if (activeIndex < this.cursor) this.cursor -= 1;
    const next = this.line.shift();
    if (next) {
      this.active.push(next);
      this.options.onPosition(next, 0);
      this.line.forEach((waiting, index) => this.options.onPosition(waiting, index + 1));
      this.pump();
    }
  }

  isAdmitted(session: LiveSession): boolean {
    return this.active.includes(session);
  }

  get activeCount(): number {
    return this.active.length;
  }

  get waitingCount(): number {
    return this.line.length;
  }

  /** Starts backend calls for waiting frames while there are free slots. Call after each offer. */
  pump(): void {
    while (this.running < this.options.concurrency) {
      const session = this.nextReady();
      if (!session) break;
      const frame = session.take()!;
      this.busy.add(session);
      this.running += 1;
      void this.options.process(session, frame).finally(() => {
        this.busy.delete(session);
        this.running -= 1;
        this.pump();
        if (this.running === 0) this.idleWaiters.splice(0).forEach((resolve) => resolve());
      });
    }
  }

  /** Resolves once no backend call is in flight (for shutdown and tests). */
  idle(): Promise<void> {
    return this.running === 0 ? Promise.resolve() : new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** The next admitted session after the cursor with a frame waiting and none in flight. */
  private nextReady(): LiveSession | undefined {
    for (let step = 0; step < this.active.length; step++) {
      const index = (this.cursor + step) % this.active.length;
      const session = this.active[index];
      if (session.hasWaitingFrame && !this.busy.has(session)) {
        this.cursor = (index + 1) % this.active.length;
        return session;
      }
    }
    return undefined;
  }
}
