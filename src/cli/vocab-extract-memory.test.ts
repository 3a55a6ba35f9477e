import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AnalysisThreadPool } from '../pipelines/vocabulary/analysis/analysis-thread-pool.ts';
import { japaneseVtt } from '../pipelines/vocabulary/testing/sample-transcripts.ts';
import { main } from './main.ts';

// What happened, in order: the analysis thread's work and end, and the database opening.
const events: string[] = [];
vi.mock('../store/database.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../store/database.ts')>();
  return { ...original, openDatabase: (...args: Parameters<typeof original.openDatabase>) => (events.push('database opens'), original.openDatabase(...args)) };
});

let folder: string;
const previousDataDir = process.env.KILN_DATA_DIR;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'kiln-vocab-memory-'));
  process.env.KILN_DATA_DIR = join(folder, 'data');
});
afterAll(async () => {
  if (previousDataDir === undefined) delete process.env.KILN_DATA_DIR;
  else process.env.KILN_DATA_DIR = previousDataDir;
  await rm(folder, { recursive: true, force: true });
});

describe('kiln vocab extract, memory', () => {
  it('never holds the analysis thread (kuromoji) and the database at once: the thread ends before the database opens, and none starts after', async () => {
    const { tokenize, close } = AnalysisThreadPool.prototype;
    vi.spyOn(AnalysisThreadPool.prototype, 'tokenize').mockImplementation(function (this: AnalysisThreadPool, ...args) {
      events.push('thread tokenises');
      return tokenize.apply(this, args);
    });
    vi.spyOn(AnalysisThreadPool.prototype, 'close').mockImplementation(function (this: AnalysisThreadPool) {
      events.push('thread ends');
      return close.apply(this);
    });
    const transcript = join(folder, 'stream.vtt');
    await writeFile(transcript, japaneseVtt);
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    let code: number;
    try {
      code = await main(['vocab', 'extract', transcript, '--json']);
    } finally {
      out.mockRestore();
    }
    expect(code).toBe(0);
    const opened = events.indexOf('database opens');
    expect(events.slice(0, opened)).toContain('thread tokenises');
    expect(events[opened - 1]).toBe('thread ends');
    expect(events.slice(opened)).not.toContain('thread tokenises');
  }, 90_000);
});
