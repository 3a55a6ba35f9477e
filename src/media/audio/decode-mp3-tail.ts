import { Worker } from 'node:worker_threads';
import { startTypeScriptWorker } from '../../engine/start-typescript-worker.ts';
import { createMinimp3Decoder, Minimp3Error } from './minimp3-decoder.ts';

/** The second part of an MP3 decoded in two parts at once: its frames, after some frames to warm up on. */
export interface Mp3TailTask {
  /** The frames from the first warm-up frame to the end of the stream (whole frames). */
  mp3: Uint8Array;
  /** Bytes of `mp3` before the part's own first frame: the warm-up frames. */
  warmUpBytes: number;
  /** The first part's decoder's module (see Minimp3Decoder.module), where there is one. */
  module?: WebAssembly.Module;
}

/** A tail decode under way on its own thread. */
export interface Mp3TailDecode {
  /** The tail's PCM (see decodeMp3Tail); null where minimp3 could not decode it. */
  pcm: Promise<Uint8Array | null>;
  /** Ends the thread where its answer is no longer wanted (the process would otherwise wait for it). */
  stop(): void;
}

/**
 * The 16-bit PCM (interleaved, little-endian bytes) of the frames after the warm-up: the same bytes
 * a decode from the stream's start gives for them. A frame's data can begin up to 511 bytes back in
 * the frames before it (the bit reservoir), and its first samples overlap the last granule before it,
 * so the warm-up frames are decoded first and their samples thrown away; the decoder's state is then
 * what it is at that frame in a decode from the start. Null where minimp3 could not decode the part
 * as it decodes a whole stream (see Minimp3Error).
 */
export function decodeMp3Tail({ mp3, warmUpBytes, module }: Mp3TailTask): Uint8Array<ArrayBuffer> | null {
  const partBytes = mp3.length - warmUpBytes;
  const decoder = createMinimp3Decoder(mp3.length, module);
  if (!decoder) return null;
  try {
    decoder.mp3.set(mp3.subarray(0, warmUpBytes));
    decoder.warmUp(warmUpBytes);
    decoder.mp3.set(mp3.subarray(warmUpBytes));
    const stream = decoder.start(partBytes, true);
    const pcm = new Uint8Array(stream.frames * stream.channels * 2);
    let filled = 0;
    for (let chunk = decoder.next(); chunk.length > 0; chunk = decoder.next()) {
      if (filled + chunk.length > pcm.length) return null;
      pcm.set(chunk, filled);
      filled += chunk.length;
    }
    return filled === pcm.length ? pcm : null;
  } catch (error) {
    if (error instanceof Minimp3Error) return null;
    throw error;
  }
}

/** A thread started ahead of its task (see prestartMp3TailThread), waiting for it. */
let waitingThread: Worker | null = null;

/**
 * Starts the thread for a tail decode now, so that it has started (some 30 to 40 ms of a core) by the
 * time the MP3 has been read: for a caller that expects an MP3, such as `kiln analyze song.mp3`. It
 * waits without keeping the process alive; decodeMp3TailOffThread takes it.
 */
export function prestartMp3TailThread(): void {
  if (waitingThread) return;
  try {
    const thread = startTailThread();
    thread.unref();
    const forget = () => {
      if (waitingThread === thread) waitingThread = null;
    };
    thread.once('error', forget);
    thread.once('exit', forget);
    waitingThread = thread;
  } catch {
    waitingThread = null;
  }
}

/**
 * decodeMp3Tail on a thread of its own, so the caller decodes the first part meanwhile; in the
 * calling thread where a thread cannot be started or dies. `mp3` is copied once into shared memory,
 * which both threads read.
 */
export function decodeMp3TailOffThread({ mp3, warmUpBytes, module }: Mp3TailTask): Mp3TailDecode {
  const shared = new Uint8Array(new SharedArrayBuffer(mp3.length));
  shared.set(mp3);
  const task: Mp3TailTask = { mp3: shared, warmUpBytes, module };
  let worker: Worker | null = null;
  let settled = false;
  let settle: (answer: Uint8Array | null) => void = () => {};
  const pcm = new Promise<Uint8Array | null>((resolve) => {
    settle = (answer) => {
      if (settled) return;
      settled = true;
      resolve(answer);
    };
  });
  // A thread that failed to load or died before it answered: its part is decoded here instead.
  const inThisThread = () => settled || settle(decodeMp3Tail(task));
  try {
    worker = waitingThread ?? startTailThread();
    waitingThread = null;
    worker.ref();
    worker.once('message', settle);
    worker.once('error', inThisThread);
    worker.once('exit', inThisThread);
    worker.postMessage(task);
  } catch {
    inThisThread();
  }
  return {
    pcm,
    stop: () => {
      settle(null);
      void worker?.terminate();
    },
  };
}

/**
 * The thread's body: the .ts file beside this one where Kiln runs from its sources (through Node's
 * type stripping), or the .mjs that the prebuilt analyze bundle (bin/analyze-bundle.js) bundles it
 * into beside itself, where `import.meta.url` is the bundle's address.
 */
function startTailThread(): Worker {
  if (import.meta.url.endsWith('.ts')) return startTypeScriptWorker(new URL('./decode-mp3-tail-thread.ts', import.meta.url));
  return new Worker(new URL('./decode-mp3-tail-thread.mjs', import.meta.url));
}
