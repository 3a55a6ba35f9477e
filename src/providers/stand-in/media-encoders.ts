/**
 * Encoders for the stand-in servers' answers: a WAV (16-bit mono PCM) and a PNG (8-bit RGB), built
 * from first principles so tests need no fixtures. The WAV may carry a comment (a RIFF INFO ICMT
 * chunk): the OpenAI stand-in writes the spoken text there and its transcriber reads it back.
 */
import { crc32, deflateSync } from 'node:zlib';

export function encodeWav(samples: Float32Array, sampleRate: number, comment?: string): Uint8Array {
  const commentBytes = comment === undefined ? undefined : Buffer.from(`${comment}\0`, 'utf8');
  const commentChunk = commentBytes ? 8 + 4 + 8 + commentBytes.length + (commentBytes.length % 2) : 0;
  const dataBytes = samples.length * 2;
  const buffer = Buffer.alloc(44 + dataBytes + commentChunk);
  buffer.write('RIFF', 0, 'ascii');
  buffer.writeUInt32LE(buffer.length - 8, 4);
  buffer.write('WAVE', 8, 'ascii');
  buffer.write('fmt ', 12, 'ascii');
  buffer.writeUInt32LE(16, 16);
  buffer.writeUInt16LE(1, 20); // PCM
  buffer.writeUInt16LE(1, 22); // mono
  buffer.writeUInt32LE(sampleRate, 24);
  buffer.writeUInt32LE(sampleRate * 2, 28);
  buffer.writeUInt16LE(2, 32);
  buffer.writeUInt16LE(16, 34);
  buffer.write('data', 36, 'ascii');
  buffer.writeUInt32LE(dataBytes, 40);
  samples.forEach((sample, index) => buffer.writeInt16LE(Math.round(Math.max(-1, Math.min(1, sample)) * 32767), 44 + index * 2));
  if (commentBytes) {
    let at = 44 + dataBytes;
    buffer.write('LIST', at, 'ascii');
    buffer.writeUInt32LE(commentChunk - 8, at + 4);
    buffer.write('INFO', at + 8, 'ascii');
    buffer.write('ICMT', at + 12, 'ascii');
    buffer.writeUInt32LE(commentBytes.length, at + 16);
    commentBytes.copy(buffer, at + 20);
  }
  return new Uint8Array(buffer);
}

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
