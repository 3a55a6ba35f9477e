// API overhead: p50/p99 latency of GET /api/jobs/:id and of job creation with 100 concurrent clients on
// loopback, against `kiln serve` in its own process on the embedded database, and beside it a bare
// Fastify route answering the same job JSON (bare-job-route.ts), so the ratios hold on a busy machine.
// Run: npm run bench:api -- [--clients 100] [--seconds 10] [--threads 2] (with Debian's wrk) or [--requests 3000] (Node client)
//   The reads use wrk -t2 -c100 -d10s by default, the load shape of issue 29's check: wrk's two threads share the
//   machine's cores with the server, as they do there.
//   --paced-only: only job creation while stories run (the figure with the goal p99 < 100 ms), in a third of the time.
//   --get-only: only GET /api/jobs/:id beside the bare route (both servers), to compare changes to the read path.
//   --server-profile <folder>: the server writes V8 CPU profiles of its threads there (--cpu-prof), to find
//   what held its event loop (see profile-long-tasks.ts).
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { processCpuSeconds } from '../lib/process-cpu-seconds.ts';
import { runWrk, wrkIsInstalled } from '../lib/run-wrk.ts';
import { percentile, round } from '../lib/statistics.ts';
import { startKilnProcess } from '../../src/cli/testing/start-kiln-process.ts';

