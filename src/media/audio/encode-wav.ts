/**
 * The one WAV writer: mono 16-bit PCM, the format every decoder reads. Float samples (-1..1) are
 * clamped and scaled; 16-bit samples are written as they are. A comment goes in a RIFF LIST/INFO
 * ICMT chunk after the samples (the OpenAI stand-in writes the spoken text there for its transcriber).
 */
export function encodeWav(samples: Float32Array | Int16Array, sampleRate: number, comment?: string): Uint8Array {
  const commentBytes = comment === undefined ? undefined : new TextEncoder().encode(`${comment}\0`);
  const commentChunkBytes = commentBytes ? 20 + commentBytes.length + (commentBytes.length % 2) : 0;
  const dataBytes = samples.length * 2;
  const bytes = new Uint8Array(44 + dataBytes + commentChunkBytes);
  const view = new DataView(bytes.buffer);
  const ascii = (offset: number, text: string) => {
    for (let index = 0; index < text.length; index++) bytes[offset + index] = text.charCodeAt(index);
  };
  ascii(0, 'RIFF');
  view.setUint32(4, bytes.length - 8, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * 2, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  ascii(36, 'data');
  view.setUint32(40, dataBytes, true);
  writeSamples(samples, bytes);
  if (commentBytes) {
    const at = 44 + dataBytes;
    ascii(at, 'LIST');
    view.setUint32(at + 4, commentChunkBytes - 8, true);
    ascii(at + 8, 'INFO');
    ascii(at + 12, 'ICMT');
    view.setUint32(at + 16, commentBytes.length, true);
    bytes.set(commentBytes, at + 20);
  }
  return bytes;
}

const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * The samples as 16-bit little-endian PCM from byte 44. A story's narration is a million samples or
 * more, encoded on the server's thread: a typed-array copy, not a DataView call per sample (80 ms).
 */
function writeSamples(samples: Float32Array | Int16Array, bytes: Uint8Array): void {
  if (!littleEndian) {
    const view = new DataView(bytes.buffer);
    for (let index = 0; index < samples.length; index++) view.setInt16(44 + index * 2, toInt16(samples, index), true);
    return;
  }
  if (samples instanceof Int16Array) {
    bytes.set(new Uint8Array(samples.buffer, samples.byteOffset, samples.byteLength), 44);
    return;
  }
  // 44 is even, so the data sits on a 16-bit boundary of the new buffer.
  const out = new Int16Array(bytes.buffer, 44, samples.length);
  for (let index = 0; index < samples.length; index++) out[index] = toInt16(samples, index);
}

function toInt16(samples: Float32Array | Int16Array, index: number): number {
  const sample = samples[index];
  return samples instanceof Int16Array ? sample : Math.round(Math.max(-1, Math.min(1, sample)) * 32767);
}
