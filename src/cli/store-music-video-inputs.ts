import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { checkLocalFile } from '../pipelines/music-video/check-local-file.ts';
import type { AssetRecord, AssetStore } from '../runtime/contracts.ts';
import { localUserId } from '../runtime/local-user.ts';
import { storeSongAsFlac } from '../server/uploads/store-song-as-flac.ts';

/**
 * Puts the song and the character pictures into the data folder's asset store as the HTTP route
 * does (the song converted to FLAC), as new assets each run. The same command run again still
 * reuses its steps: their cache keys name these files by their bytes, not by their ids.
 */
export async function storeMusicVideoInputs(assets: AssetStore, songPath: string, characterPaths: string[], signal?: AbortSignal) {
  const songType = await checkLocalFile(songPath, 'song');
  const characterTypes = await Promise.all(characterPaths.map((path) => checkLocalFile(path, 'character image')));
  const song = await storeSong(assets, songPath, songType, signal);
  const characters: AssetRecord[] = [];
  for (const [index, path] of characterPaths.entries()) {
    characters.push(await assets.put({ ownerId: localUserId, data: await readFile(path), mediaType: characterTypes[index], name: basename(path), metadata: { uploadedFor: 'music-video' } }));
  }
  return { songAssetId: song.id, characterAssetIds: characters.map((character) => character.id) };
}

async function storeSong(assets: AssetStore, path: string, mediaType: string, signal?: AbortSignal): Promise<AssetRecord> {
  const original = await assets.put({ ownerId: localUserId, data: await readFile(path), mediaType, name: basename(path), metadata: { uploadedFor: 'music-video' } });
  try {
    return await storeSongAsFlac(assets, original, signal);
  } finally {
    // Only the converted song is kept: the job never reads the original bytes.
    await assets.delete(localUserId, original.id);
  }
}
