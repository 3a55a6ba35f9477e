import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { childCpuSeconds } from '../lib/child-cpu-seconds.ts';

export interface PlainEncodeTiming {
  /** Wall seconds of all the clips, encoded one after the other. */
  seconds: number;
  /** CPU seconds (user + system) of those ffmpeg processes. */
  cpuSeconds: number | null;
}

/** How the plain reference fills the vertical frame: black bars around the picture, or the picture cropped to fill it. */
export type PlainFit = 'pad' | 'crop';

const fitFilters = (fit: PlainFit, width: number, height: number) => fit === 'pad'
  ? `scale=${width}:${height}:force_original_aspect_ratio=decrease,pad=${width}:${height}:(ow-iw)/2:(oh-ih)/2`
  : `scale=${width}:${height}:force_original_aspect_ratio=increase,crop=${width}:${height}`;

/**
 * The reference: ffmpeg alone cutting the same spans of the recording into vertical `width`×`height`
 * videos, plainly (the picture fitted with black bars or cropped to fill, no background, no
 * subtitles), sought before decoding as any cutter does, with the shorts' own settings: x264
 * veryfast crf 21 at 30 fps, AAC 128 kb/s at 48 kHz (render-short.ts).
 */
export async function encodeClipsPlainly(recordingPath: string, clips: { start: number; end: number }[], fit: PlainFit, width: number, height: number, folder: string): Promise<PlainEncodeTiming> {
  const cpuBefore = await childCpuSeconds();
  const started = performance.now();
  for (const [index, clip] of clips.entries()) {
    const length = (clip.end - clip.start).toFixed(3);
    await ffmpeg([
      '-ss', clip.start.toFixed(3), '-t', length, '-i', recordingPath,
      '-vf', `${fitFilters(fit, width, height)},format=yuv420p`,
      '-map', '0:v:0', '-map', '0:a:0', '-c:v', 'libx264', '-preset', 'veryfast', '-crf', '21', '-r', '30',
      '-c:a', 'aac', '-b:a', '128k', '-ar', '48000', '-t', length, '-movflags', '+faststart', '-y', join(folder, `plain-${index + 1}.mp4`),
    ]);
  }
  const seconds = (performance.now() - started) / 1000;
  const cpuAfter = await childCpuSeconds();
  return { seconds, cpuSeconds: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore };
}

function ffmpeg(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('ffmpeg', ['-hide_banner', '-nostdin', '-v', 'error', ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`ffmpeg exited with ${code}`))));
  });
}
