import { decodeFully, type DecodeFullyOptions, type FullyDecoded } from './decode-fully.ts';

/**
 * Converts a song once into plain 16-bit stereo FLAC at 44.1 kHz: the only form of it later steps
 * read. Tags and every stream but the first audio one are dropped, so nothing the uploader wrote
 * besides the sound travels on. Returns what the source's header claimed and how much was decoded.
 */
export async function convertSongToFlac(inputPath: string, outputPath: string, options: Omit<DecodeFullyOptions, 'outputArgs'> = {}): Promise<FullyDecoded> {
  return decodeFully(inputPath, {
    ...options,
    outputArgs: [
      '-map', '0:a:0', '-map_metadata', '-1', '-map_chapters', '-1', '-vn', '-sn', '-dn',
      '-c:a', 'flac', '-ac', '2', '-ar', '44100', '-sample_fmt', 's16', '-f', 'flac', '-y', outputPath,
    ],
  });
}
