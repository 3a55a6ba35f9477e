import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startAnkiConnectStandIn } from '../pipelines/vocabulary/testing/anki-connect-stand-in.ts';
import { englishVtt, japaneseVtt } from '../pipelines/vocabulary/testing/sample-transcripts.ts';
import { main } from './main.ts';

let folder: string;
const previousDataDir = process.env.KILN_DATA_DIR;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'kiln-vocab-cli-'));
  process.env.KILN_DATA_DIR = join(folder, 'data');
});
afterAll(async () => {
  if (previousDataDir === undefined) delete process.env.KILN_DATA_DIR;
  else process.env.KILN_DATA_DIR = previousDataDir;
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

describe('kiln vocab', () => {
  it('extracts a transcript into the data folder\'s vocabulary and prints the items as JSON', async () => {
    const transcript = join(folder, 'stream.vtt');
    await writeFile(transcript, japaneseVtt);
    const result = await run(['vocab', 'extract', transcript, '--source', 'https://youtu.be/dQw4w9WgXcQ', '--json']);
    expect(result.code, result.stderr).toBe(0);
    const { items } = JSON.parse(result.stdout);
    const superChat = items.find((item: { dictionaryForm: string }) => item.dictionaryForm === 'スパチャ');
    expect(superChat).toMatchObject({ expression: 'スパチャ', reading: 'すぱちゃ', romaji: 'supacha', kind: 'stream_term', start: 6.1, link: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=6s' });
    expect(Object.keys(superChat).sort()).toEqual(['dictionaryForm', 'difficulty', 'english', 'expression', 'kind', 'link', 'reading', 'romaji', 'sentence', 'start'].sort());
  }, 90_000);

  it('exports what was saved as CSV', async () => {
    const out = join(folder, 'words.csv');
    const result = await run(['vocab', 'export', '--format', 'csv', '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    const csv = await readFile(out, 'utf8');
    expect(csv.startsWith('\uFEFFexpression,')).toBe(true);
    expect(csv).toMatch(/スパチャ/);
    // Nothing was mined in the reader yet, so the mined cards are none.
    const minedOut = join(folder, 'mined.csv');
    const mined = await run(['vocab', 'export', '--format', 'csv', '--mined', '--out', minedOut]);
    expect(mined.code, mined.stderr).toBe(0);
    expect(await readFile(minedOut, 'utf8')).not.toMatch(/スパチャ/);
  }, 60_000);

  it('syncs to Anki through AnkiConnect (a local stand-in) named in the config, and says when it is not running', async () => {
    const anki = await startAnkiConnectStandIn();
    const config = join(folder, 'kiln.config.json');
    await writeFile(config, JSON.stringify({ vocabulary: { anki: { url: anki.url, deck: 'Streams' } } }));
    process.env.KILN_CONFIG = config;
    try {
      const result = await run(['vocab', 'sync', '--to', 'anki', '--json']);
      expect(result.code, result.stderr).toBe(0);
      const summary = JSON.parse(result.stdout);
      expect(summary).toMatchObject({ to: 'anki', existing: 0, skipped: 0 });
      expect(summary.created).toBe(anki.notes.length);
      expect(anki.notes.map((note) => note.fields.Expression)).toContain('にじさんじ');
      await anki.close();
      const closed = await run(['vocab', 'sync', '--to', 'anki', '--json']);
      expect(closed.code).toBe(1);
      expect(closed.stderr).toMatch(/AnkiConnect is not running at http:\/\/127\.0\.0\.1:\d+: start Anki/);
    } finally {
      delete process.env.KILN_CONFIG;
      await anki.close().catch(() => undefined);
    }
  }, 90_000);

  it.each([
    [['vocab'], /Unknown vocab action/],
    [['vocab', 'export', '--format', 'docx', '--out', 'x'], /--format must be one of/],
    [['vocab', 'sync', '--to', 'dropbox'], /--to must be notion or anki/],
  ])('refuses bad usage %j with exit code 2', async (args, message) => {
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('refuses a transcript that is not Japanese with exit code 2', async () => {
    const transcript = join(folder, 'english.vtt');
    await writeFile(transcript, englishVtt);
    const result = await run(['vocab', 'extract', transcript]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Japanese/);
  }, 60_000);
});
