import { writeFile } from 'node:fs/promises';
import { forcedInputArgs } from '../ffmpeg/forced-input-args.ts';
import { runFfmpeg } from '../ffmpeg/run-ffmpeg.ts';

/** The song's sound as every music video carries it. */
const aacArguments = ['-c:a', 'aac', '-b:a', '192k'];

/**
 * Encodes the song's sound as AAC into an M4A file: started beside the pictures' render, it takes
 * its second or two of one core while x264 waits on its own threads, instead of after the last frame.
 */
export async function encodeSongAsAac(options: { audioPath: string; outputPath: string; signal?: AbortSignal }): Promise<void> {
  await runFfmpeg([
    '-hide_banner', '-nostdin', '-v', 'error',
    // The song came from a user: its demuxer is forced, never guessed (a manifest could name other files).
    ...(await forcedInputArgs(options.audioPath)),
    '-map', '0:a:0', '-vn', ...aacArguments, '-f', 'mp4', '-y', options.outputPath,
  ], { signal: options.signal });
}

/**
 * Joins H.264 pieces without re-encoding (concat demuxer) and muxes the song in as AAC: the last
 * step of every music video render, whichever way its pictures were moved. With `audioIsAac` the
 * song is already AAC (encodeSongAsAac) and is copied as it is.
 */
export async function joinPiecesWithSong(options: {
  piecePaths: readonly string[];
  /**
   * Each piece's length in seconds, when known: the concat demuxer then starts the next piece exactly
   * there, instead of at the length the piece's file reports (a segment cut from a longer encode
   * reports a few milliseconds more, which over 80 shots drifts the picture off the song).
   */
  pieceSeconds?: readonly number[];
  listPath: string; audioPath: string; outputPath: string; audioIsAac?: boolean; signal?: AbortSignal;
}): Promise<void> {
  const quote = (path: string) => `'${path.replaceAll("'", "'\\''")}'`;
  const duration = (index: number) => (options.pieceSeconds ? `duration ${options.pieceSeconds[index]}\n` : '');
  await writeFile(options.listPath, options.piecePaths.map((path, index) => `file ${quote(path)}\n${duration(index)}`).join(''));
  await runFfmpeg([
    '-hide_banner', '-nostdin', '-v', 'error',
    '-f', 'concat', '-safe', '0', '-i', options.listPath,
    ...(await forcedInputArgs(options.audioPath)),
    '-map', '0:v:0', '-map', '1:a:0',
    '-c:v', 'copy', ...(options.audioIsAac ? ['-c:a', 'copy'] : aacArguments),
    '-movflags', '+faststart', '-y', options.outputPath,
  ], { signal: options.signal });
}
