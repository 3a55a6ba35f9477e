import { halvingReach } from './wasm-halve-sample-rate.ts';

/** Samples per channel in an MPEG-1 Layer III frame. */
export const samplesPerFrame = 1152;

/**
 * A song's MP3 frames cut into pieces that two threads decode and halve at once: the calling thread
 * claims pieces from the front and decodes on from one to the next, the other thread claims them
 * from the back, each after frames to warm up on (see decode-mp3-tail.ts). They meet wherever their
 * speeds take them, so neither waits for the other longer than a piece takes, however late the
 * second thread starts or however busy the machine is; a fixed cut left one thread idle for 40 ms on
 * a slower machine than the one it was tuned on.
 */
export interface Mp3Pieces {
  /** The byte of each frame of the chain, and its end after the last (see frameStarts). */
  frameStarts: Int32Array;
  /** Frames a piece (the last may have fewer). */
  pieceFrames: number;
  /** Pieces in all: two at least. */
  count: number;
  /** PCM frames the gapless trim drops from the start (see Mp3Layout.skipSamples). */
  skipSamples: number;
  /** The song's PCM frames after the trim, which the halving (halvePcm16) reads. */
  frames: number;
  /**
   * What has been claimed, in shared memory: pieces below the low 16 bits are the calling thread's,
   * those from the high 16 bits on the other thread's, one word so that a claim is one compare-and-swap.
   */
  claims: Int32Array;
}

/**
 * The song's frames in pieces of `pieceFrames`, none claimed yet; null where there would be fewer
 * than two, or a piece is shorter than the gapless trim (its first output would lie before the song).
 */
export function cutIntoPieces(frameStarts: Int32Array, pieceFrames: number, skipSamples: number, frames: number): Mp3Pieces | null {
  const count = Math.ceil((frameStarts.length - 1) / pieceFrames);
  if (count < 2 || count > 0x7fff || pieceFrames * samplesPerFrame <= skipSamples) return null;
  const claims = new Int32Array(new SharedArrayBuffer(4));
  claims[0] = count << 16;
  return { frameStarts, pieceFrames, count, skipSamples, frames, claims };
}

/**
 * The halving's outputs that piece `piece` gives: from the first whose filter reads nothing before
 * the piece's first frame to the next piece's first. The filter of its last outputs reads up to
 * `halvingReach` frames into the next piece, well within its first frame, which the piece's decoder
 * therefore decodes too.
 */
export function pieceOutputs(pieces: Mp3Pieces, piece: number): { from: number; end: number } {
  const outputs = Math.ceil(pieces.frames / 2);
  const firstOutput = (index: number) => {
    if (index === 0) return 0;
    if (index >= pieces.count) return outputs;
    const firstFrame = index * pieces.pieceFrames * samplesPerFrame - pieces.skipSamples;
    return Math.min(outputs, Math.ceil((firstFrame + halvingReach) / 2));
  };
  return { from: firstOutput(piece), end: firstOutput(piece + 1) };
}

/** Claims the next piece from the front (the calling thread) or from the back (the other); null once the two meet. */
export function claimPiece(claims: Int32Array, side: 'front' | 'back'): number | null {
  for (;;) {
    const word = Atomics.load(claims, 0);
    const front = word & 0xffff;
    const back = word >>> 16;
    if (front >= back) return null;
    const claimed = side === 'front' ? (back << 16) | (front + 1) : ((back - 1) << 16) | front;
    if (Atomics.compareExchange(claims, 0, word, claimed) === word) return side === 'front' ? front : back - 1;
  }
}

/** The first piece claimed from the back (`count` where none was): final once claimPiece has answered null. */
export function firstPieceFromBack(claims: Int32Array): number {
  return Atomics.load(claims, 0) >>> 16;
}
