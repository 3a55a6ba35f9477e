/**
 * `npm run bench:reader`: the reader's cost on a three-hour, 20,000-cue transcript. The reader cuts
 * the whole transcript into words (segmentTranscript) on the first page load and reads them from its
 * cache after, so both times are set against the extraction's own analysis of the same cues in the
 * same process (the reference); the size of the words as JSON is what the cache holds. The last line is one JSON object with every figure.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeTranscript } from '../../src/pipelines/vocabulary/analysis/analyze-transcript.ts';
import { chooseDictionary, loadDictionary } from '../../src/pipelines/vocabulary/analysis/choose-dictionary.ts';
import { sharedTextAnalysis } from '../../src/pipelines/vocabulary/analysis/analysis-thread-pool.ts';
import { segmentTranscript } from '../../src/pipelines/vocabulary/analysis/segment-transcript.ts';
import { readerSegmentsCache } from '../../src/pipelines/vocabulary/reader/reader-segments-cache.ts';
import { syntheticStream } from './synthetic-stream.ts';

const meanings = await loadDictionary(chooseDictionary(process.env.KILN_JMDICT_PATH), join(tmpdir(), 'kiln-bench-vocab'));
const cues = syntheticStream();
// Both runs build the tokenizer thread first, so neither pays for it.
await segmentTranscript(cues.slice(0, 10), { meanings });

const time = async (work: () => Promise<unknown>) => {
  const started = performance.now();
  const result = await work();
  return { ms: Math.round(performance.now() - started), result };
};
const analysis = await time(() => analyzeTranscript(cues, {}, { meanings }));
const reader = await time(() => segmentTranscript(cues, { meanings }));
const segments = reader.result as Awaited<ReturnType<typeof segmentTranscript>>;
const folder = await mkdtemp(join(tmpdir(), 'kiln-bench-reader-'));
const cache = readerSegmentsCache(folder);
await cache.get('bench', async () => segments);
const cached = await time(() => cache.get('bench', () => { throw new Error('the cache should have answered'); }));
await rm(folder, { recursive: true, force: true });
const words = segments.reduce((sum, cue) => sum + cue.filter((segment) => segment.item).length, 0);
await (sharedTextAnalysis() as { close?: () => Promise<void> }).close?.();

console.log(JSON.stringify({
  bench: 'reader',
  cues: cues.length,
  analysisMs: analysis.ms,
  readerMs: reader.ms,
  readerToAnalysis: Math.round((reader.ms / analysis.ms) * 100) / 100,
  cachedReaderMs: cached.ms,
  cachedToAnalysis: Math.round((cached.ms / analysis.ms) * 1000) / 1000,
  itemWords: words,
  segmentsJsonBytes: Buffer.byteLength(JSON.stringify(segments)),
  loadAverage: Math.round(loadavg()[0] * 10) / 10,
}));
