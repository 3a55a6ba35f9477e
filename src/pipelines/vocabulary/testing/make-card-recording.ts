import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runFfmpeg } from '../../../media/ffmpeg/run-ffmpeg.ts';

export interface CardRecordingOptions {
  /** False for an audio-only WAV. */
  video?: boolean;
  /** The picture's size and frame rate: 1280×720 at 25 by default, so the card's picture is scaled down to 640×360. */
  size?: string;
  rate?: number;
}

/**
 * A recording made by ffmpeg for the card tests: a test pattern with a 440 Hz tone, `seconds` long,
 * as H.264/AAC MP4 or, without video, WAV.
 */
export async function makeCardRecording(seconds: number, options: CardRecordingOptions = {}): Promise<Buffer> {
  const withVideo = options.video ?? true;
  const folder = await mkdtemp(join(tmpdir(), 'kiln-test-recording-'));
  try {
    const path = join(folder, withVideo ? 'stream.mp4' : 'stream.wav');
    const video = withVideo ? ['-f', 'lavfi', '-i', `testsrc=size=${options.size ?? '1280x720'}:rate=${options.rate ?? 25}:duration=${seconds}`] : [];
    const encode = withVideo ? ['-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest'] : ['-c:a', 'pcm_s16le'];
    await runFfmpeg(['-hide_banner', '-nostdin', ...video, '-f', 'lavfi', '-i', `sine=f=440:duration=${seconds}`, ...encode, '-y', path], { timeoutMs: 180_000 });
    return await readFile(path);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** Two timed cues, as a VTT file, each holding a word the glossary knows. */
export const twoCueVtt = 'WEBVTT\n\n00:00:01.000 --> 00:00:02.500\nこれはやばいね\n\n00:00:03.200 --> 00:00:05.000\nボスつよすぎ草\n';
