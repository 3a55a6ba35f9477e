/**
 * A throwaway PostgreSQL cluster for tests: initdb into a temporary folder, start it on a free
 * loopback port, remove it afterwards. Uses the Debian `postgresql` package's binaries; tests gate
 * on them with `toolMissing('postgres')` (src/runtime/testing/tool-missing.ts).
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

export interface TemporaryPostgres {
  /** `postgres://postgres@127.0.0.1:<port>/postgres`, trust authentication. */
  url: string;
  port: number;
  /** Creates an empty database in the cluster and returns its URL, so tests can share one cluster. */
  createDatabase(name?: string): Promise<string>;
  /** Stops the server at once and deletes its files. */
  stop(): Promise<void>;
}

/**
 * The folder holding `initdb` and `pg_ctl`: `$KILN_POSTGRES_BIN`, else the newest Debian install
 * (/usr/lib/postgresql/<version>/bin, which Debian keeps off PATH), else the first PATH folder with
 * both (other distributions, Homebrew, a symlink in /usr/local/bin).
 */
export function findPostgresBinaries(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const candidates = [env.KILN_POSTGRES_BIN];
  if (existsSync('/usr/lib/postgresql')) {
    const versions = readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((version) => `/usr/lib/postgresql/${version}/bin`));
  }
  candidates.push(...(env.PATH ?? '').split(delimiter));
  return candidates.find((folder) => folder && existsSync(join(folder, 'initdb')) && existsSync(join(folder, 'pg_ctl')));
}

/** Why real-Postgres tests cannot run here, or undefined when they can (see toolMissing for skipping). */
export const postgresUnavailableReason: string | undefined = findPostgresBinaries()
  ? undefined
  : 'PostgreSQL binaries not found (install the Debian package `postgresql` or set KILN_POSTGRES_BIN).';

// Postgres refuses to run as root, so as root the commands run as the package's `postgres` user.
const runningAsRoot = process.getuid?.() === 0;
const asServerUser = (command: string, args: string[]): [string, string[]] =>
  runningAsRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];

async function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export async function startTemporaryPostgres(): Promise<TemporaryPostgres> {
  const binaries = findPostgresBinaries();
  if (!binaries) throw new Error(postgresUnavailableReason);
  const folder = await mkdtemp(join(tmpdir(), 'kiln-postgres-'));
  if (runningAsRoot) {
    const userId = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const groupId = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    await chown(folder, userId, groupId);
  }
  const dataDirectory = join(folder, 'data');
  const pgCtl = join(binaries, 'pg_ctl');
  const initdbArgs = ['-D', dataDirectory, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C', '--no-sync'];
  await run(...asServerUser(join(binaries, 'initdb'), initdbArgs));

  let port = 0;
  // Another process may take the free port between our check and the server's bind: try a few.
  for (let attempt = 1; ; attempt++) {
    port = await freeLoopbackPort();
    const serverOptions = `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off`;
    try {
      await run(...asServerUser(pgCtl, ['-D', dataDirectory, '-l', join(folder, 'server.log'), '-w', '-t', '60', '-o', serverOptions, 'start']));
      break;
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }

  const stopNow = () => {
    try {
      execFileSync(...asServerUser(pgCtl, ['-D', dataDirectory, '-m', 'immediate', 'stop']), { stdio: 'ignore' });
    } catch {
      // Already stopped.
    }
  };
  // A test run that dies must not leave a server behind.
  process.once('exit', stopNow);
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  let databases = 0;
  return {
    url,
    port,
    async createDatabase(name = `kiln_test_${++databases}`) {
      if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Database name "${name}" is not a plain identifier.`);
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${name}`);
      } finally {
        await client.end();
      }
      return `postgres://postgres@127.0.0.1:${port}/${name}`;
    },
    async stop() {
      process.removeListener('exit', stopNow);
      stopNow();
      await rm(folder, { recursive: true, force: true });
    },
  };
}
