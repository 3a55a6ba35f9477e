import { loadConfig, type KilnConfig } from '../config/index.ts';
import { ConfigError } from '../engine/errors/index.ts';
import { createRuntime } from '../runtime/create-runtime.ts';
import { isLoopbackHost } from '../server/is-loopback-host.ts';
import { createMetrics, type KilnMetrics } from '../server/metrics.ts';
import { startMetricsServer, type RunningMetricsServer } from '../server/metrics-server.ts';
import { integerFlag, parseCommandLine } from './parse-command-line.ts';
import { waitForShutdownSignal } from './wait-for-shutdown-signal.ts';

/**
 * `kiln worker`: takes jobs from the shared queue until stopped. On Postgres, run as many as you like.
 * With `--metrics-port` (or `worker.metricsPort`) it serves GET /metrics: the steps and jobs this
 * worker ran, which no server counts, so Prometheus must scrape each worker too.
 */
export async function workerCommand(args: string[]): Promise<number> {
  const { values } = parseCommandLine(args, {
    concurrency: { type: 'string' },
    'metrics-port': { type: 'string' },
    'metrics-host': { type: 'string' },
  });
  const concurrency = integerFlag(values.concurrency, 'concurrency', { min: 1, max: 64 });
  const config = await loadConfig({ cwd: process.cwd(), env: process.env });
  const metricsPort = integerFlag(values['metrics-port'], 'metrics-port', { min: 0, max: 65535 }) ?? config.worker?.metricsPort;
  const metricsHost = values['metrics-host'] ?? config.worker?.metricsHost ?? '127.0.0.1';
  const metricsToken = metricsPort === undefined ? undefined : readMetricsToken(config);
  // Before anything opens, so a signal while starting still ends in a clean close (see serveCommand).
  const shutdownSignal = waitForShutdownSignal();
  // Only the cluster-wide gauges are left out: every server reports those already.
  const metrics: KilnMetrics | undefined = metricsPort === undefined ? undefined : createMetrics();
  const runtime = await createRuntime({
    config,
    withWorker: true,
    workerConcurrency: concurrency,
    ...(metrics ? { onProgressEvent: (event, origin) => metrics.observeProgressEvent(event, origin) } : {}),
  });
  let listener: RunningMetricsServer | undefined;
  try {
    if (runtime.databaseKind === 'pglite') {
      process.stderr.write('Note: on the embedded database only this process can use the data folder; set DATABASE_URL to share a queue between machines.\n');
    }
    if (metrics && metricsPort !== undefined) {
      listener = await startMetricsServer({ metrics, host: metricsHost, port: metricsPort, token: metricsToken });
      if (!metricsToken && !isLoopbackHost(metricsHost)) {
        process.stderr.write(`Note: ${listener.url} is open to anyone who can reach ${metricsHost}; set KILN_METRICS_TOKEN to require a token.\n`);
      }
    }
    const scrape = listener ? `; metrics on ${listener.url}` : '';
    process.stderr.write(`Kiln worker ${process.pid} is taking jobs (database: ${runtime.databaseKind})${scrape}\n`);
    await shutdownSignal;
  } finally {
    await listener?.close();
    await runtime.close();
  }
  return 0;
}

/** The same token as the server's /metrics (`KILN_METRICS_TOKEN`); a named but empty variable is a mistake. */
function readMetricsToken(config: KilnConfig): string | undefined {
  const name = config.server.metricsTokenEnv;
  if (!name) return undefined;
  const token = process.env[name];
  if (!token) throw new ConfigError(`The configuration names ${name} for the metrics token, but that environment variable is empty.`);
  return token;
}
