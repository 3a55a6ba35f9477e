import { InvalidOutputError } from '../../../engine/errors/index.ts';
import { readWavChunks } from '../../../media/audio/read-wav-chunks.ts';

/** Mono 16-bit PCM: what eSpeak writes and what the narrator joins. */
export interface PcmAudio {
  samples: Int16Array;
  sampleRate: number;
}

/** Reads a mono 16-bit PCM WAV file, walking its chunks to the `data` chunk. */
export function readWav(bytes: Uint8Array): PcmAudio {
  const chunks = bytes.length < 44 ? null : readWavChunks(bytes);
  if (!chunks) throw new InvalidOutputError('The speech engine wrote something that is not a WAV file.');
  const { format, dataOffset, dataSize } = chunks;
  if (format && (format.channels !== 1 || format.bits !== 16)) throw new InvalidOutputError('The speech engine wrote WAV that is not mono 16-bit.');
  if (dataOffset === undefined || dataSize === undefined) throw new InvalidOutputError('The WAV file from the speech engine has no data chunk.');
  if (!format) throw new InvalidOutputError('The WAV file from the speech engine has no format chunk before its samples.');
  // Streamed WAV files may leave the size unset; take what is there.
  const length = Math.min(dataSize, bytes.length - dataOffset) >> 1;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const samples = new Int16Array(length);
  for (let index = 0; index < length; index += 1) samples[index] = view.getInt16(dataOffset + index * 2, true);
  return { samples, sampleRate: format.sampleRate };
}
