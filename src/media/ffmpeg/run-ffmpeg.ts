import { CancelledError, MediaError, TimeoutError } from '../../engine/errors/index.ts';
import { ffmpegSpawnerAvailable, sharedFfmpegSpawner } from './ffmpeg-spawner.ts';
import { findFfmpeg } from './find-ffmpeg.ts';
import { redactArgs, redactPaths } from './redact-paths.ts';
import { startFfmpegDirectly, type StartFfmpegProcess } from './start-ffmpeg-directly.ts';

/** Why an ffmpeg process ended: recorded on every result and error, as execa does. */
export type FfmpegStopReason = 'exited' | 'failed' | 'killed-by-signal' | 'timed-out' | 'cancelled' | 'spawn-failed' | 'spawner-died';

export interface RunFfmpegOptions {
  /** Aborting it kills ffmpeg and rejects with CancelledError. */
  signal?: AbortSignal;
  /** Kills ffmpeg after this many milliseconds and rejects with TimeoutError. */
  timeoutMs?: number;
  /** The binary to run; found with `findFfmpeg()` when absent. */
  ffmpegPath?: string;
}

export interface FfmpegResult {
  /** Everything ffmpeg wrote to stdout (decoded samples when the output is `pipe:1`). */
  stdout: Buffer;
  /** The end of ffmpeg's stderr (at most 64 KiB), where its header and errors are. */
  stderr: string;
  exitCode: number;
  stopReason: 'exited';
}

const stderrLimit = 64 * 1024;
const stderrLinesInErrors = 6;

/**
 * Runs ffmpeg once with `args`; rejects with MediaError carrying ffmpeg's last stderr lines when it fails.
 * ffmpeg is started by the spawner process (ffmpeg-spawner.ts), or by this process with `KILN_FFMPEG_SPAWNER=0`.
 */
export async function runFfmpeg(args: readonly string[], options: RunFfmpegOptions = {}): Promise<FfmpegResult> {
  const { signal, timeoutMs } = options;
  if (signal?.aborted) throw new CancelledError('ffmpeg was cancelled before it started.');
  const ffmpegPath = options.ffmpegPath ?? (await findFfmpeg());

  const direct = process.env.KILN_FFMPEG_SPAWNER === '0' || !ffmpegSpawnerAvailable();
  const start: StartFfmpegProcess = direct ? startFfmpegDirectly : sharedFfmpegSpawner().start;

  return new Promise<FfmpegResult>((resolve, reject) => {
    const stdoutChunks: Buffer[] = [];
    let stderr = '';
    let stopRequested: 'timed-out' | 'cancelled' | undefined;
    let settled = false;

    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      if (timer) clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      outcome();
    };

    const onClose = (exitCode: number | null, killSignal: NodeJS.Signals | null) =>
      finish(() => {
        // Errors reach clients: paths become <input>, <output> or <data>, ffmpeg's words stay.
        const tail = redactPaths(lastLines(stderr, stderrLinesInErrors), args);
        const shownArgs = redactArgs(args);
        if (stopRequested === 'cancelled') {
          reject(new CancelledError('ffmpeg was cancelled.', { details: { stopReason: 'cancelled', args: shownArgs } }));
        } else if (stopRequested === 'timed-out') {
          reject(
            new TimeoutError(`ffmpeg did not finish within ${timeoutMs} ms.`, {
              details: { stopReason: 'timed-out', timeoutMs, args: shownArgs, stderr: tail },
            }),
          );
        } else if (exitCode === 0) {
          resolve({ stdout: Buffer.concat(stdoutChunks), stderr, exitCode, stopReason: 'exited' });
        } else {
          const stopReason: FfmpegStopReason = killSignal ? 'killed-by-signal' : 'failed';
          const how = killSignal ? `was killed by ${killSignal}` : `exited with code ${exitCode}`;
          reject(
            new MediaError(`ffmpeg ${how}: ${tail || '(no error output)'}`, {
              details: { stopReason, exitCode, signal: killSignal, args: shownArgs, stderr: tail },
            }),
          );
        }
      });

    const child = start(ffmpegPath, args, {
      stdout: (chunk) => stdoutChunks.push(chunk),
      stderr: (text) => {
        stderr += text;
        // Keep the tail: ffmpeg's reason for failing is in its last lines.
        if (stderr.length > stderrLimit) stderr = stderr.slice(stderr.length - stderrLimit);
      },
      error: (error) =>
        finish(() =>
          reject(
            // The spawner's own death arrives as a MediaError that says so; anything else is a failed start.
            error instanceof MediaError
              ? error
              : new MediaError(`ffmpeg could not be started (${ffmpegPath}): ${error.message}`, {
                  cause: error,
                  details: { stopReason: 'spawn-failed' satisfies FfmpegStopReason, ffmpegPath },
                }),
          ),
        ),
      close: onClose,
    });

    const stop = (reason: 'timed-out' | 'cancelled') => {
      stopRequested ??= reason;
      child.kill();
    };
    const onAbort = () => stop('cancelled');
    signal?.addEventListener('abort', onAbort, { once: true });
    const timer = timeoutMs === undefined ? undefined : setTimeout(() => stop('timed-out'), timeoutMs);
  });
}

function lastLines(text: string, count: number): string {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .slice(-count)
    .join('\n');
}
