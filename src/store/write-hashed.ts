import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { open, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** A pass-through stream that hashes (sha256) and counts what goes through it. */
export function hashingCounter(): { stream: Transform; result(): { sha256: string; sizeBytes: number } } {
  const hash = createHash('sha256');
  let sizeBytes = 0;
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      sizeBytes += chunk.length;
      done(null, chunk);
    },
  });
  return { stream, result: () => ({ sha256: hash.digest('hex'), sizeBytes }) };
}

/** Streams the bytes into a new `file`, hashing on the way, and flushes them to disk before returning. */
export async function writeHashed(data: Uint8Array | Readable, file: string): Promise<{ sha256: string; sizeBytes: number }> {
  const counter = hashingCounter();
  const source = data instanceof Uint8Array ? Readable.from([Buffer.from(data.buffer, data.byteOffset, data.byteLength)]) : data;
  await pipeline(source, counter.stream, createWriteStream(file, { flags: 'wx' }));
  // Without this a power cut after the rename could leave a named but empty file.
  const handle = await open(file, 'r');
  await handle.sync().finally(() => handle.close());
  return counter.result();
}

// A process that died mid-write leaves a `.part` file; a day is far longer than any write takes.
export async function removeStaleTemporaryFiles(folder: string): Promise<void> {
  const dayAgo = Date.now() - 24 * 60 * 60 * 1000;
  for (const name of await readdir(folder)) {
    const file = join(folder, name);
    const info = await stat(file).catch(() => undefined);
    if (info && info.mtimeMs < dayAgo) await rm(file, { recursive: true, force: true });
  }
}
