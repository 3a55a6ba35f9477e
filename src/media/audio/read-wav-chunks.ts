/** The `fmt ` chunk's fields; for WAVE_FORMAT_EXTENSIBLE (0xfffe) the sub-format's tag and valid bits. */
export interface WavFormat {
  /** 1 integer PCM, 3 float, or another format's tag. */
  tag: number;
  channels: number;
  sampleRate: number;
  blockAlign: number;
  bits: number;
  /** Only in WAVE_FORMAT_EXTENSIBLE: the bits of each sample that hold sound. */
  validBits?: number;
}

/** Where a WAV file's samples are, and how they are stored; absent what the file lacks. */
export interface WavChunks {
  /** Absent when the `fmt ` chunk is missing, shorter than 16 bytes or cut off. */
  format?: WavFormat;
  /** The samples' first byte; absent without a `data` chunk. */
  dataOffset?: number;
  /** The size the `data` chunk gives, as written (a streamed file may give 0 or 2³²−1). */
  dataSize?: number;
}

/**
 * Walks the chunks of a RIFF/WAVE file (or its first bytes) up to `data`, the one reader of WAV
 * headers: null unless the bytes start as a WAV file. What a caller accepts is its own choice.
 */
export function readWavChunks(bytes: Uint8Array): WavChunks | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = (offset: number) => String.fromCharCode(...bytes.subarray(offset, offset + 4));
  if (bytes.length < 12 || text(0) !== 'RIFF' || text(8) !== 'WAVE') return null;
  const chunks: WavChunks = {};
  for (let offset = 12; offset + 8 <= bytes.length; ) {
    const id = text(offset);
    const size = view.getUint32(offset + 4, true);
    if (id === 'data') return { ...chunks, dataOffset: offset + 8, dataSize: size };
    if (id === 'fmt ') {
      // A short or cut-off format chunk ends the walk: nothing after it can be trusted.
      if (size < 16 || offset + 8 + size > bytes.length) return {};
      chunks.format = readFormat(view, offset + 8, size);
    }
    offset += 8 + size + (size % 2);
  }
  return chunks;
}

function readFormat(view: DataView, at: number, size: number): WavFormat {
  const format: WavFormat = {
    tag: view.getUint16(at, true),
    channels: view.getUint16(at + 2, true),
    sampleRate: view.getUint32(at + 4, true),
    blockAlign: view.getUint16(at + 12, true),
    bits: view.getUint16(at + 14, true),
  };
  if (format.tag === 0xfffe && size >= 40) {
    format.validBits = view.getUint16(at + 18, true);
    format.tag = view.getUint16(at + 24, true); // the first two bytes of the sub-format GUID
  }
  return format;
}
