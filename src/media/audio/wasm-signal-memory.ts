/**
 * A signal that lives in WebAssembly memory, so the spectral kernel (wasm-frame-spectra.ts) reads it
 * where the WAV reader wrote it rather than from a copy (some 5 ms for a three-minute song). Layout:
 *
 *   [kernel tables] [guard zeros] [signal, f32] [guard zeros] [extra: the PCM being halved, say]
 *
 * The guards are what a frame reaching past either end of the signal reads as silence. The memory
 * is made at its full size and never grows: growing detaches the old buffer, and the first detached
 * buffer in a process makes V8's optimised code check every typed array access from then on (the
 * loudness stage, which only reads a Float32Array, took twice as long). It is shared (the kernels
 * import a shared memory), so that a second thread can halve part of a song into it: see
 * decode-mp3-tail.ts.
 */
export interface SignalMemory {
  memory: WebAssembly.Memory;
  /** The signal itself, a view into `memory`. */
  samples: Float32Array<ArrayBuffer>;
  /** Byte address of the extra bytes asked for (16-byte aligned), after the signal's guard. */
  extraAt: number;
}

/** Bytes at address 0 for a kernel's tables (those of a 1024-point transform take about 50 KB). */
export const kernelTableBytes = 256 * 1024;
/** Zero samples on either side of the signal: more than half a transform frame plus two hops. */
export const guardSamples = 4096;

const memories = new WeakMap<ArrayBufferLike, { memory: WebAssembly.Memory; sampleCount: number }>();

/** A zeroed signal of `sampleCount` samples in a memory of its own, with `extraBytes` more after it. */
export function createSignalMemory(sampleCount: number, extraBytes = 0): SignalMemory {
  const signalAt = kernelTableBytes + guardSamples * 4;
  const extraAt = Math.ceil((signalAt + (sampleCount + guardSamples) * 4) / 16) * 16;
  const pages = Math.ceil((extraAt + extraBytes) / 65536);
  const memory = new WebAssembly.Memory({ initial: pages, maximum: pages, shared: true });
  memories.set(memory.buffer, { memory, sampleCount });
  return { memory, samples: new Float32Array(memory.buffer, signalAt, sampleCount), extraAt };
}

/** A zeroed Float32Array for a signal: in a signal memory where one can be made, else an ordinary one. */
export function createSignalArray(sampleCount: number): Float32Array<ArrayBuffer> {
  try {
    return createSignalMemory(sampleCount).samples;
  } catch {
    return new Float32Array(sampleCount);
  }
}

/** The memory `samples` lives in when `createSignalMemory` made it (guards and table room included), else null. */
export function signalMemoryOf(samples: Float32Array): WebAssembly.Memory | null {
  const made = memories.get(samples.buffer);
  const whole = made && samples.byteOffset === kernelTableBytes + guardSamples * 4 && samples.length === made.sampleCount;
  return whole ? made.memory : null;
}
