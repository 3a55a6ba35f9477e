import { Worker } from 'node:worker_threads';
import { startTypeScriptWorker } from '../../engine/start-typescript-worker.ts';
import { ChunkedPcm } from './chunked-pcm.ts';
import { createMinimp3Decoder, Minimp3Error, type Minimp3Decoder } from './minimp3-decoder.ts';
import { claimPiece, firstPieceFromBack, pieceOutputs, samplesPerFrame, type Mp3Pieces } from './mp3-pieces.ts';
import { joinPcm16Halving, type SharedPcm16Halving } from './wasm-halve-sample-rate.ts';

/** The pieces of an MP3 that a second thread claims from the back (see mp3-pieces.ts), decodes and halves. */
export interface Mp3TailTask {
  /** The song's whole-frame chain, in memory both threads can read. */
  mp3: Uint8Array;
  pieces: Mp3Pieces;
  /** The first thread's decoder's module (see Minimp3Decoder.module), where there is one. */
  module?: WebAssembly.Module;
  /** The halving of the whole song that the pieces are halved into, in memory both threads share. */
  halving: SharedPcm16Halving;
}

/** A tail decode under way on its own thread. */
export interface Mp3TailDecode {
  /** The first output it halved (see decodeMp3Tail); null where minimp3 could not decode a piece. */
  from: Promise<number | null>;
  /** Ends the thread where its answer is no longer wanted (the process would otherwise wait for it). */
  stop(): void;
}

/**
 * Frames decoded before a piece and thrown away. A frame's data begins up to 511 bytes back (at 32
 * kbit/s mono, 83 bytes of data a frame, some 7 frames) and its samples overlap the last granule of
 * the frame before, so 16 frames leave the decoder's state exactly as a decode from the start has it.
 */
export const warmUpFrames = 16;

/**
 * Claims pieces from the back (or takes those `nextPiece` gives, last first) until the two threads
 * meet, decodes and halves each into the shared halving, the same floats as a halving of the whole
 * song (halvePcm16); the first output it halved (the last output where it took no piece). Each piece's
 * PCM is the bytes a decode from the stream's start gives: its warm-up frames are decoded first and
 * their samples thrown away, which leaves the decoder's state as it is at that frame in a decode from
 * the start. Halving here, beside the decode and into the first thread's memory, keeps these pieces
 * wholly off the first thread (their pages of fresh memory included, some 18 µs each on a small
 * virtual machine). Null where minimp3 could not decode a piece as it decodes a whole stream (see
 * Minimp3Error).
 */
export async function decodeMp3Tail({ mp3, pieces, module, halving: shared }: Mp3TailTask, nextPiece = () => claimPiece(pieces.claims, 'back')): Promise<number | null> {
  const { frameStarts, pieceFrames, count } = pieces;
  let biggest = 0;
  for (let piece = 1; piece < count; piece++) {
    const first = piece * pieceFrames;
    biggest = Math.max(biggest, frameStarts[Math.min(first + pieceFrames + 1, frameStarts.length - 1)] - frameStarts[first - warmUpFrames]);
  }
  const decoder = createMinimp3Decoder(biggest, module);
  if (!decoder) return null;
  const halving = joinPcm16Halving(shared);
  let from = pieceOutputs(pieces, count).from;
  try {
    for (let piece = nextPiece(); piece !== null; piece = nextPiece()) {
      const outputs = pieceOutputs(pieces, piece);
      if (outputs.from < outputs.end && !(await decodePiece(mp3, pieces, piece, decoder, shared.channels, (fill) => halving.halve(outputs.from, outputs.end, fill)))) return null;
      from = Math.min(from, outputs.from);
    }
  } catch (error) {
    if (error instanceof Minimp3Error) return null;
    throw error;
  }
  return from;
}

/** Decodes piece `piece` after its warm-up, and one frame on, and halves its outputs through `halve`; false where it did not decode as a whole stream does. */
async function decodePiece(
  mp3: Uint8Array,
  { frameStarts, pieceFrames, skipSamples }: Mp3Pieces,
  piece: number,
  decoder: Minimp3Decoder,
  channels: 1 | 2,
  halve: (fill: (target: Uint8Array, position: number) => Promise<number>) => Promise<boolean>,
): Promise<boolean> {
  const first = piece * pieceFrames;
  const readEnd = Math.min(first + pieceFrames + 1, frameStarts.length - 1);
  const [warmUpAt, at, end] = [frameStarts[first - warmUpFrames], frameStarts[first], frameStarts[readEnd]];
  decoder.mp3.set(mp3.subarray(warmUpAt, at));
  decoder.warmUp(at - warmUpAt);
  decoder.mp3.set(mp3.subarray(at, end));
  const stream = decoder.start(end - at, true);
  if (stream.frames !== (readEnd - first) * samplesPerFrame || stream.channels !== channels) return false;
  const pcm = new ChunkedPcm(decoder);
  const pieceAt = (first * samplesPerFrame - skipSamples) * 2 * channels;
  return halve(async (target, position) => (position < pieceAt ? 0 : pcm.read(target, position - pieceAt)));
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
 * decodeMp3Tail on a thread of its own, while the caller claims pieces from the front. Where the
 * thread cannot be started, or dies before it answers, the pieces it claimed are decoded in the
 * calling thread (those it never claimed, the caller claims). Both threads read `mp3` where it is,
 * in shared memory (the decoder's, see minimp3-module.ts), or else from one copy made here.
 */
export function decodeMp3TailOffThread(task: Mp3TailTask): Mp3TailDecode {
  const sharedTask: Mp3TailTask = task.mp3.buffer instanceof SharedArrayBuffer ? task : { ...task, mp3: sharedCopy(task.mp3) };
  let worker: Worker | null = null;
  let settled = false;
  let settle: (answer: number | null) => void = () => {};
  const from = new Promise<number | null>((resolve) => {
    settle = (answer) => {
      if (settled) return;
      settled = true;
      resolve(answer);
    };
  });
  // A thread that failed to load or died before it answered: the pieces it claimed are decoded here.
  let fellBack = false;
  const inThisThread = () => {
    if (settled || fellBack) return;
    fellBack = true;
    let piece = task.pieces.count;
    const firstClaimed = firstPieceFromBack(task.pieces.claims);
    decodeMp3Tail(sharedTask, () => (piece > firstClaimed ? --piece : null)).then(settle, () => settle(null));
  };
  try {
    worker = waitingThread ?? startTailThread();
    waitingThread = null;
    worker.ref();
    worker.once('message', settle);
    worker.once('error', inThisThread);
    worker.once('exit', inThisThread);
    worker.postMessage(sharedTask);
  } catch {
    inThisThread();
  }
  return {
    from,
    stop: () => {
      settle(null);
      void worker?.terminate();
    },
  };
}

function sharedCopy(bytes: Uint8Array): Uint8Array {
  const shared = new Uint8Array(new SharedArrayBuffer(bytes.length));
  shared.set(bytes);
  return shared;
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
