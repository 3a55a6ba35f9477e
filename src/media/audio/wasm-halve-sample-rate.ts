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
  const module = wasmKernelModule('halve-sample-rate.wasm');
  if (!module) return null;
  const outputs = Math.ceil(frames / 2);
  const frameBytes = 2 * channels;
  const windowFrames = 2 * outputsPerCall + 2 * marginFrames;
  // After the window, the kernel's two planes of f64 (see the .wat), half a window's frames each.
  const windowBytes = Math.ceil((windowFrames * frameBytes) / 16) * 16;
  const signal = createSignalMemory(outputs, windowBytes + windowFrames * 8);
  const pcmWindow = new Uint8Array(signal.memory.buffer, signal.extraAt, windowFrames * frameBytes);
  const planes = signal.extraAt + windowBytes;
  const { halve } = new WebAssembly.Instance(module, { halve: { memory: signal.memory } }).exports as unknown as HalveExports;
  const output = signal.samples.byteOffset;
  for (let from = 0; from < outputs; from += outputsPerCall) {
    // The window holds input frames first..first + windowFrames, zeros where they lie outside the PCM.
    const first = 2 * from - marginFrames;
    const readFrom = Math.max(0, first);
    const readEnd = Math.min(frames, first + windowFrames);
    const target = pcmWindow.subarray((readFrom - first) * frameBytes, (readEnd - first) * frameBytes);
    pcmWindow.fill(0, 0, target.byteOffset - pcmWindow.byteOffset);
    pcmWindow.fill(0, target.byteOffset - pcmWindow.byteOffset + target.length);
    if ((await fill(target, readFrom * frameBytes)) < target.length) return null;
    // The kernel finds frame f at input + f·frameBytes: an address before the window for later calls (i32 arithmetic wraps).
    const input = signal.extraAt - first * frameBytes;
    halve(input, frameBytes, output, from, Math.min(from + outputsPerCall, outputs), planes, scale, ...halfBandOddTaps);
  }
  // An odd count: the kernel wrote one output more, into the zeros after the signal, which must stay zeros.
  new Float32Array(signal.memory.buffer, output + outputs * 4, 1)[0] = 0;
  return signal.samples;
}

interface HalveExports {
  halve(input: number, frameBytes: number, output: number, from: number, end: number, planes: number, scale: number, ...taps: number[]): void;
}
