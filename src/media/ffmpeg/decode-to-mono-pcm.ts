import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CancelledError, KilnError, MediaError, TimeoutError } from '../../engine/errors/index.ts';
import { forcedInputArgs } from './forced-input-args.ts';
import { runFfmpeg } from './run-ffmpeg.ts';
import { withInputFile, type MediaInput } from './with-input-file.ts';

export interface DecodeOptions {
  /** Output sample rate in Hz; 22050 keeps beat tracking accurate and halves the work of 44100. */
  sampleRate?: number;
  signal?: AbortSignal;
  /** Kills ffmpeg after this long; defaults to 5 minutes. */
  timeoutMs?: number;
  ffmpegPath?: string;
  /** Decodes at most this many seconds, so a mislabelled hour-long file cannot fill the memory. */
  maxSeconds?: number;
}

export interface DecodedAudio {
  /** Mono samples in -1..1, channels averaged by ffmpeg. */
  samples: Float32Array;
  sampleRate: number;
  /** Seconds, from the sample count (exact, unlike a container's header). */
  duration: number;
}

/**
 * Decodes any audio (or video with audio) ffmpeg reads into mono 32-bit float PCM, in one pass. The
 * samples go to a temporary file read back whole, not through stdout: a pipe holds 64 KiB, so on a
 * busy machine ffmpeg stalled on every few thousand samples until Node was scheduled to drain it
 * (on a busy two-core machine a 3-minute song took about 30% longer that way).
 */
export async function decodeToMonoPcm(input: MediaInput, options: DecodeOptions = {}): Promise<DecodedAudio> {
  const sampleRate = options.sampleRate ?? 22050;
  if (!Number.isInteger(sampleRate) || sampleRate < 4000 || sampleRate > 192000) {
    throw new MediaError(`The decode sample rate must be a whole number of Hz between 4000 and 192000, not ${sampleRate}.`);
  }
  const outputArgs = ['-vn', '-sn', '-dn', '-map', '0:a:0'];
  if (options.maxSeconds !== undefined) outputArgs.push('-t', String(options.maxSeconds));
  outputArgs.push('-ac', '1', '-ar', String(sampleRate), '-f', 'f32le', '-c:a', 'pcm_f32le');

  const bytes = await withInputFile(input, async (path) => {
    const directory = await mkdtemp(join(tmpdir(), 'kiln-decode-'));
    try {
      const samplesPath = join(directory, 'samples.f32');
      // The demuxer is forced to what the bytes are: ffmpeg's own guess would follow a manifest.
      const args = ['-hide_banner', '-nostdin', '-v', 'error', ...(await forcedInputArgs(path)), ...outputArgs, samplesPath];
      await runFfmpeg(args, {
        signal: options.signal,
        timeoutMs: options.timeoutMs ?? 300_000,
        ffmpegPath: options.ffmpegPath,
      });
      // No file at all when ffmpeg had not one sample to write: the same as an empty one.
      return await readFile(samplesPath).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? Buffer.alloc(0) : Promise.reject(error)));
    } catch (error) {
      if (error instanceof CancelledError || error instanceof TimeoutError || !(error instanceof KilnError)) throw error;
      throw new MediaError(`The file could not be decoded as audio. ${explain(String(error.details?.stderr ?? error.message))}`, {
        cause: error,
        details: error.details,
      });
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });

  if (bytes.length < 4) {
    throw new MediaError('The file has an audio stream but it holds no samples.');
  }
  // A view on the bytes where they are aligned (readFile's Buffer is its own allocation); a copy only
  // where a pooled Buffer starts at an odd byte offset.
  const count = Math.floor(bytes.length / 4);
  const samples = bytes.byteOffset % 4 === 0 ? new Float32Array(bytes.buffer, bytes.byteOffset, count) : new Float32Array(count);
  if (samples.buffer !== bytes.buffer) new Uint8Array(samples.buffer).set(bytes.subarray(0, count * 4));
  return { samples, sampleRate, duration: samples.length / sampleRate };
}

/** Turns ffmpeg's terse stderr into a sentence a person can act on, keeping ffmpeg's own words. */
function explain(stderr: string): string {
  if (/matches no streams|does not contain any stream|Output file.*does not contain/i.test(stderr)) {
    return 'It contains no audio stream.';
  }
  if (/No such file or directory/i.test(stderr)) return 'The file does not exist.';
  if (/Invalid data found|could not find codec|Unknown input format|moov atom not found|not a recognised media format|Failed to read frame size/i.test(stderr)) {
    return `It is not a recognised audio format or it is corrupt (ffmpeg: ${stderr.split('\n').pop()}).`;
  }
  return `ffmpeg said: ${stderr || '(nothing)'}`;
}
