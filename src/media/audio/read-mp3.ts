import { readSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import type { DecodedAudio } from '../ffmpeg/decode-to-mono-pcm.ts';
import type { MediaInput } from '../ffmpeg/with-input-file.ts';
import { decodeMp3TailOffThread, prestartMp3TailThread, type Mp3TailDecode } from './decode-mp3-tail.ts';
import { createMinimp3Decoder, Minimp3Error, type Minimp3Decoder } from './minimp3-decoder.ts';
import { id3v2TagBytes, readMp3Layout, splitFrames, wholeFramesEnd, type Mp3Layout, type Mp3Split } from './mp3-layout.ts';
import { halvePcm16 } from './wasm-halve-sample-rate.ts';

/** Bytes read to find the first frames: two frames and a Xing/LAME tag fit with room to spare. */
const headBytes = 8192;
/** Bytes read at the end for ID3v1 (128) and an APEv2 footer (32) before it. */
const tailBytes = 160;
/** MP3's highest bitrate, 320 kbit/s. */
const maxBytesPerSecond = 40_000;
const samplesPerFrame = 1152;
/**
 * Songs from this long on are decoded in two parts at once, the second on a thread of its own: the
 * thread's start (some 30 ms of a core) would cost shorter ones more than it saves.
 */
const twoPartsFromSeconds = 30;
/**
 * The bytes a second of most songs takes (192 kbit/s): a file named .mp3 with at least
 * twoPartsFromSeconds of them gets its second thread before it is read (see prestartTwoPartDecode).
 */
const commonBytesPerSecond = 24_000;
/**
 * The first part's share of the bytes: this thread also halves both parts, and the other starts
 * some 30 to 50 ms late, so the first part is the larger. Measured on the bench's 182 s song (21
 * runs each, interleaved): 0.50, 0.54, 0.58 took 341, 338, 354 ms.
 */
const firstPartShare = 0.54;
/**
 * Frames the second part's decoder decodes before its own and throws away. A frame's data begins up
 * to 511 bytes back (at 32 kbit/s mono, 83 bytes of data a frame, some 7 frames) and its samples
 * overlap the last granule of the frame before, so 16 frames leave the decoder's state exactly as a
 * decode from the start has it there.
 */
const warmUpFrames = 16;

/**
 * Mono samples at `sampleRate` (22.05 kHz) from a 44.1 kHz MPEG-1 Layer III file, decoded in this
 * process by minimp3 in WebAssembly and halved by the WAV reader's kernel (halvePcm16), or null for
 * anything else, which ffmpeg then decodes. Skipping ffmpeg saves a process start (some 80 ms of
 * CPU) and a temporary file of samples. A song of 30 s or more is decoded in two parts at once, the
 * second on a thread of its own (see decode-mp3-tail.ts), to the same samples as in one. The samples are ffmpeg's `-ac 1 -ar 22050` in time, sample
 * for sample: its Xing/LAME gapless trim is applied the same way and stereo mixed as (L + R)·√½;
 * the decoded 44.1 kHz PCM is within 16-bit rounding of ffmpeg's (minimp3 gives integers, ffmpeg
 * floats), and the halving differs from ffmpeg's resampler as the WAV reader's does (about -46 dB).
 * Streams with junk between frames, cut at their start, changing channels part way, or whose last
 * frames decode to nothing, are left to ffmpeg, whose timing they might otherwise not keep; so is
 * everything without WebAssembly SIMD (KILN_ANALYZE_WASM=0).
 */
export async function readMp3(
  input: MediaInput,
  sampleRate: number,
  maxSeconds: number,
  { inTwoParts = true }: { /** False decodes in one part on this thread, whatever the length. */ inTwoParts?: boolean } = {},
): Promise<DecodedAudio | null> {
  const source = await openSource(input);
  if (!source) return null;
  try {
    const layout = await findLayout(source);
    if (!layout || layout.sampleRate !== 2 * sampleRate) return null;
    // Read whole into the decoder's memory, so a file longer than maxSeconds could hold even at
    // 320 kbit/s goes to ffmpeg, which decodes only the first maxSeconds (and the caller refuses it).
    if (layout.audioEnd - layout.audioStart > (maxSeconds + 10) * maxBytesPerSecond) return null;
    const decoder = createMinimp3Decoder(layout.audioEnd - layout.audioStart);
    if (!decoder || (await source.readAt(layout.audioStart, decoder.mp3)) < decoder.mp3.length) return null;
    return await decodeAndHalve(decoder, layout, sampleRate, maxSeconds, inTwoParts);
  } catch (error) {
    if (error instanceof Minimp3Error) return null;
    throw error;
  } finally {
    await source.close();
  }
}

/**
 * Starts the thread that decodes an MP3's second part now, before the file's checks and reads,
 * where `path` is named .mp3 and long enough to be decoded in two parts at a common bitrate: its
 * start (30 to 40 ms) then overlaps them. A thread started for nothing costs a short song more than
 * it would save a long one, so smaller files start theirs when they need it.
 */
export function prestartTwoPartDecode(path: string): void {
  if (!/\.mp3$/i.test(path)) return;
  const bytes = statSync(path, { throwIfNoEntry: false })?.size ?? 0;
  if (bytes >= twoPartsFromSeconds * commonBytesPerSecond) prestartMp3TailThread();
}

async function decodeAndHalve(decoder: Minimp3Decoder, layout: Mp3Layout, sampleRate: number, maxSeconds: number, inTwoParts: boolean): Promise<DecodedAudio | null> {
  const length = wholeFramesEnd(decoder.mp3);
  if (length === null) return null;
  const cut = inTwoParts ? splitFrames(decoder.mp3, length, firstPartShare, warmUpFrames) : null;
  const split = cut && (cut.framesBefore + cut.framesAfter) * samplesPerFrame >= twoPartsFromSeconds * layout.sampleRate ? cut : null;
  // Started before this thread decodes the first part, whose samples overwrite the bytes after it.
  const tail = split && decodeMp3TailOffThread({
    mp3: decoder.mp3.subarray(split.warmUpAt, length),
    warmUpBytes: split.splitAt - split.warmUpAt,
    module: decoder.module,
  });
  try {
    const stream = decoder.start(split?.splitAt ?? length);
    if (stream.sampleRate !== layout.sampleRate || stream.channels !== layout.channels) return null;
    const streamFrames = stream.frames + (split ? split.framesAfter * samplesPerFrame : 0);
    const available = Math.max(0, streamFrames - layout.skipSamples);
    const frames = Math.min(available, layout.songSamples ?? available, Math.ceil(maxSeconds * layout.sampleRate));
    if (frames === 0) return null;
    const frameBytes = 2 * layout.channels;
    const pcm = joinedPcm(new ChunkedPcm(decoder), stream.frames * frameBytes, split && tail && { split, decode: tail, frameBytes });
    const scale = (layout.channels === 1 ? 1 : Math.SQRT1_2) / 32768;
    const skipBytes = layout.skipSamples * frameBytes;
    const samples = await halvePcm16(frames, layout.channels, scale, (target, position) => pcm(target, skipBytes + position));
    return samples && { samples, sampleRate, duration: samples.length / sampleRate };
  } finally {
    tail?.stop();
  }
}

/**
 * The first part's PCM (`headBytes` of it, from its decoder) followed by the second part's (from its
 * thread), as one reader: `(target, position)` fills `target` from byte `position` and returns the
 * count written, short at the end or where the second part could not be decoded.
 */
function joinedPcm(head: ChunkedPcm, headBytes: number, tail: { split: Mp3Split; decode: Mp3TailDecode; frameBytes: number } | null) {
  let tailPcm: Uint8Array | null | undefined;
  return async (target: Uint8Array, position: number): Promise<number> => {
    const filled = position < headBytes ? head.read(target.subarray(0, headBytes - position), position) : 0;
    if (filled === target.length || position + filled < headBytes || !tail) return filled;
    if (tailPcm === undefined) {
      const pcm = await tail.decode.pcm;
      tailPcm = pcm?.length === tail.split.framesAfter * samplesPerFrame * tail.frameBytes ? pcm : null;
    }
    if (!tailPcm) return filled;
    const from = position + filled - headBytes;
    const bytes = tailPcm.subarray(from, from + target.length - filled);
    target.set(bytes, filled);
    return filled + bytes.length;
  };
}

/**
 * The decoder's output as one stream of bytes, read forwards: halvePcm16 reads windows in order,
 * each overlapping the last by a few frames, so a short copy of the previous chunk's end serves the
 * overlap.
 */
class ChunkedPcm {
  private chunk: Uint8Array = new Uint8Array(0);
  private chunkStart = 0;
  private readonly carry = new Uint8Array(16384);
  private carryLength = 0;

  constructor(private readonly decoder: Minimp3Decoder) {}

  /** Fills `target` from byte `position` of the stream; the count written (short at the end). */
  read(target: Uint8Array, position: number): number {
    let filled = 0;
    while (filled < target.length) {
      const at = position + filled;
      const chunkEnd = this.chunkStart + this.chunk.length;
      let source: Uint8Array;
      if (at < this.chunkStart) {
        const carryAt = at - (this.chunkStart - this.carryLength);
        if (carryAt < 0) return filled;
        source = this.carry.subarray(carryAt, this.carryLength);
      } else if (at < chunkEnd) {
        source = this.chunk.subarray(at - this.chunkStart);
      } else {
        if (!this.advance()) return filled;
        continue;
      }
      const count = Math.min(source.length, target.length - filled);
      target.set(source.subarray(0, count), filled);
      filled += count;
    }
    return filled;
  }

  /** Keeps the last bytes read (the decoder overwrites the chunk) and decodes the next chunk; false at the end. */
  private advance(): boolean {
    const keep = Math.min(this.chunk.length, this.carry.length);
    const kept = Math.min(this.carryLength, this.carry.length - keep);
    this.carry.copyWithin(0, this.carryLength - kept, this.carryLength);
    this.carry.set(this.chunk.subarray(this.chunk.length - keep), kept);
    this.carryLength = kept + keep;
    this.chunkStart += this.chunk.length;
    this.chunk = this.decoder.next();
    return this.chunk.length > 0;
  }
}

interface Source {
  size: number;
  /** Fills `target` from byte `position`; the count read. */
  readAt(position: number, target: Uint8Array): Promise<number>;
  close(): Promise<void>;
}

/** The layout of the MP3 behind its ID3v2 tags, or null where the bytes are no MP3 this reader takes. */
async function findLayout(source: Source): Promise<Mp3Layout | null> {
  let start = 0;
  const header = new Uint8Array(10);
  // Step over each ID3v2 tag (cover art can make one megabytes long) without reading it.
  for (let tagBytes = 1; tagBytes > 0 && start < source.size; start += tagBytes) {
    tagBytes = (await source.readAt(start, header)) === header.length ? id3v2TagBytes(header) : 0;
  }
  const head = new Uint8Array(Math.min(headBytes, Math.max(0, source.size - start)));
  const tail = new Uint8Array(Math.min(tailBytes, source.size));
  await source.readAt(start, head);
  await source.readAt(source.size - tail.length, tail);
  const layout = readMp3Layout(head, start, source.size, tail);
  return layout && layout.audioEnd > layout.audioStart ? layout : null;
}

/** A file (read synchronously: the reads follow one another) or bytes in memory; null where the file cannot be opened. */
async function openSource(input: MediaInput): Promise<Source | null> {
  if (typeof input !== 'string') {
    return {
      size: input.length,
      readAt: async (position, target) => {
        const bytes = input.subarray(position, position + target.length);
        target.set(bytes);
        return bytes.length;
      },
      close: async () => {},
    };
  }
  const file = await open(input, 'r').catch(() => null);
  if (!file) return null;
  const { size } = await file.stat();
  return {
    size,
    readAt: async (position, target) => {
      let filled = 0;
      while (filled < target.length) {
        const count = readSync(file.fd, target, filled, target.length - filled, position + filled);
        if (count === 0) break;
        filled += count;
      }
      return filled;
    },
    close: () => file.close(),
  };
}
