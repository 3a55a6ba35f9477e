// Soak: one Kiln server under mixed loopback traffic for many minutes (uploads and deletes, stories,
// music videos, diagnostic jobs, live sessions, cancels, bad input), with a worker killed with
// SIGKILL every few minutes, on PGlite and on PostgreSQL. Then every accepted job must have ended as
// asked (lost must be 0), asset files must match asset records (orphaned must be 0), and the
// server's memory must level off. With --hostile N (a weight; the other actions weigh 90 together)
// the clients also send the security review's hostile inputs (soak-hostile.ts), and a health probe
// times how long anyone else waited meanwhile. Prints one JSON line last.
// Run: npm run bench:soak -- [--minutes 30] [--database pglite|postgres|both] [--clients 4] [--kill-every-seconds 180] [--hostile 6]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startTemporaryPostgres } from '../../src/store/testing/temporary-postgres.ts';
import { toolMissing } from '../../src/runtime/testing/tool-missing.ts';
import { percentile, round } from '../lib/statistics.ts';
import { auditAssets, auditInterruptions, auditJobs, memoryGrowth, watchJobs } from './soak-audit.ts';
import { probeHealth, type HealthProbe } from './soak-hostile.ts';
import { startSoakServers } from './soak-servers.ts';
import { prepareFixtures, runClient, type TrafficRecord } from './soak-traffic.ts';

const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '30' },
    database: { type: 'string', default: 'both' },
    clients: { type: 'string', default: '4' },
    'kill-every-seconds': { type: 'string', default: '180' },
    hostile: { type: 'string', default: '0' },
  },
});
const minutes = Number(values.minutes);
const clients = Math.round(Number(values.clients));
const killEverySeconds = Number(values['kill-every-seconds']);
const hostileWeight = Number(values.hostile);
if (!(minutes > 0 && minutes <= 24 * 60) || !(clients >= 1 && clients <= 64) || !(killEverySeconds >= 10) || !(hostileWeight >= 0 && hostileWeight <= 1000)) {
  throw new Error('Use --minutes between 0 and 1440, --clients between 1 and 64, --kill-every-seconds of 10 or more, --hostile between 0 and 1000.');
}
const databases = values.database === 'both' ? ['pglite', 'postgres'] : [values.database];

