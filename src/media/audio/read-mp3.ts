import { readSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import type { DecodedAudio } from '../ffmpeg/decode-to-mono-pcm.ts';
import type { MediaInput } from '../ffmpeg/with-input-file.ts';
import { ChunkedPcm } from './chunked-pcm.ts';
import { decodeMp3TailOffThread, prestartMp3TailThread, type Mp3TailDecode } from './decode-mp3-tail.ts';
import { createMinimp3Decoder, Minimp3Error, type Minimp3Decoder } from './minimp3-decoder.ts';
import { frameStarts, id3v2TagBytes, readMp3Layout, wholeFramesEnd, type Mp3Layout } from './mp3-layout.ts';
import { claimPiece, cutIntoPieces, firstPieceFromBack, pieceOutputs, samplesPerFrame, type Mp3Pieces } from './mp3-pieces.ts';
import { createPcm16Halving, type Pcm16Halving } from './wasm-halve-sample-rate.ts';

/** Bytes read to find the first frames: two frames and a Xing/LAME tag fit with room to spare. */
const headBytes = 8192;
/** Bytes read at the end for ID3v1 (128) and an APEv2 footer (32) before it. */
const tailBytes = 160;
/** MP3's highest bitrate, 320 kbit/s. */
const maxBytesPerSecond = 40_000;
/**
 * Songs from this long on are decoded in two threads at once: the second thread's start (30 to 100 ms
 * of a core) would cost shorter ones more than it saves.
 */
const twoPartsFromSeconds = 30;
/**
 * The bytes a second of most songs takes (192 kbit/s): a file named .mp3 with at least
 * twoPartsFromSeconds of them gets its second thread before it is read (see prestartTwoPartDecode).
 */
const commonBytesPerSecond = 24_000;
/**
 * Frames a piece of a song decoded in two threads (see mp3-pieces.ts), some 10 s: the second thread
 * decodes 16 frames before each of its pieces (4 % more), and the two meet within a piece (some
 * 15 ms of decoding).
 */
const pieceFrames = 384;

/**
 * Mono samples at `sampleRate` (22.05 kHz) from a 44.1 kHz MPEG-1 Layer III file, decoded in this
 * process by minimp3 in WebAssembly and halved by the WAV reader's kernel (halvePcm16), or null for
 * anything else, which ffmpeg then decodes. Skipping ffmpeg saves a process start (some 80 ms of
 * CPU) and a temporary file of samples. A song of 30 s or more is decoded in pieces by two threads at
 * once, this one from the front and another from the back (see mp3-pieces.ts), to the same samples
 * as in one. The samples are ffmpeg's `-ac 1 -ar 22050` in time, sample for sample: its Xing/LAME
 * gapless trim is applied the same way and stereo mixed as (L + R)·√½;
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
  const channels = layout.channels;
  const scale = (channels === 1 ? 1 : Math.SQRT1_2) / 32768;
  const pieces = inTwoParts ? piecesOf(decoder.mp3, length, layout, maxSeconds) : null;
  const piecesHalving = pieces && pieces.frames > 0 ? createPcm16Halving(pieces.frames, channels, scale) : null;
  const tail = pieces && piecesHalving && decodeMp3TailOffThread({ mp3: decoder.mp3.subarray(0, length), pieces, module: decoder.module, halving: piecesHalving.shared });
  try {
    const stream = decoder.start(length);
    if (stream.sampleRate !== layout.sampleRate || stream.channels !== channels) return null;
    if (tail && stream.frames !== (pieces.frameStarts.length - 1) * samplesPerFrame) return null;
    const frames = tail ? pieces.frames : songFrames(stream.frames, layout, maxSeconds);
    const halving = tail ? piecesHalving : frames > 0 ? createPcm16Halving(frames, channels, scale) : null;
    if (!halving) return null;
    const head = new ChunkedPcm(decoder);
    const skipBytes = layout.skipSamples * 2 * channels;
    const fill = async (target: Uint8Array, position: number) => head.read(target, skipBytes + position);
    if (!tail) {
      if (!(await halving.halve(0, Math.ceil(frames / 2), fill))) return null;
    } else if (!(await halveFromFront(pieces, halving, fill, tail))) {
      return null;
    }
    return { samples: halving.samples, sampleRate, duration: halving.samples.length / sampleRate };
  } finally {
    tail?.stop();
  }
}

/**
 * This thread's share of a song decoded in pieces: it halves pieces from the front, its decoder going
 * on from one to the next, until it meets the other thread, then waits for that thread to have halved
 * the rest into the same samples; false where a piece could not be decoded.
 */
async function halveFromFront(pieces: Mp3Pieces, halving: Pcm16Halving, fill: (target: Uint8Array, position: number) => Promise<number>, tail: Mp3TailDecode): Promise<boolean> {
  for (let piece = claimPiece(pieces.claims, 'front'); piece !== null; piece = claimPiece(pieces.claims, 'front')) {
    const { from, end } = pieceOutputs(pieces, piece);
    if (!(await halving.halve(from, end, fill))) return false;
  }
  const firstFromBack = firstPieceFromBack(pieces.claims);
  return firstFromBack === pieces.count || (await tail.from) === pieceOutputs(pieces, firstFromBack).from;
}

/** The song's frames cut into pieces for two threads, where it is long enough to be worth a second thread. */
function piecesOf(frames: Uint8Array, length: number, layout: Mp3Layout, maxSeconds: number): Mp3Pieces | null {
  const starts = frameStarts(frames, length);
  const streamFrames = (starts.length - 1) * samplesPerFrame;
  if (streamFrames < twoPartsFromSeconds * layout.sampleRate) return null;
  return cutIntoPieces(starts, pieceFrames, layout.skipSamples, songFrames(streamFrames, layout, maxSeconds));
}

/** The frames (samples per channel) of the song that are analysed: after the gapless trim, at most `maxSeconds`. */
function songFrames(streamFrames: number, layout: Mp3Layout, maxSeconds: number): number {
  const available = Math.max(0, streamFrames - layout.skipSamples);
  return Math.min(available, layout.songSamples ?? available, Math.ceil(maxSeconds * layout.sampleRate));
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
