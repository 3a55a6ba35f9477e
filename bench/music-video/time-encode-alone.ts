import { spawn } from 'node:child_process';
import { childCpuSeconds } from '../lib/child-cpu-seconds.ts';

export interface EncodeAloneTiming {
  /** transcode_s - decode_s: what encoding the output costs ffmpeg, with nothing to draw. */
  encode_s: number;
  /** Decoding the rendered video and song and encoding them again with the render's settings. */
  transcode_s: number;
  /** Decoding alone (to the null muxer), the part of the transcode that is not encoding. */
  decode_s: number;
  /** The same in CPU seconds (user + system of the ffmpeg processes), steadier on a shared machine. */
  encode_cpu_s: number | null;
}

/**
 * How long ffmpeg alone needs to encode the music video the render made: the same frames, length,
 * size and frame rate, with the render's x264 settings (batch-arguments.ts) and AAC settings
 * (mux-song.ts). Frames must come from somewhere, so the rendered video is transcoded and the time of
 * decoding it alone is subtracted. Decode, transcode, decode again; the decode's median of two.
 */
export async function timeEncodeAlone(renderedPath: string, fps: number, outputPath: string): Promise<EncodeAloneTiming> {
  const decode = () => timeFfmpeg(['-i', renderedPath, '-f', 'null', '-']);
  const transcode = () => timeFfmpeg([
    '-i', renderedPath, '-map', '0:v:0', '-map', '0:a:0',
    '-c:v', 'libx264', '-preset', 'veryfast', '-crf', '23', '-g', String(Math.round(fps * 4)), '-pix_fmt', 'yuv420p',
    '-c:a', 'aac', '-b:a', '192k', '-movflags', '+faststart', '-y', outputPath,
  ]);
  const cpu0 = await childCpuSeconds();
  const firstDecode = await decode();
  const cpu1 = await childCpuSeconds();
  const transcodeSeconds = await transcode();
  const cpu2 = await childCpuSeconds();
  const decodeSeconds = (firstDecode + (await decode())) / 2;
  const cpu3 = await childCpuSeconds();
  const encodeCpu = cpu0 === null || cpu1 === null || cpu2 === null || cpu3 === null ? null : cpu2 - cpu1 - (cpu1 - cpu0 + cpu3 - cpu2) / 2;
  return { encode_s: transcodeSeconds - decodeSeconds, transcode_s: transcodeSeconds, decode_s: decodeSeconds, encode_cpu_s: encodeCpu };
}

function timeFfmpeg(args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('ffmpeg', ['-hide_banner', '-nostdin', '-v', 'error', ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve((performance.now() - started) / 1000) : reject(new Error(`ffmpeg exited with ${code}`))));
  });
}
