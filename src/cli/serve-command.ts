import { loadConfig } from '../config/index.ts';
import { ConfigError } from '../engine/errors/index.ts';
import type { ProgressEvent } from '../engine/progress-event.ts';
import { authOptionsFrom } from '../runtime/auth-options.ts';
import { createRuntime } from '../runtime/create-runtime.ts';
import { webRoot } from '../runtime/web-root.ts';
import type { EventOrigin } from '../jobs/job-events.ts';
import { createMetrics, type KilnMetrics } from '../server/metrics.ts';
import { clusterGauges } from '../server/metrics-cluster-gauges.ts';
import { startServer } from '../server/start-server.ts';
import { integerFlag, parseCommandLine } from './parse-command-line.ts';
import { waitForShutdownSignal } from './wait-for-shutdown-signal.ts';

/** `kiln serve`: API, web UI and an in-process worker, until Ctrl-C or SIGTERM. */
export async function serveCommand(args: string[]): Promise<number> {
  const { values } = parseCommandLine(args, {
    port: { type: 'string' },
    host: { type: 'string' },
    // With `kiln worker` processes elsewhere, the server can leave all the work to them.
    'no-worker': { type: 'boolean', default: false },
  });
  const config = await loadConfig({ cwd: process.cwd(), env: process.env });
  const port = integerFlag(values.port, 'port', { min: 0, max: 65535 }) ?? config.server.port;
  const host = values.host ?? config.server.host;
  const auth = authOptionsFrom(config);
  const metricsToken = config.server.metricsTokenEnv ? process.env[config.server.metricsTokenEnv] : undefined;
  if (config.server.metricsTokenEnv && !metricsToken) {
    throw new ConfigError(`The configuration names ${config.server.metricsTokenEnv} for the metrics token, but that environment variable is empty.`);
  }
  // Listening from before the database opens: a signal that arrives while starting (or in the instant
  // after the address is printed) stops the server cleanly instead of killing it mid-write.
  const shutdownSignal = waitForShutdownSignal();
  // Steps and jobs are counted by the process that ran them (events from elsewhere only lend start
  // times), so Prometheus can sum servers and workers without counting a step twice.
  let metrics: KilnMetrics | undefined;
  const runtime = await createRuntime({
    config,
    withWorker: !values['no-worker'],
    onProgressEvent: (event: ProgressEvent, origin: EventOrigin) => metrics?.observeProgressEvent(event, origin),
  });
  try {
    metrics = createMetrics(clusterGauges(runtime));
    const builtWebApp = webRoot();
    const server = await startServer({
      runtime,
      host,
      port,
      auth,
      metrics,
      webRoot: builtWebApp,
      rateLimits: config.server.rateLimits,
      uploadLimitBytes: config.limits.uploadBytes,
      bodyLimitBytes: config.limits.bodyBytes,
      live: config.live,
      publicHost: config.server.publicHost,
      logLevel: config.server.logLevel,
      metricsToken,
    });
    process.stderr.write(`Kiln is serving on ${server.url} (database: ${runtime.databaseKind}, auth: ${runtime.authMode})\n`);
    if (!builtWebApp) process.stderr.write('The web app is not built: run `npm run build:web` (npm start does it for you).\n');
    await shutdownSignal;
    process.stderr.write('Stopping: finishing requests, handing running jobs back to the queue…\n');
    await server.close();
  } finally {
    await runtime.close();
  }
  return 0;
}
