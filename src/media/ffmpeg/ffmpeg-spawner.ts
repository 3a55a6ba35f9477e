import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { MediaError } from '../../engine/errors/index.ts';
import { typeScriptExecArgv } from '../../engine/start-typescript-worker.ts';
import type { SpawnerReport, SpawnerRequest } from './ffmpeg-spawner-process.ts';
import type { FfmpegProcessEvents, StartFfmpegProcess } from './start-ffmpeg-directly.ts';

const spawnerBody = new URL('./ffmpeg-spawner-process.ts', import.meta.url);

interface Run {
  events: FfmpegProcessEvents;
  /** The spawner running it: after a restart, the old one's late reports must not touch new runs. */
  spawner: ChildProcess;
  pid?: number;
}

/**
 * Starts ffmpeg processes from a small long-lived Node process instead of from this one. On Linux,
 * starting a child fork()s the caller, and the event loop waits until the copy execs: with a server of
 * ~1 GB that is 0.1 s on an idle machine and 0.2-0.5 s under load, for every ffmpeg run, and every
 * request waits with it. The spawner is forked once, and its own forks are cheap and off our thread.
 * It starts on the first run, keeps this process alive only while runs are in flight, and is started
 * again on the next run if it dies (the runs it had fail with a MediaError that says so).
 */
export class FfmpegSpawner {
  private child?: ChildProcess;
  private readonly runs = new Map<number, Run>();
  private nextId = 1;

  /** Starts `file` with `args` in the spawner; `events` hear of it as they would of a direct spawn. */
  readonly start: StartFfmpegProcess = (file, args, events) => {
    const child = this.child?.connected ? this.child : this.startSpawner();
    const id = this.nextId++;
    child.ref();
    child.channel?.ref();
    this.runs.set(id, { events, spawner: child });
    this.send(child, { type: 'start', id, file, args: [...args] });
    return {
      kill: () => {
        if (this.runs.has(id)) this.send(child, { type: 'kill', id });
      },
    };
  };

  /**
   * Starts the spawner now, ahead of its first run: forking is cheapest while this process is still
   * small (see above). Idle, it keeps no process alive.
   */
  startAhead(): void {
    if (this.child?.connected) return;
    const child = this.startSpawner();
    child.unref();
    child.channel?.unref();
  }

  /**
   * Ends the spawner and waits until it has exited (and been reaped), for a command that is done:
   * the spawner then never outlives it, and the CPU time of every ffmpeg it ran counts as the
   * command's (as `time kiln …` shows) instead of going to whichever process adopts the orphan.
   * Runs still in flight fail as when the spawner dies. A later run starts a new spawner.
   */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    // An idle spawner is unreferenced: referenced again, so that this process waits for its exit.
    child.ref();
    // Its 'disconnect' ends it (ffmpeg-spawner-process.ts), and ours kills it should it linger.
    if (child.connected) child.disconnect();
    else child.kill('SIGKILL');
    await exited;
  }

  /** The spawner's process id while it runs (for tests and diagnostics). */
  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** The ffmpeg processes running now (for tests and diagnostics). */
  ffmpegPids(): number[] {
    return [...this.runs.values()].flatMap((run) => (run.pid === undefined ? [] : [run.pid]));
  }

  private startSpawner(): ChildProcess {
    // Node's own type stripping loads the body, without this process's loader (tsx), so the spawner
    // stays small and starts fast; a Node without it (20, early 22) loads it through tsx.
    const execArgv = typeScriptExecArgv();
    const child = fork(spawnerBody, [], {
      serialization: 'advanced',
      execArgv,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    this.child = child;
    child.on('message', (message: SpawnerReport) => this.onReport(message));
    // A spawner that can no longer talk to us is of no use: make sure it is gone, then fail its runs.
    child.once('disconnect', () => child.kill('SIGKILL'));
    child.once('exit', (code, signal) => {
      if (this.child === child) this.child = undefined;
      const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
      const details = { spawnerExitCode: code, spawnerSignal: signal };
      // Reports it sent before dying may still be in the channel: read them before failing what is left.
      if (child.connected) child.once('disconnect', () => this.failRuns(child, how, details));
      else this.failRuns(child, how, details);
    });
    child.on('error', (error) => {
      // A failed send is followed by 'exit'; a failed start is not, so its runs fail here.
      if (child.pid !== undefined) return;
      if (this.child === child) this.child = undefined;
      this.failRuns(child, `could not be started (${error.message})`, {});
    });
    return child;
  }

  private send(child: ChildProcess, request: SpawnerRequest): void {
    // The callback swallows a send to a dying spawner; its 'exit' fails the run.
    if (child.connected) child.send(request, undefined, undefined, () => {});
  }

  private onReport(message: SpawnerReport): void {
    const run = this.runs.get(message.id);
    if (!run) return;
    switch (message.type) {
      case 'spawn':
        run.pid = message.pid;
        run.events.spawn?.(message.pid);
        break;
      case 'stdout':
        run.events.stdout(Buffer.from(message.chunk.buffer, message.chunk.byteOffset, message.chunk.byteLength));
        break;
      case 'stderr':
        run.events.stderr(message.text);
        break;
      case 'spawn-error':
        this.end(message.id);
        run.events.error(Object.assign(new Error(message.message), { code: message.code }));
        break;
      case 'close':
        this.end(message.id);
        run.events.close(message.exitCode, message.signal);
        break;
    }
  }

  private end(id: number): void {
    const spawner = this.runs.get(id)?.spawner;
    this.runs.delete(id);
    if (!spawner || [...this.runs.values()].some((run) => run.spawner === spawner)) return;
    // Nothing in flight: an idle spawner must not keep this process alive.
    spawner.unref();
    spawner.channel?.unref();
  }

  private failRuns(spawner: ChildProcess, how: string, details: Record<string, unknown>): void {
    for (const [id, run] of this.runs) {
      if (run.spawner !== spawner) continue;
      this.end(id);
      // Its ffmpeg lives on as an orphan unless stopped here; one writing to a file would run to the end.
      if (run.pid !== undefined) killQuietly(run.pid);
      run.events.error(
        new MediaError(`The ffmpeg spawner process ${how} while ffmpeg ran; ffmpeg was stopped. Try again: a new spawner starts on the next run.`, {
          isRetryable: true,
          details: { stopReason: 'spawner-died', ...details },
        }),
      );
    }
  }
}

function killQuietly(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

let spawnerBodyFound: boolean | undefined;

/**
 * Whether the spawner's body is on disk to be forked. A bundled copy of this module (kiln analyze's)
 * has none beside it, and a spawner that cannot load would fail every run; such a copy starts ffmpeg itself.
 */
export function ffmpegSpawnerAvailable(): boolean {
  spawnerBodyFound ??= existsSync(spawnerBody);
  return spawnerBodyFound;
}

let shared: FfmpegSpawner | undefined;

/** The one spawner of this process, shared by every ffmpeg run. */
export function sharedFfmpegSpawner(): FfmpegSpawner {
  shared ??= new FfmpegSpawner();
  return shared;
}

/** Stops the shared spawner if one was started (FfmpegSpawner.stop); starts none. */
export async function stopSharedFfmpegSpawner(): Promise<void> {
  await shared?.stop();
}