const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '100' },
    requests: { type: 'string', default: '3000' },
    seconds: { type: 'string', default: '10' },
    threads: { type: 'string', default: '2' },
    'paced-only': { type: 'boolean', default: false },
    'get-only': { type: 'boolean', default: false },
    'server-profile': { type: 'string' },
  },
});
const pacedOnly = values['paced-only'];
const getOnly = values['get-only'];
const serverEnv: Record<string, string> = values['server-profile']
  ? { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --cpu-prof --cpu-prof-dir=${values['server-profile']}`.trim() }
  : {};
const clients = Number(values.clients);
const requests = Number(values.requests);
const seconds = Number(values.seconds);
const wrkThreads = Number(values.threads);
// wrk (C) takes far less of the two cores than a Node client, so the server's own cost shows.
const useWrk = wrkIsInstalled();

/** Runs `total` requests from `clients` concurrent loops and returns each request's latency in ms. */
async function load(total: number, send: () => Promise<Response>): Promise<{ latencies: number[]; errors: number; seconds: number }> {
  const latencies: number[] = [];
  let errors = 0;
  let issued = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (issued < total) {
        issued += 1;
        const begin = performance.now();
        const response = await send();
        await response.arrayBuffer();
        latencies.push(performance.now() - begin);
        if (!response.ok) errors += 1;
      }
    }),
  );
  return { latencies, errors, seconds: (performance.now() - started) / 1000 };
}

// Rate limits are part of the product; the benchmark measures overhead, so its config file lifts them.
const configFolder = mkdtempSync(join(tmpdir(), 'kiln-api-bench-'));
const configFile = join(configFolder, 'kiln.config.json');
const unlimited = { max: 1_000_000, timeWindow: '1 minute' };
writeFileSync(configFile, JSON.stringify({ server: { rateLimits: { 'jobs-create': unlimited, reads: unlimited } } }));
const createBody = JSON.stringify({ pipeline: 'diagnostic', input: { steps: 1 } });
const headers = { 'content-type': 'application/json' };

const summary = (result: Awaited<ReturnType<typeof load>>) => ({
  requests: result.latencies.length,
  errors: result.errors,
  p50_ms: round(percentile(result.latencies, 0.5), 2),
  p99_ms: round(percentile(result.latencies, 0.99), 2),
  requests_per_second: round(result.latencies.length / result.seconds, 1),
});

/** Starts bare-job-route.ts in its own process, answering `jobJson`. */
async function startBareRoute(jobJson: string): Promise<{ url: string; pid: number | undefined; stop(): void }> {
  const child = spawn(process.execPath, ['--import', 'tsx', new URL('./bare-job-route.ts', import.meta.url).pathname], {
    stdio: ['pipe', 'ignore', 'pipe'],
  });
  child.stdin.end(jobJson);
  let stderr = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const match = /serving on (http:\/\/\S+)/.exec(stderr);
      if (match) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`the bare route exited with ${code}: ${stderr}`)));
  });
  return { url, pid: child.pid, stop: () => child.kill('SIGTERM') };
}

/** GET /api/jobs/:id of Kiln (at `kilnUrl`) and of the bare route answering the same JSON, one after the other. */
async function measureReads(kilnUrl: string, kilnPid: number | undefined, jobId: string) {
  const path = `/api/jobs/${jobId}`;
  const bare = await startBareRoute(await (await fetch(`${kilnUrl}${path}`)).text());
  try {
    // Beside the rate, the server's CPU per request (all its threads): what a request costs the
    // server, which moves far less than the rate when other work takes the cores from both sides.
    const read = async (base: string, pid: number | undefined) => {
      const cpuBefore = await processCpuSeconds(pid);
      const figures = await (useWrk
        ? runWrk({ url: `${base}${path}`, connections: clients, seconds, threads: wrkThreads })
        : load(requests, () => fetch(`${base}${path}`)).then(summary));
      const cpuAfter = await processCpuSeconds(pid);
      const cpu = cpuBefore === null || cpuAfter === null || figures.requests === 0 ? null : round(((cpuAfter - cpuBefore) * 1e6) / figures.requests, 1);
      return { ...figures, server_cpu_us_per_request: cpu };
    };
    // Both warmed alike: the first seconds of a fresh process compile code (tsx, the JIT) and would
    // land in one side's tail only.
    for (const base of [kilnUrl, bare.url]) {
      if (useWrk) await runWrk({ url: `${base}${path}`, connections: clients, seconds: 2, threads: wrkThreads });
      else await load(1000, () => fetch(`${base}${path}`));
    }
    const kiln = await read(kilnUrl, kilnPid);
    const bareRoute = await read(bare.url, bare.pid);
    return { kiln, bare: bareRoute };
  } finally {
    bare.stop();
  }
}

/**
 * Job creation while jobs run: one story job every 100 ms (a busy person or a script, not a flood)
 * for `seconds`, each with a seed of its own so no step comes from the cache. The in-process worker
 * runs them with the built-in models (storyteller, safety checks, illustrator, eSpeak narration,
 * ffmpeg video), the work a user of one machine makes it do, so jobs are being created while it
 * writes, draws, speaks and encodes.
 */
async function measurePacedCreates(kilnUrl: string) {
  let seed = 0;
  const storyBody = () => JSON.stringify({
    pipeline: 'story',
    input: { prompt: 'a sleepy dragon who lost his blanket in the forest', profile: { name: 'Mia', age: 5 }, scenes: 4, seed: (seed += 1) },
  });
  // A small backlog first, so the worker is mid-story when the timed creates begin.
  for (let index = 0; index < 2; index += 1) await fetch(`${kilnUrl}/api/jobs`, { method: 'POST', headers, body: storyBody() });
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const pending: Promise<void>[] = [];
  for (let index = 0; performance.now() - started < seconds * 1000; index += 1) {
    pending.push((async () => {
      const begin = performance.now();
      const response = await fetch(`${kilnUrl}/api/jobs`, { method: 'POST', headers, body: storyBody() });
      await response.arrayBuffer();
      latencies.push(performance.now() - begin);
      if (!response.ok) errors += 1;
    })());
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, started + (index + 1) * 100 - performance.now())));
  }
  await Promise.all(pending);
  return summary({ latencies, errors, seconds: (performance.now() - started) / 1000 });
}

/**
 * Measures one server. With its in-process worker the created jobs also run, competing for the same
 * cores and the embedded database (what a user of one machine sees); with `--no-worker` the figure is
 * the API's own cost of accepting a job.
 */
async function measureServer(args: string[]) {
  const server = await startKilnProcess({ command: 'serve', args, env: { KILN_CONFIG: configFile, ...serverEnv } });
  try {
    const first = await fetch(`${server.url}/api/jobs`, { method: 'POST', headers, body: createBody });
    const job = (await first.json()) as { id: string };
    // With a worker, the job runs first (its steps load their code), so the reads measure a settled job.
    const deadline = Date.now() + 15_000;
    while (!args.includes('--no-worker') && Date.now() < deadline) {
      const { state } = (await (await fetch(`${server.url}/api/jobs/${job.id}`)).json()) as { state: string };
      if (state !== 'queued' && state !== 'running') break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const reads = await measureReads(server.url, server.process.pid, job.id);
    if (getOnly) return { get_job: reads.kiln, bare_get_job: reads.bare };
    // Before the flood below, whose backlog would keep the worker busy for minutes.
    const pacedCreates = args.includes('--no-worker') ? undefined : await measurePacedCreates(server.url);
    const creates = useWrk
      ? await runWrk({ url: `${server.url}/api/jobs`, connections: clients, seconds, body: createBody })
      : summary(await load(Math.min(requests, 1000), () => fetch(`${server.url}/api/jobs`, { method: 'POST', headers, body: createBody })));
    return { get_job: reads.kiln, bare_get_job: reads.bare, create_job: creates, create_job_while_running: pacedCreates };
  } finally {
    await server.stop();
  }
}

if (pacedOnly) {
  const server = await startKilnProcess({ command: 'serve', env: { KILN_CONFIG: configFile, ...serverEnv } });
  const paced = await measurePacedCreates(server.url).finally(() => server.stop());
  console.log(`POST /api/jobs, 10 story jobs a second while stories run: p50 ${paced.p50_ms} ms p99 ${paced.p99_ms} ms (goal p99 < 100 ms)`);
  console.log(JSON.stringify({ benchmark: 'api', paced_only: true, load_average: loadavg().map((value) => round(value, 2)), with_worker: { create_job_while_running: paced } }));
  process.exit(0);
}
const withWorker = await measureServer([]);
const apiOnly = await measureServer(['--no-worker']);
const ratios = (figures: typeof apiOnly) => ({
  throughput: round(figures.get_job.requests_per_second / figures.bare_get_job.requests_per_second, 2),
  p99: round(figures.get_job.p99_ms / figures.bare_get_job.p99_ms, 2),
  // The bare route's CPU per request over Kiln's: the throughput ratio the server alone would allow.
  cpu_per_request: figures.get_job.server_cpu_us_per_request && figures.bare_get_job.server_cpu_us_per_request
    ? round(figures.bare_get_job.server_cpu_us_per_request / figures.get_job.server_cpu_us_per_request, 2) : null,
});
for (const [label, figures] of [['with worker', withWorker], ['api only', apiOnly]] as const) {
  const ratio = ratios(figures);
  console.log(`${label.padEnd(12)} GET /api/jobs/:id p50 ${figures.get_job.p50_ms} ms p99 ${figures.get_job.p99_ms} ms (${figures.get_job.requests_per_second} req/s)`);
  console.log(`${label.padEnd(12)} bare route       p50 ${figures.bare_get_job.p50_ms} ms p99 ${figures.bare_get_job.p99_ms} ms (${figures.bare_get_job.requests_per_second} req/s)`
    + ` → Kiln/bare throughput ${ratio.throughput}x (goal ≥ 0.5), p99 ${ratio.p99}x (goal ≤ 2)`);
  console.log(`${label.padEnd(12)} server CPU per read: Kiln ${figures.get_job.server_cpu_us_per_request} µs, bare ${figures.bare_get_job.server_cpu_us_per_request} µs → bare/Kiln ${ratio.cpu_per_request}x`);
  if (!figures.create_job) continue;
  console.log(`${label.padEnd(12)} POST /api/jobs    p50 ${figures.create_job.p50_ms} ms p99 ${figures.create_job.p99_ms} ms (${figures.create_job.requests_per_second} req/s)`);
  const paced = figures.create_job_while_running;
  if (paced) console.log(`${label.padEnd(12)} POST /api/jobs, 10 story jobs a second while stories run: p50 ${paced.p50_ms} ms p99 ${paced.p99_ms} ms (goal p99 < 100 ms)`);
}
console.log(JSON.stringify({
  benchmark: 'api', clients, load_generator: useWrk ? `wrk -t${wrkThreads}` : 'node', load_average: loadavg().map((value) => round(value, 2)),
  with_worker: { ...withWorker, ratios: ratios(withWorker) }, api_only: { ...apiOnly, ratios: ratios(apiOnly) },
}));
