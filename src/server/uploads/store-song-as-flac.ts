import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BadInputError, KilnError, MediaError } from '../../engine/errors/index.ts';
import { convertSongToFlac } from '../../media/ffmpeg/convert-song-to-flac.ts';
import type { AssetRecord, AssetStore } from '../../runtime/contracts.ts';
import { checkDecoded } from './probe-upload.ts';

/** The metadata kind of a song converted by Kiln; such an asset is used as it is. */
export const convertedSongKind = 'song-audio';

/** Fewer seconds than this hold no beat to find. */
const shortestSongSeconds = 2;

/**
 * Turns an uploaded song into the one form the music video steps read: FLAC written by Kiln from
 * the first audio stream, decoded with the demuxer forced to the sniffed type. Checks the song on
 * the way (decodes to the end, not cut short, 2 s to 20 minutes) and stores it as a new asset; a
 * song converted before is returned as it is, so a new style reuses its analysis.
 */
export async function storeSongAsFlac(assets: AssetStore, source: AssetRecord, signal?: AbortSignal): Promise<AssetRecord> {
  if (source.metadata.kind === convertedSongKind && source.mediaType === 'audio/flac') return source;
  const workDir = await mkdtemp(join(tmpdir(), 'kiln-song-'));
  try {
    const flacPath = join(workDir, 'song.flac');
    const decoded = await assets.withLocalFile(source, (path) => convertSongToFlac(path, flacPath, { signal })).catch((error: unknown) => {
      if (!(error instanceof KilnError) || error.code !== 'media_failed') throw error;
      throw new MediaError(`The song ${source.name} could not be read; it is corrupt or not really audio.`, {
        cause: error,
        details: { stderr: error.details?.stderr },
      });
    });
    const { duration = decoded.decodedSeconds } = checkDecoded(decoded, 'The song');
    if (duration < shortestSongSeconds) {
      throw new BadInputError(`The song is ${duration.toFixed(2)} s long; at least ${shortestSongSeconds} seconds are needed to find a beat.`);
    }
    return await assets.put({
      ownerId: source.ownerId,
      data: createReadStream(flacPath),
      mediaType: 'audio/flac',
      name: `${source.name.replace(/\.[^.]*$/, '') || 'song'}.flac`,
      metadata: { ...source.metadata, kind: convertedSongKind, convertedFrom: source.name, duration },
    });
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}
