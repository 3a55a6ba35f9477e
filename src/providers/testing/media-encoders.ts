/**
 * What the stand-in servers' answers are made and checked with: a WAV reader (sample rate, length and
 * the comment src/media/audio/encode-wav.ts may write) and a PNG (8-bit RGB) writer, built from first
 * principles so tests need no fixtures.
 */
import { crc32, deflateSync } from 'node:zlib';

/** Reads a WAV's sample rate, length and comment; undefined when the bytes are not a WAV. */
export function readWav(bytes: Uint8Array): { sampleRate: number; durationSeconds: number; comment?: string } | undefined {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.length < 12 || buffer.toString('ascii', 0, 4) !== 'RIFF' || buffer.toString('ascii', 8, 12) !== 'WAVE') return undefined;
  let sampleRate = 0;
  let bytesPerSecond = 0;
  let dataBytes = 0;
  let comment: string | undefined;
  for (let at = 12; at + 8 <= buffer.length; ) {
    const id = buffer.toString('ascii', at, at + 4);
    const size = buffer.readUInt32LE(at + 4);
    if (id === 'fmt ') {
      sampleRate = buffer.readUInt32LE(at + 12);
      bytesPerSecond = buffer.readUInt32LE(at + 16);
    } else if (id === 'data') {
      dataBytes = size;
    } else if (id === 'LIST' && buffer.toString('ascii', at + 8, at + 12) === 'INFO' && buffer.toString('ascii', at + 12, at + 16) === 'ICMT') {
      comment = buffer.toString('utf8', at + 20, at + 20 + buffer.readUInt32LE(at + 16)).replace(/\0+$/, '');
    }
    at += 8 + size + (size % 2);
  }
  return { sampleRate, durationSeconds: bytesPerSecond > 0 ? dataBytes / bytesPerSecond : 0, comment };
}

/** A PNG whose pixel at (x, y) is `color(x, y)` as [red, green, blue]. */
export function encodePng(width: number, height: number, color: (x: number, y: number) => [number, number, number]): Uint8Array {
  // Each row starts with filter type 0 (none).
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) raw.set(color(x, y), y * (width * 3 + 1) + 1 + x * 3);
  }
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const checksum = Buffer.alloc(4);
    checksum.writeUInt32BE(crc32(typed));
    return Buffer.concat([length, typed, checksum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit depth, RGB, deflate, adaptive filtering, no interlace
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Uint8Array(Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]));
}

/** Width and height from a PNG header. */
export function readPngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.length < 24 || buffer.readUInt32BE(0) !== 0x89504e47) return undefined;
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}
