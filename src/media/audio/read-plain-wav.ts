import { readSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import type { DecodedAudio } from '../ffmpeg/decode-to-mono-pcm.ts';
import type { MediaInput } from '../ffmpeg/with-input-file.ts';
import { halveSampleRate } from './halve-sample-rate.ts';
import { readWavChunks, type WavFormat } from './read-wav-chunks.ts';
import { halvePcm16 } from './wasm-halve-sample-rate.ts';
import { createSignalArray } from './wasm-signal-memory.ts';

/** Where a plain WAV keeps its samples and how they are stored. */
interface WavLayout {
  float: boolean;
  bytesPerSample: 2 | 4;
  channels: 1 | 2;
  sampleRate: number;
  dataOffset: number;
  dataBytes: number;
}

/** The header and any chunks before the samples must fit in this much; anything else goes to ffmpeg. */
const headBytes = 64 * 1024;

/**
 * Mono samples at `sampleRate` read straight from a plain WAV (16-bit integer or 32-bit float PCM,
 * mono or stereo, at that rate or twice it), or null for anything else, which ffmpeg then decodes.
 * Skipping ffmpeg saves a process that loads some 200 shared libraries and a temporary file of
 * samples: about a fifth of `kiln analyze` on a three-minute song. The samples match ffmpeg's
 * (`-ac 1 -ar`): integers scaled by 1/32768, stereo mixed as (L + R)·√½, a rate of twice `sampleRate`
 * halved by a filter that leaves everything below 8 kHz as ffmpeg's resampler does.
 */
export async function readPlainWav(input: MediaInput, sampleRate: number, maxSeconds: number): Promise<DecodedAudio | null> {
  const head = typeof input === 'string' ? await readRange(input, 0, headBytes).catch(() => null) : input.subarray(0, headBytes);
  const layout = head && parseWavHeader(head);
  if (!layout || (layout.sampleRate !== sampleRate && layout.sampleRate !== 2 * sampleRate)) return null;
  const frameBytes = layout.channels * layout.bytesPerSample;
  const frames = Math.min(Math.floor(layout.dataBytes / frameBytes), Math.ceil(maxSeconds * layout.sampleRate));
  const end = layout.dataOffset + frames * frameBytes;
  if (layout.sampleRate === 2 * sampleRate && !layout.float) {
    // Read straight into WebAssembly memory, a window at a time (see halvePcm16) from one open file,
    // and halved there, into the signal the spectral kernel reads.
    const file = typeof input === 'string' ? await open(input, 'r') : null;
    const fill = (target: Uint8Array, position: number) =>
      Promise.resolve(typeof input === 'string' ? readIntoNow(file!, layout.dataOffset + position, target) : copyInto(input.subarray(layout.dataOffset + position, end), target));
    const samples = await halvePcm16(frames, layout.channels, (layout.channels === 1 ? 1 : Math.SQRT1_2) / 32768, fill).finally(() => file?.close());
    if (samples) return { samples, sampleRate, duration: samples.length / sampleRate };
  }
  const data = typeof input === 'string' ? await readRange(input, layout.dataOffset, end - layout.dataOffset) : input.subarray(layout.dataOffset, end);
  const { values, scale } = monoValues(data, layout);
  // Written into a signal memory, where the spectral kernel reads it without a copy.
  const samples = createSignalArray(layout.sampleRate === sampleRate ? values.length : Math.ceil(values.length / 2));
  if (layout.sampleRate === sampleRate) {
    for (let i = 0; i < values.length; i++) samples[i] = values[i] * scale;
  } else {
    halveSampleRate(values, scale, samples);
  }
  return { samples, sampleRate, duration: samples.length / sampleRate };
}

/** Where the samples are and how they are stored: null unless `readPlainWav` reads this format. */
function parseWavHeader(head: Uint8Array): WavLayout | null {
  const chunks = readWavChunks(head);
  if (!chunks?.format || chunks.dataOffset === undefined || chunks.dataSize === undefined) return null;
  // A streamed WAV may give 0 or 2³²−1 as its size; ffmpeg knows those conventions.
  if (chunks.dataSize === 0 || chunks.dataSize === 0xffffffff) return null;
  const format = sampleFormat(chunks.format);
  return format && { ...format, dataOffset: chunks.dataOffset, dataBytes: chunks.dataSize };
}

/** The format when it is 16-bit integer or 32-bit float, mono or stereo (WAVE_FORMAT_EXTENSIBLE included). */
function sampleFormat({ tag, channels, sampleRate, blockAlign, bits, validBits }: WavFormat): Omit<WavLayout, 'dataOffset' | 'dataBytes'> | null {
  if (validBits !== undefined && validBits !== bits) return null;
  const float = tag === 3 && bits === 32;
  if (!(float || (tag === 1 && bits === 16)) || (channels !== 1 && channels !== 2)) return null;
  if (blockAlign !== (channels * bits) / 8) return null;
  return { float, bytesPerSample: float ? 4 : 2, channels, sampleRate };
}

/** The samples as one mono sequence and the factor that brings them to -1..1 (applied later, in one pass). */
function monoValues(data: Uint8Array, layout: WavLayout): { values: ArrayLike<number>; scale: number } {
  // Typed views need aligned bytes; a pooled or sliced buffer may start anywhere.
  const aligned = data.byteOffset % 4 === 0 ? data : data.slice();
  const count = Math.floor(aligned.length / layout.bytesPerSample);
  const interleaved = layout.float ? new Float32Array(aligned.buffer, aligned.byteOffset, count) : new Int16Array(aligned.buffer, aligned.byteOffset, count);
  const scale = layout.float ? 1 : 1 / 32768;
  if (layout.channels === 1) return { values: interleaved, scale };
  const sums = new Float32Array(count >> 1);
  for (let i = 0; i < sums.length; i++) sums[i] = interleaved[2 * i] + interleaved[2 * i + 1];
  return { values: sums, scale: scale * Math.SQRT1_2 };
}

/** Up to `length` bytes of a file from `position`, in a buffer of their own (so typed views on it are aligned), not zeroed first since it is filled. */
async function readRange(path: string, position: number, length: number): Promise<Uint8Array> {
  const buffer = Buffer.allocUnsafeSlow(length);
  const file = await open(path, 'r');
  try {
    return buffer.subarray(0, await readInto(file, position, buffer));
  } finally {
    await file.close();
  }
}

/** Fills `target` with the file's bytes from `position` on, as far as the file goes; the count read. */
async function readInto(file: FileHandle, position: number, target: Uint8Array): Promise<number> {
  let filled = 0;
  while (filled < target.length) {
    const { bytesRead } = await file.read(target, filled, target.length - filled, position + filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return filled;
}

/**
 * `readInto` on this thread: the window reads follow one another anyway, and each read through the
 * thread pool cost a hand-over to another thread and back.
 */
function readIntoNow(file: FileHandle, position: number, target: Uint8Array): number {
  let filled = 0;
  while (filled < target.length) {
    const bytesRead = readSync(file.fd, target, filled, target.length - filled, position + filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return filled;
}

/** `readInto` for samples already in memory. */
function copyInto(source: Uint8Array, target: Uint8Array): number {
  target.set(source.subarray(0, target.length));
  return Math.min(source.length, target.length);
}
