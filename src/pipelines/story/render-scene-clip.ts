import sharp from 'sharp';
import { runFfmpeg } from '../../media/ffmpeg/run-ffmpeg.ts';

/** Frames per second of the story video: a slow pan needs few, and every frame costs encoding time. */
export const framesPerSecond = 12;

/** A scene's clip lasts a whole number of frames; its narration is padded to the same length so nothing drifts. */
export function clipSeconds(narrationSeconds: number): number {
  return Math.max(1, Math.ceil(narrationSeconds * framesPerSecond - 1e-6)) / framesPerSecond;
}

export interface SceneClip {
  /** The still picture (PNG or JPEG). */
  image: string;
  /** Where the video-only clip is written (.mp4). */
  output: string;
  seconds: number;
  width: number;
  height: number;
}

/**
 * The picture's size once scaled to cover the frame with room to pan: 6% wider than the frame at
 * least, and as tall as the frame at least, its aspect ratio kept; even sides for yuv420p.
 */
export function coverSize(picture: { width: number; height: number }, frame: { width: number; height: number }): { width: number; height: number } {
  const scale = Math.max((frame.width * 1.06) / picture.width, frame.height / picture.height);
  const even = (value: number) => 2 * Math.ceil(value / 2);
  return { width: even(picture.width * scale), height: even(picture.height * scale) };
}

/**
 * One scene as a video-only H.264 clip: the picture is decoded and scaled once to cover the frame,
 * repeated in memory (the `loop` filter, far cheaper than re-reading the file per frame) and panned
 * by a crop whose position moves with time. Clips share codec settings, so they join without re-encoding.
 */
export async function renderSceneClip(clip: SceneClip, signal?: AbortSignal): Promise<void> {
  const frames = Math.round(clip.seconds * framesPerSecond);
  const pan = `(iw-ow)*t/${clip.seconds.toFixed(3)}`;
  const picture = await sharp(clip.image).metadata();
  const scaled = coverSize({ width: picture.width ?? clip.width, height: picture.height ?? clip.height }, clip);
  const filter = [
    `scale=${scaled.width}:${scaled.height}`, 'format=yuv420p', `loop=loop=${frames - 1}:size=1`,
    `setpts=N/${framesPerSecond}/TB`, `crop=${clip.width}:${clip.height}:x='${pan}':y='(ih-oh)/2'`,
  ].join(',');
  await runFfmpeg([
    '-hide_banner', '-loglevel', 'error', '-y', '-i', clip.image, '-vf', filter, '-r', String(framesPerSecond), '-frames:v', String(frames),
    '-c:v', 'libx264', '-preset', 'ultrafast', '-tune', 'stillimage', '-crf', '28', '-an', clip.output,
  ], { signal });
}

/** Runs `work` over `items`, at most `limit` at once (two ffmpeg encodes fill a two-core machine). */
export async function inBatches<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await work(items[next++]);
  });
  await Promise.all(lanes);
}
