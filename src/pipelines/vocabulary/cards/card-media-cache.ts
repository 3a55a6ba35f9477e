import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { clipPaddingSeconds, cutCardMedia, pictureWidth, type CueSpan, type CutCardMedia } from './cut-card-media.ts';

/** Changes when what is cut changes (padding, size, codec), so old cuts are not reused for new cards. */
const formatVersion = `1 mp3-64k pad${clipPaddingSeconds} jpeg${pictureWidth}`;

export interface CachedCardMedia extends CutCardMedia {
  /** The cut's key: the same recording bytes and cue times give the same key, whoever uploaded them. */
  key: string;
  /** Whether it came from the cache rather than from ffmpeg. */
  reused: boolean;
}

/** The cache key of one cue of one recording: its content hash and the cue's times to the millisecond. */
export function cardMediaKey(recordingSha256: string, span: CueSpan, withPicture: boolean): string {
  const times = `${span.start.toFixed(3)}-${span.end === null ? 'none' : span.end.toFixed(3)}`;
  return createHash('sha256').update(`${formatVersion}\n${recordingSha256}\n${times}\n${withPicture ? 'picture' : 'audio'}`).digest('hex');
}

/**
 * Card media cut once per (recording content, cue times) and kept under `folder` (the data folder's
 * cache), so exporting the deck again, or syncing it after exporting it, cuts nothing. An entry is
 * written in a private folder and renamed into place, audio last: its audio file being there means
 * the whole entry is. A cut that found nothing (a cue past the recording's end) is not cached.
 */
export function cardMediaCache(folder: string) {
  const paths = (key: string) => ({ audio: join(folder, key.slice(0, 2), `${key}.mp3`), picture: join(folder, key.slice(0, 2), `${key}.jpg`) });

  async function read(key: string, withPicture: boolean): Promise<CutCardMedia | null> {
    const where = paths(key);
    const audio = await readFile(where.audio).catch(() => null);
    if (!audio) return null;
    const picture = withPicture ? await readFile(where.picture).catch(() => null) : null;
    return { audio, picture };
  }

  async function write(key: string, media: CutCardMedia): Promise<void> {
    const where = paths(key);
    await mkdir(join(folder, key.slice(0, 2)), { recursive: true });
    const staging = await mkdtemp(join(folder, 'staging-'));
    try {
      if (media.picture) {
        await writeFile(join(staging, 'picture'), media.picture);
        await rename(join(staging, 'picture'), where.picture);
      }
      await writeFile(join(staging, 'audio'), media.audio!);
      await rename(join(staging, 'audio'), where.audio);
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
  }

  return {
    /** The cue's audio and picture from the cache, or cut now from `recordingPath` and kept. */
    async get(recording: { sha256: string; path: string }, span: CueSpan, withPicture: boolean, signal?: AbortSignal): Promise<CachedCardMedia> {
      const key = cardMediaKey(recording.sha256, span, withPicture);
      const cached = await read(key, withPicture);
      if (cached) return { ...cached, key, reused: true };
      await mkdir(folder, { recursive: true });
      const cut = await cutCardMedia(recording.path, span, withPicture, folder, signal);
      if (cut.audio) await write(key, cut);
      return { ...cut, key, reused: false };
    },
  };
}
