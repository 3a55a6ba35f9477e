import { loadConfig } from '../config/index.ts';
import { createRuntime } from '../runtime/create-runtime.ts';
import { startServer } from '../server/start-server.ts';
import { authOptionsFrom } from '../runtime/auth-options.ts';
import { integerFlag, parseCommandLine } from './parse-command-line.ts';
import { waitForShutdownSignal } from './wait-for-shutdown-signal.ts';
import { webRoot } from '../runtime/web-root.ts';

/** `kiln serve`: API, web UI and an in-process worker, until Ctrl-C or SIGTERM. */
export async function serveCommand(args: string[]): Promise<number> {
  const { values } = parseCommandLine(args, { port: { type: 'string' }, host: { type: 'string' } });
  const config = await loadConfig({ cwd: process.cwd(), env: process.env });
  const port = integerFlag(values.port, 'port', { min: 0, max: 65535 }) ?? config.server.port;
  const host = values.host ?? config.server.host;
  const auth = authOptionsFrom(config);
  const runtime = await createRuntime({ config, withWorker: true });
  try {
    const server = await startServer({ runtime, host, port, webRoot: webRoot(), auth });
    process.stderr.write(`Kiln is serving on ${server.url} (database: ${runtime.databaseKind}, auth: ${runtime.authMode})\n`);
    await waitForShutdownSignal();
    process.stderr.write('Stopping: finishing requests, handing running jobs back to the queue…\n');
    await server.close();
  } finally {
    await runtime.close();
  }
  return 0;
}
