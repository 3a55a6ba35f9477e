import type { Minimp3Decoder } from './minimp3-decoder.ts';

/**
 * The decoder's output as one stream of bytes, read forwards: halvePcm16 reads windows in order,
 * each overlapping the last by a few frames, so a short copy of the previous chunk's end serves the
 * overlap.
 */
export class ChunkedPcm {
  private chunk: Uint8Array = new Uint8Array(0);
  private chunkStart = 0;
  private readonly carry = new Uint8Array(16384);
  private carryLength = 0;
  // Not a parameter property: the tail's thread loads this file through Node's type stripping, which has none.
  private readonly decoder: Minimp3Decoder;

  constructor(decoder: Minimp3Decoder) {
    this.decoder = decoder;
  }

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
