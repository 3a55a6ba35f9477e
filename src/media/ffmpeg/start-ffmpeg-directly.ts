import { spawn } from 'node:child_process';

/** What one ffmpeg process reports, wherever it was started. */
export interface FfmpegProcessEvents {
  /** It started, as process `pid`. */
  spawn?(pid: number): void;
  /** A chunk of its stdout. */
  stdout(chunk: Buffer): void;
  /** A piece of its stderr, decoded as UTF-8. */
  stderr(text: string): void;
  /** It could not be started (`code` ENOENT, EACCES…), or the process that started it died. */
  error(error: Error): void;
  /** It ended and its output was read to the end. */
  close(exitCode: number | null, signal: NodeJS.Signals | null): void;
}

/** A started ffmpeg process: what its caller can still do to it. */
export interface FfmpegProcessHandle {
  /** Stops it with SIGKILL; its `close` follows. */
  kill(): void;
}

/** Starts `file` with `args`, stdin closed, stdout and stderr read into `events`. */
export type StartFfmpegProcess = (file: string, args: readonly string[], events: FfmpegProcessEvents) => FfmpegProcessHandle;

/**
 * Starts ffmpeg as a child of this process: in the spawner process, and in the server itself when
 * `KILN_FFMPEG_SPAWNER=0` asks, where each start forks the server and holds its event loop until the
 * copy execs (see ffmpeg-spawner.ts). Loaded by the spawner through Node's type stripping.
 */
export const startFfmpegDirectly: StartFfmpegProcess = (file, args, events) => {
  const child = spawn(file, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  if (child.pid !== undefined) events.spawn?.(child.pid);
  child.stdout.on('data', (chunk: Buffer) => events.stdout(chunk));
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (text: string) => events.stderr(text));
  child.on('error', (error) => events.error(error));
  child.on('close', (exitCode, signal) => events.close(exitCode, signal));
  return { kill: () => child.kill('SIGKILL') };
};
