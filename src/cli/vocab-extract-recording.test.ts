import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { encodeWav } from '../media/audio/encode-wav.ts';
import { startOpenAIStandIn, type OpenAIStandIn } from '../providers/openai/testing/openai-stand-in.ts';
import { main } from './main.ts';

// The stand-in's transcriber reads the WAV's comment back as the words spoken.
const spoken = 'にじさんじの新人です。今日はホロライブの先輩とコラボ配信やってるんだけど、スパチャありがとう!このボス難しすぎwwww';
const tone = (seconds: number) => Float32Array.from({ length: seconds * 16000 }, (_, index) => 0.3 * Math.sin((2 * Math.PI * 220 * index) / 16000));

let folder: string;
let standIn: OpenAIStandIn;
const previous = { dataDir: process.env.KILN_DATA_DIR, config: process.env.KILN_CONFIG };
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'kiln-vocab-recording-'));
  standIn = await startOpenAIStandIn();
  await writeFile(join(folder, 'stream.wav'), encodeWav(tone(3), 16000, spoken));
});
afterAll(async () => {
  for (const [name, value] of [['KILN_DATA_DIR', previous.dataDir], ['KILN_CONFIG', previous.config]] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  await standIn?.close();
  await rm(folder, { recursive: true, force: true });
});

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  try {
    return { code: await main(args), stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

describe('kiln vocab extract RECORDING', () => {
  it('fails with exit 1 naming capabilities.transcription when no transcriber is configured, and saves nothing', async () => {
    process.env.KILN_DATA_DIR = join(folder, 'bare');
    const config = join(folder, 'bare.config.json');
    await writeFile(config, JSON.stringify({ capabilities: { transcription: [] } }));
    process.env.KILN_CONFIG = config;
    const result = await run(['vocab', 'extract', join(folder, 'stream.wav')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/No backend is configured for transcription[^\n]*capabilities\.transcription/);
    // No file in the asset store, and (exported afterwards) no expression in the vocabulary.
    const stored = await readdir(join(folder, 'bare', 'assets'), { recursive: true, withFileTypes: true }).catch(() => []);
    expect(stored.filter((entry) => entry.isFile())).toEqual([]);
    const exported = await run(['vocab', 'export', '--format', 'csv', '--status', 'all', '--out', join(folder, 'empty.csv')]);
    expect(exported.code, exported.stderr).toBe(0);
    expect(await readFile(join(folder, 'empty.csv'), 'utf8')).toMatch(/^\uFEFFexpression,[^\r\n]*\r\n$/);
  }, 90_000);

  it('transcribes through the OpenAI transcription stand-in (contract test) and prints the items', async () => {
    process.env.KILN_DATA_DIR = join(folder, 'with-whisper');
    const config = join(folder, 'whisper.config.json');
    await writeFile(config, JSON.stringify({ backends: { local: { type: 'openai', baseURL: standIn.baseURL } }, capabilities: { transcription: ['local:whisper'] } }));
    process.env.KILN_CONFIG = config;
    const result = await run(['vocab', 'extract', join(folder, 'stream.wav'), '--json']);
    expect(result.code, result.stderr).toBe(0);
    const { items } = JSON.parse(result.stdout) as { items: { dictionaryForm: string; kind: string }[] };
    expect(items.map((item) => item.dictionaryForm)).toEqual(expect.arrayContaining(['にじさんじ', 'スパチャ', 'コラボ']));
  }, 90_000);
});
