import { loadConfig } from '../config/index.ts';
import { BadInputError } from '../engine/errors/index.ts';
import type { DiscoveredServer } from '../providers/discovery/discovered-server.ts';
import { detectBackends, detectTargets } from '../providers/discovery/detect-backends.ts';
import { parseCommandLine } from './parse-command-line.ts';

/**
 * `kiln backends detect [--address URL] [--json]`: the model servers running on this machine (or at
 * the one address given), with their models and what each is probably for, and the backend entry to
 * add for each. The same discovery as the Settings page.
 */
export async function backendsCommand(args: string[]): Promise<number> {
  const [action, ...rest] = args;
  if (action !== 'detect') throw new BadInputError('Usage: kiln backends detect [--address URL] [--json]');
  const { values } = parseCommandLine(rest, { address: { type: 'string' }, json: { type: 'boolean', default: false } });
  const servers = await detectOnThisMachine(values.address as string | undefined);
  if (values.json) process.stdout.write(`${JSON.stringify({ servers }, null, 2)}\n`);
  else process.stdout.write(formatDetected(servers));
  return 0;
}

/** Discovery as the CLI runs it: KILN_DETECT_PORTS or the default ports, never the port Kiln serves on. */
export async function detectOnThisMachine(address?: string): Promise<DiscoveredServer[]> {
  const config = await loadConfig({ cwd: process.cwd(), env: process.env });
  return detectBackends({ address, targets: detectTargets(process.env.KILN_DETECT_PORTS), ownPort: config.server.port });
}

/** One line per server found, then its models with hints; unusable ones with why. */
export function formatDetected(servers: readonly DiscoveredServer[]): string {
  if (servers.length === 0) return 'No model server answered on this machine\'s default ports. Start one (e.g. `ollama serve`) or pass --address.\n';
  const lines: string[] = [];
  for (const server of servers) {
    if (server.state === 'unusable') {
      lines.push(`✗ ${server.label} at ${server.address}: found, but unusable. ${server.reason}`);
      continue;
    }
    lines.push(`✓ ${server.label} at ${server.address}${server.usedFor ? `: used for ${server.usedFor}` : ''}`);
    if (server.backend) lines.push(`    add as backend "${server.suggestedName}": ${JSON.stringify(server.backend)}`);
    for (const model of server.models) {
      const use = model.capabilities.length > 0 ? `for ${model.capabilities.join(', ')}` : 'not for Kiln';
      lines.push(`    ${server.suggestedName ?? server.kind}:${model.id}  (${use}${model.hint ? `; ${model.hint}` : ''})`);
    }
  }
  return `${lines.join('\n')}\n`;
}
