import { open } from 'node:fs/promises';
import { sniffLength } from './sniff-media-type.ts';

/** A file's first bytes, as many as sniffMediaType looks at (fewer for a shorter file); the rest is never read. */
export async function readFileHead(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = new Uint8Array(sniffLength);
    const { bytesRead } = await handle.read(buffer, 0, sniffLength, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
