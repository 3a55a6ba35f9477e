// The body of the ffmpeg spawner (see ffmpeg-spawner.ts): a small Node process that starts ffmpeg
// for the server and relays its output over IPC. Loaded by Node's own type stripping with no loader,
// so it imports only node: modules and uses no TypeScript-only syntax that needs transforming.
import { spawn, type ChildProcess } from 'node:child_process';

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

const children = new Map<number, ChildProcess>();

function report(message: SpawnerReport): void {
  // A send after the server went away fails; 'disconnect' below ends this process then.
  if (process.connected) process.send!(message, undefined, undefined, () => {});
}

function start(id: number, file: string, args: string[]): void {
  const child = spawn(file, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  if (child.pid === undefined) {
    // Node reports a failed start (no binary, not executable) as an 'error' event with no pid.
    child.once('error', (error: NodeJS.ErrnoException) => report({ type: 'spawn-error', id, message: error.message, code: error.code }));
    return;
  }
  children.set(id, child);
  report({ type: 'spawn', id, pid: child.pid });
  child.stdout!.on('data', (chunk: Buffer) => report({ type: 'stdout', id, chunk }));
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (text: string) => report({ type: 'stderr', id, text }));
  child.on('error', () => {
    // Only a failed kill reaches here once the child has a pid; 'close' still follows.
  });
  child.on('close', (exitCode, signal) => {
    children.delete(id);
    report({ type: 'close', id, exitCode, signal });
  });
}

process.on('message', (request: SpawnerRequest) => {
  if (request.type === 'start') start(request.id, request.file, request.args);
  else if (request.type === 'kill') children.get(request.id)?.kill('SIGKILL');
});

// The server went away (exited, crashed or was killed): no one will read ffmpeg's output, so stop it all.
process.on('disconnect', () => {
  for (const child of children.values()) child.kill('SIGKILL');
  process.exit(0);
});