async function soak(database: string) {
  const dataDir = mkdtempSync(join(tmpdir(), 'kiln-soak-'));
  // Rate limits are part of the product; the soak measures what stays behind, so its config lifts them.
  const unlimited = { max: 1_000_000, timeWindow: '1 minute' };
  const configFile = join(dataDir, '..', `${dataDir.split('/').at(-1)}.config.json`);
  writeFileSync(configFile, JSON.stringify({ server: { rateLimits: { 'jobs-create': unlimited, uploads: unlimited, reads: unlimited } } }));
  const postgres = database === 'postgres' ? await startTemporaryPostgres() : undefined;
  const databaseUrl = postgres ? await postgres.createDatabase('kiln_soak') : undefined;
  // The server's log stays after the run, for the requests that answered 500.
  const logFile = join(tmpdir(), `kiln-soak-${database}-${process.pid}.log`);
  const servers = await startSoakServers({ dataDir, configFile, databaseUrl, logFile });
  try {
    const record: TrafficRecord = { latenciesMs: [], latenciesByAction: {}, jobs: new Map(), ended: new Set(), maxOutstanding: 6 * clients, actions: {}, unexpected: [], unavailable: 0 };
    const fixtures = await prepareFixtures(servers.url);
    const started = Date.now();
    const deadline = started + minutes * 60_000;
    const kills: string[] = [];
    const killedAtSeconds: number[] = [];
    const killer = (async () => {
      // Bounded: at most one kill per interval until the deadline.
      while (Date.now() + killEverySeconds * 1000 < deadline) {
        await new Promise((resolve) => setTimeout(resolve, killEverySeconds * 1000));
        killedAtSeconds.push(Math.round((Date.now() - started) / 1000));
        kills.push(await servers.killWorker());
        process.stderr.write(`${database}: killed ${kills.at(-1)} at ${Math.round((Date.now() - started) / 1000)} s\n`);
      }
    })();
    const watching = watchJobs(servers.url, record, () => Date.now() > deadline);
    const health: HealthProbe = { latenciesMs: [], slow: [] };
    await Promise.all([
      killer, watching, probeHealth(servers.url, deadline, health, started),
      ...Array.from({ length: clients }, () => runClient(servers.url, fixtures, deadline, record, hostileWeight)),
    ]);
    const jobs = await auditJobs(servers.url, record.jobs);
    await servers.stop();
    const assets = await auditAssets({ dataDir, databaseUrl });
    const interruptions = await auditInterruptions({ dataDir, databaseUrl });
    return {
      database,
      server_log: logFile,
      minutes,
      clients,
      workers_killed: kills.length,
      actions: record.actions,
      requests: record.latenciesMs.length,
      p50_ms: round(percentile(record.latenciesMs, 0.5), 1),
      p99_ms: round(percentile(record.latenciesMs, 0.99), 1),
      by_action: Object.fromEntries(Object.entries(record.latenciesByAction).map(([action, latencies]) => [action, { requests: latencies.length, p50_ms: round(percentile(latencies, 0.5), 1), p99_ms: round(percentile(latencies, 0.99), 1) }])),
      refused_while_restarting: record.unavailable,
      hostile_weight: hostileWeight,
      // How long a bystander waited: GET /api/health every quarter second through the whole run.
      health_probe: {
        requests: health.latenciesMs.length,
        p50_ms: round(percentile(health.latenciesMs, 0.5), 1),
        p99_ms: round(percentile(health.latenciesMs, 0.99), 1),
        max_ms: round(Math.max(0, ...health.latenciesMs), 1),
        over_1s: health.latenciesMs.filter((latency) => latency > 1000).length,
        // Beside the kills: a probe answered by a server just restarted on PGlite waits for its start.
        slow: health.slow.slice(0, 20),
        killed_at_seconds: killedAtSeconds,
      },
      jobs_accepted: record.jobs.size,
      jobs_done: jobs.done,
      jobs_lost: jobs.lost.length,
      jobs_wrong_end: jobs.wrongEnd.length,
      wrong_end_examples: jobs.wrongEnd.slice(0, 3),
      // Runs lost and counted by the queue: at most the jobs the killed workers held.
      interruptions_counted: interruptions.counted,
      jobs_interrupted: interruptions.jobs,
      most_interruptions_of_one_job: interruptions.worst,
      assets_orphaned: assets.filesWithoutRecord + assets.recordsWithoutFile,
      // Partial uploads of killed processes: no asset, removed by a start a day later.
      temporary_files_left: assets.temporaryFiles,
      asset_audit: assets,
      unexpected_answers: record.unexpected.length,
      unexpected_examples: [...new Set(record.unexpected)].slice(0, 5),
      memory: memoryGrowth(servers.serverMemory),
    };
  } finally {
    await servers.stop().catch(() => undefined);
    await postgres?.stop();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(configFile, { force: true });
  }
}

const results = [];
for (const database of databases) {
  if (database === 'postgres' && toolMissing('postgres')) {
    results.push({ database, skipped: 'PostgreSQL is not installed' });
    continue;
  }
  const result = await soak(database);
  results.push(result);
  console.log(`${database}: ${result.jobs_done} jobs done, ${result.jobs_lost} lost, ${result.jobs_wrong_end} ended otherwise; ` +
    `${result.interruptions_counted} interruptions counted (most ${result.most_interruptions_of_one_job} for one job); ${result.assets_orphaned} assets orphaned; p99 ${result.p99_ms} ms over ${result.requests} requests; ` +
    `memory ${result.memory.rss_after_warmup_mib} → ${result.memory.rss_at_end_mib} MiB over ${result.memory.over_seconds} s; ${result.workers_killed} workers killed; ` +
    `health waited at most ${result.health_probe.max_ms} ms (${result.health_probe.over_1s} over 1 s)`);
}
console.log(JSON.stringify({ benchmark: 'soak', results }));
