import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CueSegment } from '../analysis/segment-transcript.ts';
import { readerSegmentsCache, readerSegmentsKey } from './reader-segments-cache.ts';

const segments: CueSegment[][] = [[{ text: 'スパチャ', item: { dictionaryForm: 'スパチャ', reading: 'すぱちゃ' }, words: 1 }, { text: 'ありがとう!', words: 1 }]];

describe('reader segments cache', () => {
  let folder: string;
  beforeEach(async () => { folder = await mkdtemp(join(tmpdir(), 'kiln-reader-cache-')); });
  afterEach(async () => { await rm(folder, { recursive: true, force: true }); });

  it('cuts a transcript once and reads it back after, with no partial file left', async () => {
    const cache = readerSegmentsCache(folder);
    const key = readerSegmentsKey('abc', 'vtt', 'edict 1 2');
    let cuts = 0;
    const cut = async () => { cuts += 1; return segments; };
    expect(await cache.get(key, cut)).toEqual({ segments, reused: false });
    expect(await cache.get(key, cut)).toEqual({ segments, reused: true });
    expect(cuts).toBe(1);
    expect(await readdir(join(folder, key.slice(0, 2)))).toEqual([`${key}.json`]);
  });

  it('keys by transcript, format and dictionary, and cuts again over a file that does not parse', async () => {
    const key = readerSegmentsKey('abc', 'vtt', 'none');
    expect(new Set([key, readerSegmentsKey('abd', 'vtt', 'none'), readerSegmentsKey('abc', 'srt', 'none'), readerSegmentsKey('abc', 'vtt', 'edict 1 2')]).size).toBe(4);
    const cache = readerSegmentsCache(folder);
    await cache.get(key, async () => segments);
    await writeFile(join(folder, key.slice(0, 2), `${key}.json`), '[[{"text": "half');
    expect(await cache.get(key, async () => segments)).toEqual({ segments, reused: false });
  });
});
