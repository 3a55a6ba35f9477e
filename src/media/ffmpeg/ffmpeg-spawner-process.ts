// The body of the ffmpeg spawner (see ffmpeg-spawner.ts): a small Node process that starts ffmpeg
// for the server and relays its output over IPC. Loaded by Node's own type stripping with no loader,
// so it and the one file it imports (start-ffmpeg-directly.ts) use no syntax that needs transforming.
import { startFfmpegDirectly, type FfmpegProcessHandle } from './start-ffmpeg-directly.ts';

/** What the server asks of the spawner. */
export type SpawnerRequest =
  | { type: 'start'; id: number; file: string; args: string[] }
  | { type: 'kill'; id: number };

/** What the spawner tells the server, each message about one run (`id`). */
export type SpawnerReport =
  | { type: 'spawn'; id: number; pid: number }
  | { type: 'stdout'; id: number; chunk: Uint8Array }
  | { type: 'stderr'; id: number; text: string }
  | { type: 'spawn-error'; id: number; message: string; code?: string }
  | { type: 'close'; id: number; exitCode: number | null; signal: NodeJS.Signals | null };

const children = new Map<number, FfmpegProcessHandle>();

function report(message: SpawnerReport): void {
  // A send after the server went away fails; 'disconnect' below ends this process then.
  if (process.connected) process.send!(message, undefined, undefined, () => {});
}

function start(id: number, file: string, args: string[]): void {
  let started = false;
  const child = startFfmpegDirectly(file, args, {
    spawn: (pid) => {
      started = true;
      report({ type: 'spawn', id, pid });
    },
    stdout: (chunk) => report({ type: 'stdout', id, chunk }),
    stderr: (text) => report({ type: 'stderr', id, text }),
    error: (error: NodeJS.ErrnoException) => {
      // Once ffmpeg has a pid, only a failed kill reaches here, and 'close' still follows.
      if (!started) report({ type: 'spawn-error', id, message: error.message, code: error.code });
    },
    close: (exitCode, signal) => {
      children.delete(id);
      // A failed start closes too; the server has its answer from 'spawn-error'.
      if (started) report({ type: 'close', id, exitCode, signal });
    },
  });
  if (started) children.set(id, child);
}

process.on('message', (request: SpawnerRequest) => {
  if (request.type === 'start') start(request.id, request.file, request.args);
  else if (request.type === 'kill') children.get(request.id)?.kill();
});

// The server went away (exited, crashed or was killed): no one will read ffmpeg's output, so stop it all.
process.on('disconnect', () => {
  for (const child of children.values()) child.kill();
  process.exit(0);
});
