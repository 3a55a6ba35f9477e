// API overhead: p50/p99 latency of GET /api/jobs/:id and of job creation with 100 concurrent clients on
// loopback, against `kiln serve` in its own process on the embedded database.
// Run: npm run bench:api -- [--clients 100] [--seconds 10] (with Debian's wrk) or [--requests 3000] (Node client)
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runWrk, wrkIsInstalled } from '../lib/run-wrk.ts';
import { percentile, round } from '../lib/statistics.ts';
import { startKilnProcess } from '../../src/cli/testing/start-kiln-process.ts';

const { values } = parseArgs({
  options: { clients: { type: 'string', default: '100' }, requests: { type: 'string', default: '3000' }, seconds: { type: 'string', default: '10' } },
});
const clients = Number(values.clients);
const requests = Number(values.requests);
const seconds = Number(values.seconds);
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

/**
 * Measures one server. With its in-process worker the created jobs also run, competing for the same
 * cores and the embedded database (what a user of one machine sees); with `--no-worker` the figure is
 * the API's own cost of accepting a job.
 */
async function measureServer(args: string[]) {
  const server = await startKilnProcess({ command: 'serve', args, env: { KILN_CONFIG: configFile } });
  try {
    const first = await fetch(`${server.url}/api/jobs`, { method: 'POST', headers, body: createBody });
    const job = (await first.json()) as { id: string };
    await load(200, () => fetch(`${server.url}/api/jobs/${job.id}`));
    if (useWrk) {
      const reads = await runWrk({ url: `${server.url}/api/jobs/${job.id}`, connections: clients, seconds });
      const creates = await runWrk({ url: `${server.url}/api/jobs`, connections: clients, seconds, body: createBody });
      return { get_job: reads, create_job: creates };
    }
    const reads = await load(requests, () => fetch(`${server.url}/api/jobs/${job.id}`));
    const creates = await load(Math.min(requests, 1000), () => fetch(`${server.url}/api/jobs`, { method: 'POST', headers, body: createBody }));
    return { get_job: summary(reads), create_job: summary(creates) };
  } finally {
    await server.stop();
  }
}

const withWorker = await measureServer([]);
const apiOnly = await measureServer(['--no-worker']);
for (const [label, figures] of [['with worker', withWorker], ['api only', apiOnly]] as const) {
  console.log(`${label.padEnd(12)} GET /api/jobs/:id p50 ${figures.get_job.p50_ms} ms p99 ${figures.get_job.p99_ms} ms (${figures.get_job.requests_per_second} req/s)`);
  console.log(`${label.padEnd(12)} POST /api/jobs    p50 ${figures.create_job.p50_ms} ms p99 ${figures.create_job.p99_ms} ms (${figures.create_job.requests_per_second} req/s)`);
}
console.log(JSON.stringify({ benchmark: 'api', clients, load_generator: useWrk ? 'wrk' : 'node', with_worker: withWorker, api_only: apiOnly }));
