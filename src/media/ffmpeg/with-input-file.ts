import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A path on disk or the file's bytes (an upload still in memory). */
export type MediaInput = string | Uint8Array;

/**
 * Gives ffmpeg a file path whatever it was handed. Bytes go to a private temporary file rather than
 * stdin because containers such as MP4 keep their index at the end and cannot be read from a pipe.
 */
export async function withInputFile<Result>(input: MediaInput, use: (path: string) => Promise<Result>): Promise<Result> {
  if (typeof input === 'string') return use(input);
  const directory = await mkdtemp(join(tmpdir(), 'kiln-media-'));
  try {
    const path = join(directory, 'input');
    await writeFile(path, input);
    return await use(path);
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}
