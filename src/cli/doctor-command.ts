import { loadConfig } from '../config/index.ts';
import { createProviderRegistry } from '../providers/index.ts';
import { parseCommandLine } from './parse-command-line.ts';
import { findFfmpeg } from '../media/ffmpeg/index.ts';

/**
 * `kiln doctor`: every configured backend with its state, device and what it serves, plus the
 * system tools Kiln relies on. Exits 1 when a capability has no ready backend at all.
 */
export async function doctorCommand(args: string[]): Promise<number> {
  const { values } = parseCommandLine(args, { json: { type: 'boolean', default: false } });
  const config = await loadConfig({ cwd: process.cwd(), env: process.env });
  const registry = createProviderRegistry(config);
  try {
    const backends = await registry.health(AbortSignal.timeout(10_000));
    const ffmpeg = await findFfmpeg().then(
      (path) => ({ state: 'ready' as const, path }),
      (error: Error) => ({ state: 'unavailable' as const, reason: error.message }),
    );
    const capabilities = Object.fromEntries(
      Object.entries(config.capabilities).map(([capability, candidates]) => {
        const ready = (candidates ?? []).filter((candidate) =>
          backends.some((backend) => backend.state === 'ready' && candidate.startsWith(`${backend.name}:`)),
        );
        return [capability, { candidates, ready }];
      }),
    );
    const report = { database: config.databaseUrl ? 'postgres' : 'pglite', dataDir: config.dataDir, ffmpeg, backends, capabilities };
    if (values.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    else process.stdout.write(formatDoctorReport(report));
    const capabilityWithoutBackend = Object.values(capabilities).some((entry) => entry.candidates.length > 0 && entry.ready.length === 0);
    return capabilityWithoutBackend || ffmpeg.state !== 'ready' ? 1 : 0;
  } finally {
    await registry.close();
  }
}

function formatDoctorReport(report: {
  database: string;
  dataDir: string;
  ffmpeg: { state: string; path?: string; reason?: string };
  backends: Array<{ name: string; type: string; state: string; reason?: string; device: string; serves: Record<string, string[] | undefined> }>;
  capabilities: Record<string, { candidates: string[]; ready: string[] }>;
}): string {
  const lines = [`database  ${report.database}   data folder  ${report.dataDir}`];
  lines.push(`ffmpeg    ${report.ffmpeg.state === 'ready' ? report.ffmpeg.path : `missing: ${report.ffmpeg.reason}`}`, '', 'Backends');
  for (const backend of report.backends) {
    const serves = Object.entries(backend.serves).map(([capability, models]) => `${capability}: ${(models ?? []).join(', ')}`);
    const mark = backend.state === 'ready' ? '✓' : '✗';
    lines.push(`  ${mark} ${backend.name} (${backend.type}, ${backend.device})  ${backend.state}${backend.reason ? `: ${backend.reason}` : ''}`);
    if (serves.length > 0) lines.push(`      ${serves.join('; ')}`);
  }
  lines.push('', 'Capabilities (fallback order; * = ready)');
  for (const [capability, entry] of Object.entries(report.capabilities)) {
    const listed = entry.candidates.map((candidate) => (entry.ready.includes(candidate) ? `*${candidate}` : candidate));
    lines.push(`  ${capability.padEnd(14)} ${listed.join(' → ') || '(none)'}`);
  }
  return `${lines.join('\n')}\n`;
}
