/**
 * The reader's words, cut once per transcript and kept under the data folder: cutting a three-hour,
 * 20,000-cue transcript costs as much as analysing it (bench/vocab/run-reader-bench.ts), and the
 * words depend only on the transcript's bytes, its format, the dictionary and Kiln's version, never
 * on the learner, so every later page load reads the file instead. Written under a private name and
 * renamed into place, so a reader never finds half a file; one that does not parse is cut again.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomically } from '../../../engine/write-file-atomically.ts';
import { kilnVersion } from '../../../runtime/kiln-version.ts';
import type { CueSegment } from '../analysis/segment-transcript.ts';

/** Changes when what is stored changes shape. */
const formatVersion = 1;

/** Where the cut transcripts are kept, under the data folder. */
export const readerSegmentsFolder = (dataDir: string) => join(dataDir, 'cache', 'reader-segments');

/** The key of one transcript's words: its content hash, its format and the dictionary's version. */
export function readerSegmentsKey(transcriptSha256: string, format: string, dictionaryVersion: string): string {
  return createHash('sha256').update(`${formatVersion}\n${kilnVersion}\n${transcriptSha256}\n${format}\n${dictionaryVersion}`).digest('hex');
}

export function readerSegmentsCache(folder: string) {
  const pathOf = (key: string) => join(folder, key.slice(0, 2), `${key}.json`);
  return {
    /** The words kept under `key`, or cut now by `cut` and kept. */
    async get(key: string, cut: () => Promise<CueSegment[][]>): Promise<{ segments: CueSegment[][]; reused: boolean }> {
      const path = pathOf(key);
      const kept = await readFile(path, 'utf8').then((text) => JSON.parse(text) as unknown).catch(() => null);
      if (Array.isArray(kept)) return { segments: kept as CueSegment[][], reused: true };
      const segments = await cut();
      try {
        await mkdir(join(folder, key.slice(0, 2)), { recursive: true });
        await writeFileAtomically(path, JSON.stringify(segments));
      } catch {
        // A cache that cannot be written costs the next load its time, never this answer.
      }
      return { segments, reused: false };
    },
  };
}
