// Pays: the 182 s song's WAV read and halved in 144 ms against the TypeScript's 249 (1.7x, first call
// in a fresh process, load 7; `npx tsx bench/beats/kernel-twins.ts`).
import { halfBandOddTaps } from './halve-sample-rate.ts';
import { wasmKernelModule } from './wasm-kernel-module.ts';
import { createSignalMemory } from './wasm-signal-memory.ts';

/**
 * Outputs per call. V8 runs a wasm function in baseline code first and swaps in optimised code only
 * for later calls, so one call over a whole song would run unoptimised throughout.
 */
const outputsPerCall = 32768;
/** Input frames read on either side of a call's own: past the filter's reach (19) and a 16-byte load. */
const marginFrames = 32;

/**
 * Input frames a run of outputs reads beyond its own: outputs from k on read input frames from
 * 2k − halvingReach on, and outputs before k read none from 2k + halvingReach on. Where a signal is
 * halved in pieces, this is how far each piece's PCM must reach across its ends.
 */
export const halvingReach = marginFrames;

/**
 * halveSampleRate of 16-bit PCM in WebAssembly SIMD (wasm/halve-sample-rate.wat), the same floats,
 * into a signal memory, where the spectral kernel then reads it. `fill(target, position)` writes the
 * little-endian PCM (`frames` frames of `channels` samples) from byte `position` on into `target`,
 * straight from the file, and returns the count written. The PCM is read a call's worth at a time
 * into one small window rather than whole: each page of fresh memory costs the kernel a fault on
 * first touch, and a three-minute song's 32 MB of PCM were some 3,800 of them. `scale` brings the
 * integers (stereo: left + right) to -1..1. Null without WebAssembly, or when `fill` wrote fewer
 * bytes than asked.
 */
export async function halvePcm16(
  frames: number,
  channels: 1 | 2,
  scale: number,
  fill: (target: Uint8Array, position: number) => Promise<number>,
): Promise<Float32Array<ArrayBuffer> | null> {
  const halving = createPcm16Halving(frames, channels, scale);
  return halving && (await halving.halve(0, Math.ceil(frames / 2), fill)) ? halving.samples : null;
}

/** halvePcm16 a range of outputs at a time: for a signal halved in pieces, by one thread or two. */
export interface Pcm16Halving {
  /** All the outputs, in a signal memory; zeros until halved. */
  samples: Float32Array<ArrayBuffer>;
  /**
   * Halves outputs `from` to `end`, the same floats as halvePcm16, reading PCM through `fill` (as
   * halvePcm16's) from frame 2·from − halvingReach up to, not including, 2·end + halvingReach; false
   * where `fill` came up short. Output `end` may be written too, with its right value: the PCM read
   * covers its filter.
   */
  halve(from: number, end: number, fill: (target: Uint8Array, position: number) => Promise<number>): Promise<boolean>;
  /** What another thread needs to halve into the same samples (see joinPcm16Halving): it may be posted to it. */
  shared: SharedPcm16Halving;
}

/** A halving as another thread joins it: the signal memory, where the samples are, and a window of the second thread's own. */
export interface SharedPcm16Halving {
  /** The kernel, compiled once: V8 shares its code, optimised code included, with every thread it is posted to. */
  module: WebAssembly.Module;
  /** The PCM's frames, channels and scale, as halvePcm16 takes them. */
  frames: number;
  channels: 1 | 2;
  scale: number;
  /** The signal memory (shared), and the byte where the samples start in it. */
  memory: WebAssembly.Memory;
  samplesAt: number;
  /** Where the joining thread's PCM window and planes are: after the first thread's. */
  windowAt: number;
}

/**
 * A halving of `frames` frames into a signal memory, with a PCM window for this thread and one for
 * another that joins it (see joinPcm16Halving); null without WebAssembly.
 */
export function createPcm16Halving(frames: number, channels: 1 | 2, scale: number): Pcm16Halving | null {
  const module = wasmKernelModule('halve-sample-rate.wasm');
  if (!module) return null;
  const windowBytes = halvingWindowBytes(channels);
  const signal = createSignalMemory(Math.ceil(frames / 2), 2 * windowBytes);
  const shared = { module, frames, channels, scale, memory: signal.memory, samplesAt: signal.samples.byteOffset, windowAt: signal.extraAt + windowBytes };
  return halvingInto({ ...shared, windowAt: signal.extraAt }, shared);
}

/** The halving `shared` describes, from another thread: it writes into the same samples, through a window of its own. */
export function joinPcm16Halving(shared: SharedPcm16Halving): Pcm16Halving {
  return halvingInto(shared, shared);
}

/** The PCM window (2·outputsPerCall frames and a margin either side) and the kernel's two planes of f64 (see the .wat) after it. */
function halvingWindowBytes(channels: 1 | 2): number {
  return Math.ceil((windowFrames * 2 * channels) / 16) * 16 + windowFrames * 8;
}

const windowFrames = 2 * outputsPerCall + 2 * marginFrames;

function halvingInto({ module, frames, channels, scale, memory, samplesAt, windowAt }: SharedPcm16Halving, shared: SharedPcm16Halving): Pcm16Halving {
  const outputs = Math.ceil(frames / 2);
  const frameBytes = 2 * channels;
  const pcmWindow = new Uint8Array(memory.buffer, windowAt, windowFrames * frameBytes);
  const planes = windowAt + Math.ceil((windowFrames * frameBytes) / 16) * 16;
  const { halve } = new WebAssembly.Instance(module, { halve: { memory } }).exports as unknown as HalveExports;
  return {
    samples: new Float32Array(memory.buffer as ArrayBuffer, samplesAt, outputs),
    shared,
    async halve(rangeFrom, rangeEnd, fill) {
      for (let callFrom = rangeFrom; callFrom < rangeEnd; callFrom += outputsPerCall) {
        const callEnd = Math.min(callFrom + outputsPerCall, rangeEnd);
        // The window holds input frames first..first + windowFrames, zeros where they lie outside the
        // PCM or past what the call's outputs read.
        const first = 2 * callFrom - marginFrames;
        const readFrom = Math.max(0, first);
        const readEnd = Math.min(frames, 2 * callEnd + marginFrames);
        const target = pcmWindow.subarray((readFrom - first) * frameBytes, (readEnd - first) * frameBytes);
        pcmWindow.fill(0, 0, target.byteOffset - pcmWindow.byteOffset);
        pcmWindow.fill(0, target.byteOffset - pcmWindow.byteOffset + target.length);
        if ((await fill(target, readFrom * frameBytes)) < target.length) return false;
        // The kernel finds frame f at input + f·frameBytes: an address before the window for later calls (i32 arithmetic wraps).
        const input = windowAt - first * frameBytes;
        halve(input, frameBytes, samplesAt, callFrom, callEnd, planes, scale, ...halfBandOddTaps);
      }
      // An odd count: the kernel wrote one output more, past the last into the zeros after the signal, which must stay zeros.
      if (rangeEnd === outputs) new Float32Array(memory.buffer, samplesAt + outputs * 4, 1)[0] = 0;
      return true;
    },
  };
}

interface HalveExports {
  halve(input: number, frameBytes: number, output: number, from: number, end: number, planes: number, scale: number, ...taps: number[]): void;
}
