import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { rewriteMinimp3Module } from './minimp3-module.ts';

/** Decoded 16-bit PCM, interleaved, a chunk at a time. */
export interface Minimp3Decoder {
  /**
   * The compiled module, for another decoder of at most as many bytes (createMinimp3Decoder's
   * `compiled`), on this thread or another: V8 then compiles it, and optimises its hot function, once.
   */
  module: WebAssembly.Module;
  /** Where the MP3's frames are written (they must fill it) before `start`. */
  mp3: Uint8Array;
  /**
   * Counts the frames of the first `mp3Bytes` of `mp3` (whole frames, see wholeFramesEnd): the stream's
   * rate, channels and length in frames (samples per channel). After `warmUp`, `keepState` goes on
   * from the state the warm-up frames left, as if they had come just before these.
   */
  start(mp3Bytes: number, keepState?: boolean): { sampleRate: number; channels: number; frames: number };
  /**
   * Decodes the first `mp3Bytes` of `mp3` (whole frames) and throws their samples away: what a decode
   * that starts part way needs first, since a frame's data can begin in the frames before it (the bit
   * reservoir) and its first samples overlap the previous frame's last. Its samples are written after
   * those bytes, so the rest of the stream goes into `mp3` afterwards.
   */
  warmUp(mp3Bytes: number): void;
  /**
   * The next chunk's PCM bytes (a view that the following call overwrites), empty at the end. A frame
   * that decodes to nothing (damage inside a frame whose header is sound) is made up for by the one
   * after it, which keeps the timing, except at the very end: there the chunk comes out short, and
   * this throws `Minimp3Error`, as it does if the decoder would grow its memory.
   */
  next(): Uint8Array;
}

/** The decoder could not decode the stream as ffmpeg would: the caller leaves the file to ffmpeg. */
export class Minimp3Error extends Error {
  override name = 'Minimp3Error';
}

/** Seconds decoded per call: the PCM of a chunk stays small and is read while it is in the cache. */
const chunkSeconds = 1;
/** Room for one chunk's PCM: a chunk ends on a frame, so up to one frame past a second; stereo. */
const chunkPcmBytes = (Math.ceil((chunkSeconds * 48000) / 1152) + 1) * 1152 * 2 * 2;
/** A byte no decoder writes 16 of in a row at a chunk's end (-23131 eight times): what is still there was never written. */
const unwritten = 0xa5;

let wasmBytes: Uint8Array | null | undefined;

/**
 * minimp3 (CC0) as built in the minimp3-wasm package: 21 KB of WebAssembly, decoding in this process
 * what would otherwise cost an ffmpeg process. Its memory is made large enough for `mp3Bytes` and one
 * chunk up front, so it never grows (see rewriteMinimp3Module). `compiled`, another decoder's
 * module, is used where given, and its memory then sized for that decoder's bytes. Null where the
 * package or WebAssembly is missing.
 */
export function createMinimp3Decoder(mp3Bytes: number, compiled?: WebAssembly.Module): Minimp3Decoder | null {
  const module = compiled ?? compileMinimp3(mp3Bytes);
  if (!module) return null;
  let exports: Minimp3Exports;
  try {
    exports = new WebAssembly.Instance(module).exports as unknown as Minimp3Exports;
  } catch {
    return null;
  }
  const memory = exports.memory;
  const memoryBytes = memory.buffer.byteLength;
  const mp3At = exports.decoder_mp3_data_offset();
  if (mp3At + mp3Bytes + chunkPcmBytes > memoryBytes) return null;
  // PCM bytes still to come: only a chunk that may be the last needs the unwritten marks.
  let remainingBytes = 0;
  return {
    module,
    mp3: new Uint8Array(memory.buffer, mp3At, mp3Bytes),
    start(length, keepState = false) {
      if (!keepState) exports.decoder_init();
      exports.decoder_set_mp3_data_size(length);
      // A seek to the end walks the frame headers without decoding them.
      exports.decoder_seek(-1);
      const channels = exports.decode_results_num_channels();
      const info = { sampleRate: exports.decode_results_sampling_rate(), channels, frames: channels ? exports.decode_results_num_samples() / channels : 0 };
      exports.decoder_seek(0);
      remainingBytes = info.frames * channels * 2;
      return info;
    },
    warmUp(length) {
      exports.decoder_init();
      exports.decoder_set_mp3_data_size(length);
      // Every frame of it: the decode stops at the end of the data.
      exports.decoder_decode(1e9);
      if (memory.buffer.byteLength !== memoryBytes) throw new Minimp3Error('The decoder needed more memory than it was given.');
    },
    next() {
      const pcmAt = exports.decoder_pcm_data_offset();
      if (remainingBytes <= chunkPcmBytes) new Uint8Array(memory.buffer, pcmAt, chunkPcmBytes).fill(unwritten);
      exports.decoder_decode(chunkSeconds);
      if (memory.buffer.byteLength !== memoryBytes) throw new Minimp3Error('The decoder needed more memory than it was given.');
      const pcm = new Uint8Array(memory.buffer, pcmAt, exports.decode_results_num_samples() * 2);
      if (pcm.length >= 16 && pcm.subarray(pcm.length - 16).every((byte) => byte === unwritten)) {
        throw new Minimp3Error('The last frames of the MP3 decoded to nothing.');
      }
      remainingBytes -= pcm.length;
      return pcm;
    },
  };
}

/** The package's module, its memory made large enough for `mp3Bytes`; null where the package or WebAssembly is missing. */
function compileMinimp3(mp3Bytes: number): WebAssembly.Module | null {
  const original = minimp3Wasm();
  if (!original) return null;
  // Its static data and stack end near 80 KB; a megabyte leaves room to spare.
  const pages = Math.ceil((1024 * 1024 + mp3Bytes + chunkPcmBytes) / 65536);
  try {
    return new WebAssembly.Module(rewriteMinimp3Module(original, pages));
  } catch {
    return null;
  }
}

/** The package's WebAssembly, read once; null where it is not installed. */
function minimp3Wasm(): Uint8Array | null {
  if (wasmBytes === undefined) {
    try {
      wasmBytes = readFileSync(createRequire(import.meta.url).resolve('minimp3-wasm/dist/decoder.opt.wasm'));
    } catch {
      wasmBytes = null;
    }
  }
  return wasmBytes;
}

interface Minimp3Exports {
  memory: WebAssembly.Memory;
  decoder_init(): void;
  decoder_mp3_data_offset(): number;
  decoder_set_mp3_data_size(size: number): void;
  decoder_pcm_data_offset(): number;
  decoder_seek(seconds: number): number;
  decoder_decode(seconds: number): void;
  decode_results_sampling_rate(): number;
  decode_results_num_channels(): number;
  decode_results_num_samples(): number;
}
