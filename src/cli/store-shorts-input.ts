import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { AssetRecord, AssetStore } from '../runtime/contracts.ts';
import { localUserId } from '../runtime/local-user.ts';

/** One input of `kiln vocab shorts`: bytes already read (transcript, chat) or a file on disk (the recording, maybe gigabytes). */
export type ShortsInputFile = { name: string; mediaType: string } & ({ data: Uint8Array } | { path: string });

/**
 * Puts a file into the data folder's asset store as the shorts upload route does, unless the same
 * bytes were stored for shorts before: then that asset is named again, so the same command run
 * twice gives the job the same input and its finished steps come from the cache.
 */
export async function storeShortsInput(assets: AssetStore, known: AssetRecord[], file: ShortsInputFile): Promise<string> {
  const sha256 = 'data' in file ? createHash('sha256').update(file.data).digest('hex') : await hashFile(file.path);
  const before = known.find((asset) => asset.sha256 === sha256 && asset.mediaType === file.mediaType && asset.metadata.uploadedFor === 'vocabulary-shorts');
  if (before) return before.id;
  const data = 'data' in file ? file.data : createReadStream(file.path);
  const stored = await assets.put({ ownerId: localUserId, data, mediaType: file.mediaType, name: file.name, metadata: { uploadedFor: 'vocabulary-shorts' } });
  return stored.id;
}

// Streamed: a recording of a whole stream does not fit in memory comfortably.
async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
