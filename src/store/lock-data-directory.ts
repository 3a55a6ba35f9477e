import { createHash } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { createConnection, createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ConfigError } from '../engine/errors/index.ts';

// A Unix socket path longer than this does not fit in sockaddr_un (108 bytes on Linux, with the NUL).
const longestSocketPath = 100;

/**
 * Where the lock lives: beside the folder, not in it (the folder belongs to Postgres, which wants it
 * to itself); a folder too deep for a socket path gets a fixed name in the temp folder instead.
 */
function lockPathOf(directory: string): string {
  const beside = `${resolve(directory)}.lock`;
  if (Buffer.byteLength(beside) <= longestSocketPath) return beside;
  return join(tmpdir(), `kiln-${createHash('sha256').update(beside).digest('hex').slice(0, 24)}.lock`);
}

const listen = (server: Server, path: string) =>
  new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(path, () => {
      server.off('error', fail);
      done();
    });
  });

/**
 * The PID of the live process that answers on the socket, or undefined when nobody does: a socket
 * file left by a dead process refuses the connection.
 */
const holderAnswering = (path: string) =>
  new Promise<string | undefined>((done) => {
    let said = '';
    const probe = createConnection(path);
    probe.setEncoding('utf8');
    probe.on('data', (text: string) => (said += text));
    probe.once('end', () => done(said.trim() || 'unknown'));
    probe.once('error', () => done(said ? said.trim() : undefined));
  });

/**
 * Claims an embedded database folder for this process. PGlite has no locking of its own, and two
 * processes (or two instances in one process) writing one folder would corrupt it.
 *
 * The lock is a listening Unix socket rather than a PID in a file, so it dies with its process: after
 * kill -9 nobody answers on it and the next start takes over. A PID file cannot tell a dead holder
 * from a live one when PIDs repeat, as they do in containers, where Kiln is PID 1 at every start and
 * would find its "own" PID in the file forever. Returns the function that releases the claim.
 */
export async function lockDataDirectory(directory: string): Promise<() => Promise<void>> {
  const lockPath = lockPathOf(directory);
  for (let attempt = 0; attempt < 3; attempt++) {
    // Answers whoever asks with its PID, for the message, then hangs up.
    const server = createServer((connection) => connection.end(String(process.pid)));
    try {
      await listen(server, lockPath);
      // The claim must not keep the process alive by itself.
      server.unref();
      return async () => {
        await new Promise<void>((done) => server.close(() => done()));
        await rm(lockPath, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
      const holder = await holderAnswering(lockPath);
      if (holder !== undefined) {
        throw new ConfigError(
          `The database in ${directory} is in use by process ${holder}; the embedded database allows one process. ` +
            'Stop that process, or set DATABASE_URL=postgres://… to share a Postgres server between processes.',
        );
      }
      // Left by a process that died (or an older Kiln's PID file): take it over.
      await rm(lockPath, { force: true });
    }
  }
  throw new ConfigError(`Could not lock ${directory}; another process keeps claiming it.`);
}
