import { writeFile } from 'node:fs/promises';
import { forcedInputArgs } from '../ffmpeg/forced-input-args.ts';
import { runFfmpeg } from '../ffmpeg/run-ffmpeg.ts';

/**
 * Joins H.264 pieces without re-encoding (concat demuxer) and muxes the song in as AAC: the last
 * step of every music video render, whichever way its pictures were moved.
 */
export async function joinPiecesWithSong(options: { piecePaths: readonly string[]; listPath: string; audioPath: string; outputPath: string; signal?: AbortSignal }): Promise<void> {
  const quote = (path: string) => `'${path.replaceAll("'", "'\\''")}'`;
  await writeFile(options.listPath, options.piecePaths.map((path) => `file ${quote(path)}\n`).join(''));
  await runFfmpeg([
    '-hide_banner', '-nostdin', '-v', 'error',
    '-f', 'concat', '-safe', '0', '-i', options.listPath,
    // The song came from a user: its demuxer is forced, never guessed (a manifest could name other files).
    ...(await forcedInputArgs(options.audioPath)),
    '-map', '0:v:0', '-map', '1:a:0',
    '-c:v', 'copy', '-c:a', 'aac', '-b:a', '192k',
    '-movflags', '+faststart', '-y', options.outputPath,
  ], { signal: options.signal });
}
