import { MediaError } from '../../engine/errors/index.ts';
import { forcedInputArgs } from './forced-input-args.ts';
import { runFfmpeg, type RunFfmpegOptions } from './run-ffmpeg.ts';
import { withInputFile, type MediaInput } from './with-input-file.ts';

/**
 * Reads a media file's duration in seconds from its container header without decoding it. Uses
 * ffmpeg alone (`-t 0` to a null output) so Kiln needs no ffprobe.
 */
export async function probeDuration(input: MediaInput, options: RunFfmpegOptions = {}): Promise<number> {
  return withInputFile(input, async (path) => {
    const result = await runFfmpeg(['-hide_banner', '-nostdin', ...(await forcedInputArgs(path)), '-t', '0', '-f', 'null', '-'], {
      timeoutMs: 30_000,
      ...options,
    });
    const match = /Duration:\s*(\d+):(\d{2}):(\d{2}(?:\.\d+)?)/.exec(result.stderr);
    if (!match) {
      throw new MediaError('ffmpeg did not report a duration for this file; it may be a live stream or an image.');
    }
    return Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]);
  });
}
