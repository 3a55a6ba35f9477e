import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { forcedInputArgs } from '../../../media/ffmpeg/forced-input-args.ts';
import { runFfmpeg } from '../../../media/ffmpeg/run-ffmpeg.ts';

/** Heard before and after the cue, so the clip does not start or end mid-syllable (asbplayer pads about as much). */
export const clipPaddingSeconds = 0.25;
/** Longest clip cut for a card; a longer sentence is cut short rather than filling Anki's media folder. */
export const longestClipSeconds = 15;
/** Width of a card's picture: sharp on a phone, small in Anki's media folder; smaller recordings are not enlarged. */
export const pictureWidth = 640;

/** One cue's span of a recording, in seconds. */
export interface CueSpan {
  start: number;
  /** Null when the transcript gave the cue no end: three seconds are taken. */
  end: number | null;
}

export interface CutCardMedia {
  /** Mono MP3 of the cue with clipPaddingSeconds either side; null when the span lies past the recording's end. */
  audio: Buffer | null;
  /** A JPEG of the frame in the middle of the cue, pictureWidth wide; null for an audio-only recording or past the end. */
  picture: Buffer | null;
}

/** Where the clip starts and how long it runs, padded and capped. */
export function clipWindow(span: CueSpan): { from: number; length: number } {
  const from = Math.max(0, span.start - clipPaddingSeconds);
  const end = (span.end ?? span.start + 3) + clipPaddingSeconds;
  return { from, length: Math.min(longestClipSeconds, Math.max(0.5, end - from)) };
}

/**
 * Cuts one card's sentence audio and picture from a recording in a single ffmpeg run (the input is
 * sought once and decoded once for both outputs). The demuxer is forced to the recording's sniffed
 * type, as everywhere in Kiln; `recordingPath` comes from the asset store, never from a request.
 * The outputs are written in `workFolder` and read back, since ffmpeg has one stdout for two files.
 */
export async function cutCardMedia(recordingPath: string, span: CueSpan, withPicture: boolean, workFolder: string, signal?: AbortSignal): Promise<CutCardMedia> {
  const { from, length } = clipWindow(span);
  const folder = await mkdtemp(join(workFolder, 'card-'));
  try {
    const audioPath = join(folder, 'sentence.mp3');
    const picturePath = join(folder, 'picture.jpg');
    // The frame is taken in the middle of the cue, which is where the speaker's face and the game agree with the words.
    const pictureAt = Math.min(length, Math.max(0, (span.start + ((span.end ?? span.start) - span.start) / 2) - from));
    const picture = withPicture
      ? ['-map', '0:v:0', '-ss', pictureAt.toFixed(3), '-frames:v', '1', '-vf', `scale='min(${pictureWidth},iw)':-2,format=yuvj420p`,
        '-c:v', 'mjpeg', '-q:v', '4', '-f', 'mjpeg', '-y', picturePath]
      : [];
    await runFfmpeg([
      '-hide_banner', '-nostdin', '-loglevel', 'error', '-ss', from.toFixed(3), ...(await forcedInputArgs(recordingPath)),
      '-map', '0:a:0', '-t', length.toFixed(3), '-ac', '1', '-ar', '44100', '-c:a', 'libmp3lame', '-b:a', '64k', '-f', 'mp3', '-y', audioPath,
      ...picture,
    ], { signal, timeoutMs: 60_000 });
    return { audio: await readNonEmpty(audioPath), picture: withPicture ? await readNonEmpty(picturePath) : null };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** An output ffmpeg wrote nothing into (a span past the end) reads as none; an MP3 of headers only as well. */
async function readNonEmpty(path: string): Promise<Buffer | null> {
  const data = await readFile(path).catch(() => null);
  return data && data.length > 512 ? data : null;
}
