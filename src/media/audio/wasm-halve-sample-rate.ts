import { readFileSync } from 'node:fs';
import { halfBandOddTaps } from './halve-sample-rate.ts';
import { createSignalMemory } from './wasm-signal-memory.ts';

/** Silent bytes on either side of the PCM: past the filter's reach of 19 stereo samples and a 16-byte load. */
const inputGuardBytes = 128;
/**
 * Outputs per call. V8 runs a wasm function in baseline code first and swaps in optimised code only
 * for later calls, so one call over a whole song would run unoptimised throughout.
 */
const outputsPerCall = 32768;

/**
 * halveSampleRate of 16-bit PCM in WebAssembly SIMD (wasm/halve-sample-rate.wat), the same floats.
 * `fill` writes the little-endian PCM (`frames` frames of `channels` samples) into the array it is
 * given, straight from the file, and the signal is halved into a signal memory, where the spectral
 * kernel then reads it. `scale` brings the integers (stereo: left + right) to -1..1. Null without
 * WebAssembly, or when `fill` wrote fewer bytes than asked.
 */
export async function halvePcm16(frames: number, channels: 1 | 2, scale: number, fill: (target: Uint8Array) => Promise<number>): Promise<Float32Array<ArrayBuffer> | null> {
  const module = halveModule();
  if (!module) return null;
  const outputs = Math.ceil(frames / 2);
  const frameBytes = 2 * channels;
  const signal = createSignalMemory(outputs, inputGuardBytes + frames * frameBytes + inputGuardBytes);
  const input = signal.extraAt + inputGuardBytes;
  if ((await fill(new Uint8Array(signal.memory.buffer, input, frames * frameBytes))) < frames * frameBytes) return null;
  const { halve } = new WebAssembly.Instance(module, { halve: { memory: signal.memory } }).exports as unknown as HalveExports;
  const output = signal.samples.byteOffset;
  for (let from = 0; from < outputs; from += outputsPerCall) {
    halve(input, frameBytes, output, from, Math.min(from + outputsPerCall, outputs), scale, ...halfBandOddTaps);
  }
  // An odd count: the kernel wrote one output more, into the zeros after the signal, which must stay zeros.
  new Float32Array(signal.memory.buffer, output + outputs * 4, 1)[0] = 0;
  return signal.samples;
}

interface HalveExports {
  halve(input: number, frameBytes: number, output: number, from: number, end: number, scale: number, ...taps: number[]): void;
}

let compiled: WebAssembly.Module | null | undefined;

/** The compiled module, once per process; null without WebAssembly SIMD or with KILN_ANALYZE_WASM=0. */
function halveModule(): WebAssembly.Module | null {
  if (compiled === undefined) {
    try {
      if (process.env.KILN_ANALYZE_WASM === '0') throw new Error('turned off');
      compiled = new WebAssembly.Module(readFileSync(new URL('./wasm/halve-sample-rate.wasm', import.meta.url)));
    } catch {
      compiled = null;
    }
  }
  return compiled;
}
