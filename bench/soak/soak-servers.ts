// The Kiln processes of one soak run, and the worker kills. On PGlite the worker lives inside
// `kiln serve` (the embedded database allows one process), so killing the worker is a kill -9 of the
// server and a restart on the same data folder and port. On PostgreSQL the server runs --no-worker
// beside two `kiln worker` processes, and one of those is killed and replaced.
import { appendFileSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { startKilnProcess } from '../../src/cli/testing/start-kiln-process.ts';

type Kiln = Awaited<ReturnType<typeof startKilnProcess>>;

export interface RssSample {
  pid: number;
  atMs: number;
  mebibytes: number;
}

export interface SoakServers {
  url: string;
  /** Kills one worker with SIGKILL and starts its replacement; answers what was killed. */
  killWorker(): Promise<string>;
  /** Resident memory of the server process, sampled every few seconds. */
  serverMemory: RssSample[];
  /** Stops everything with SIGTERM. */
  stop(): Promise<void>;
}

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

const residentMebibytes = (pid: number) => {
  try {
    const line = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return line ? Number(line[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
};

const killedHard = (kiln: Kiln) =>
  new Promise<void>((resolve) => {
    if (kiln.process.exitCode !== null || kiln.process.signalCode !== null) return resolve();
    kiln.process.once('exit', () => resolve());
    kiln.process.kill('SIGKILL');
  });

export async function startSoakServers(options: { dataDir: string; configFile: string; databaseUrl?: string; logFile?: string }): Promise<SoakServers> {
  const port = await freeLoopbackPort();
  const env: Record<string, string> = { KILN_CONFIG: options.configFile, ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}) };
  const startServer = () =>
    startKilnProcess({ command: 'serve', port, dataDir: options.dataDir, env, args: options.databaseUrl ? ['--no-worker'] : [], logFile: options.logFile });
  // Workers log beside the server (stdout and stderr, where queue and worker errors go).
  const workerLog = options.logFile?.replace(/\.log$/, '-workers.log');
  const startWorker = async () => {
    const worker = await startKilnProcess({ command: 'worker', dataDir: options.dataDir, env, logFile: workerLog });
    if (workerLog) worker.process.stderr!.on('data', (chunk: Buffer) => appendFileSync(workerLog, chunk));
    return worker;
  };

  let server = await startServer();
  const workers = options.databaseUrl ? [await startWorker(), await startWorker()] : [];
  const started = Date.now();
  const serverMemory: RssSample[] = [];
  const sampler = setInterval(() => {
    const pid = server.process.pid!;
    const mebibytes = residentMebibytes(pid);
    if (mebibytes !== undefined) serverMemory.push({ pid, atMs: Date.now() - started, mebibytes });
  }, 5_000);
  let kills = 0;

  return {
    url: server.url,
    serverMemory,
    async killWorker() {
      kills += 1;
      if (!options.databaseUrl) {
        const pid = server.process.pid;
        await killedHard(server);
        server = await startServer();
        return `server ${pid} (with its in-process worker)`;
      }
      const index = kills % workers.length;
      const victim = workers[index];
      await killedHard(victim);
      workers[index] = await startWorker();
      return `worker ${victim.process.pid}`;
    },
    async stop() {
      clearInterval(sampler);
      await Promise.all([server, ...workers].map((kiln) => kiln.stop('SIGTERM')));
    },
  };
}
