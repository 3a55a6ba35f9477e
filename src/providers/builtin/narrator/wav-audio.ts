import { InvalidOutputError } from '../../../engine/errors/index.ts';

/** Mono 16-bit PCM: what eSpeak writes and what the narrator joins. */
export interface PcmAudio {
  samples: Int16Array;
  sampleRate: number;
}

/** Reads a mono 16-bit PCM WAV file, walking its chunks to the `data` chunk. */
export function readWav(bytes: Uint8Array): PcmAudio {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tag = (offset: number) => String.fromCharCode(...bytes.subarray(offset, offset + 4));
  if (bytes.length < 44 || tag(0) !== 'RIFF' || tag(8) !== 'WAVE') throw new InvalidOutputError('The speech engine wrote something that is not a WAV file.');
  let offset = 12;
  let sampleRate = 0;
  while (offset + 8 <= bytes.length) {
    const size = view.getUint32(offset + 4, true);
    if (tag(offset) === 'fmt ') {
      const channels = view.getUint16(offset + 10, true);
      sampleRate = view.getUint32(offset + 12, true);
      if (channels !== 1 || view.getUint16(offset + 22, true) !== 16) throw new InvalidOutputError('The speech engine wrote WAV that is not mono 16-bit.');
    } else if (tag(offset) === 'data') {
      // Streamed WAV files may leave the size unset; take what is there.
      const length = Math.min(size, bytes.length - offset - 8) >> 1;
      const samples = new Int16Array(length);
      for (let index = 0; index < length; index += 1) samples[index] = view.getInt16(offset + 8 + index * 2, true);
      return { samples, sampleRate };
    }
    offset += 8 + size + (size % 2);
  }
  throw new InvalidOutputError('The WAV file from the speech engine has no data chunk.');
}
