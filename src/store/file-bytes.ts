import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/** Block size of the reads; a lookup's last probes and its lines mostly fall in one block. */
const blockBytes = 16 * 1024;
/** Blocks kept (4 MB): the binary search's first probes are the same for every key, so they stay. */
const keptBlocks = 256;

/**
 * The bytes of a large sorted file from `offset` on, read from the file as they are needed instead
 * of held whole: the parts of a Buffer that a search over sorted lines (sorted-lines.ts) and its
 * readers use. For an index that is searched often but read in small parts: EDICT's, 40 MB, was a
 * tenth of a `kiln vocab extract`'s peak memory as one Buffer. Reads are synchronous (a few µs each
 * from the page cache), like a lookup in memory; the file must not change while it is open (indexes
 * are replaced by rename, which leaves an open file as it was).
 */
export class FileBytes {
  readonly length: number;
  private readonly descriptor: number;
  private readonly offset: number;
  private readonly blocks = new Map<number, Buffer>();

  constructor(path: string, offset = 0) {
    this.descriptor = openSync(path, 'r');
    this.offset = offset;
    this.length = Math.max(0, fstatSync(this.descriptor).size - offset);
  }

  /** The first position at or after `from` holding `byte`, or -1. */
  indexOf(byte: number, from = 0): number {
    for (let position = Math.max(0, from); position < this.length;) {
      const index = Math.floor(position / blockBytes);
      const block = this.block(index);
      const found = block.indexOf(byte, position - index * blockBytes);
      if (found >= 0) return index * blockBytes + found;
      position = (index + 1) * blockBytes;
    }
    return -1;
  }

  /** As Buffer's toString: an empty string when `end` is not past `start`. */
  toString(encoding: BufferEncoding, start = 0, end = this.length): string {
    const stop = Math.min(end, this.length);
    return stop <= start ? '' : this.slice(Math.max(0, start), stop).toString(encoding);
  }

  close(): void {
    closeSync(this.descriptor);
  }

  private slice(start: number, end: number): Buffer {
    const first = Math.floor(start / blockBytes);
    const last = Math.floor(Math.max(start, end - 1) / blockBytes);
    if (first === last) return this.block(first).subarray(start - first * blockBytes, end - first * blockBytes);
    const parts: Buffer[] = [];
    for (let index = first; index <= last; index += 1) {
      const block = this.block(index);
      parts.push(block.subarray(Math.max(0, start - index * blockBytes), Math.min(block.length, end - index * blockBytes)));
    }
    return Buffer.concat(parts);
  }

  private block(index: number): Buffer {
    let block = this.blocks.get(index);
    if (block) {
      // Most recently used last, so the first key is the one to drop.
      this.blocks.delete(index);
    } else {
      block = Buffer.allocUnsafe(Math.min(blockBytes, this.length - index * blockBytes));
      for (let read = 0; read < block.length;) {
        const got = readSync(this.descriptor, block, read, block.length - read, this.offset + index * blockBytes + read);
        if (got === 0) throw new Error(`The file ended ${block.length - read} bytes early: it changed while open.`);
        read += got;
      }
      if (this.blocks.size >= keptBlocks) this.blocks.delete(this.blocks.keys().next().value!);
    }
    this.blocks.set(index, block);
    return block;
  }
}
