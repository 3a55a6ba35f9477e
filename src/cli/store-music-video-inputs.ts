import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { checkLocalFile } from '../pipelines/music-video/check-local-file.ts';
import type { AssetRecord, AssetStore } from '../runtime/contracts.ts';
import { localUserId } from '../runtime/local-user.ts';
import { convertedSongKind, storeSongAsFlac } from '../server/uploads/store-song-as-flac.ts';

/**
 * Puts the song and the character pictures into the data folder's asset store as the HTTP route
 * does (the song converted once to FLAC). A file stored before is reused by its bytes, so the same
 * command run again names the same assets and its steps come from the cache.
 */
export async function storeMusicVideoInputs(assets: AssetStore, songPath: string, characterPaths: string[], signal?: AbortSignal) {
  const songType = await checkLocalFile(songPath, 'song');
  const characterTypes = await Promise.all(characterPaths.map((path) => checkLocalFile(path, 'character image')));
  const known = await assets.list(localUserId, { limit: 1000 });
  const song = await storeSong(assets, known, songPath, songType, signal);
  const characters: AssetRecord[] = [];
  for (const [index, path] of characterPaths.entries()) {
    const data = await readFile(path);
    const sha256 = createHash('sha256').update(data).digest('hex');
    const before = known.find((asset) => asset.sha256 === sha256 && asset.metadata.uploadedFor === 'music-video' && asset.mediaType === characterTypes[index]);
    characters.push(before ?? await assets.put({ ownerId: localUserId, data, mediaType: characterTypes[index], name: basename(path), metadata: { uploadedFor: 'music-video' } }));
  }
  return { songAssetId: song.id, characterAssetIds: characters.map((character) => character.id) };
}

async function storeSong(assets: AssetStore, known: AssetRecord[], path: string, mediaType: string, signal?: AbortSignal): Promise<AssetRecord> {
  const data = await readFile(path);
  const sourceSha256 = createHash('sha256').update(data).digest('hex');
  const before = known.find((asset) => asset.metadata.kind === convertedSongKind && asset.metadata.sourceSha256 === sourceSha256);
  if (before) return before;
  const original = await assets.put({ ownerId: localUserId, data, mediaType, name: basename(path), metadata: { uploadedFor: 'music-video', sourceSha256 } });
  try {
    return await storeSongAsFlac(assets, original, signal);
  } finally {
    // Only the converted song is kept: the job never reads the original bytes.
    await assets.delete(localUserId, original.id);
  }
}
