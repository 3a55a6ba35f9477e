import { parseFfmpegHeader, type ProbedMedia } from '../video/probe-media.ts';
import { forcedInputArgs } from './forced-input-args.ts';
import { runFfmpeg } from './run-ffmpeg.ts';

export interface DecodeFullyOptions {
  /** What to write; by default everything is decoded and thrown away (`-f null -`). */
  outputArgs?: readonly string[];
  signal?: AbortSignal;
  /** Kills ffmpeg after this long; 5 minutes by default. */
  timeoutMs?: number;
  ffmpegPath?: string;
}

export interface FullyDecoded {
  /** What the header claims: streams, sizes and the duration. */
  header: ProbedMedia;
  /** Seconds actually decoded, from ffmpeg's progress report; less than the header's when the file is cut short. */
  decodedSeconds: number;
}

/**
 * Decodes a whole file once, demuxer forced to its sniffed type, to learn what a header alone cannot
 * say: that every frame decodes and how long the file really is. A cut-off MP3 keeps its header's
 * duration, so the two are compared by the caller.
 */
export async function decodeFully(path: string, options: DecodeFullyOptions = {}): Promise<FullyDecoded> {
  const result = await runFfmpeg([
    '-hide_banner', '-nostdin', '-nostats', '-progress', 'pipe:1',
    ...(await forcedInputArgs(path)),
    ...(options.outputArgs ?? ['-f', 'null', '-']),
  ], { signal: options.signal, timeoutMs: options.timeoutMs ?? 300_000, ffmpegPath: options.ffmpegPath });
  const progress = result.stdout.toString('utf8');
  const times = [...progress.matchAll(/^out_time_us=(\d+)$/gm)];
  const decodedSeconds = times.length > 0 ? Number(times[times.length - 1][1]) / 1_000_000 : 0;
  return { header: parseFfmpegHeader(result.stderr), decodedSeconds };
}
