import { MediaError } from '../../../engine/errors/index.ts';
import { runFfmpeg } from '../../../media/ffmpeg/run-ffmpeg.ts';

/** The poster's width: a Library card or a phone's column, never the full 1080 px frame. */
const posterWidth = 360;

/**
 * A JPEG of one frame of a rendered short, for its `<video poster>` and its Library card: without
 * one a browser shows an empty box until the video loads. The frame is taken a third of the way in,
 * where the first subtitle is already on screen (the very first frame is often a fade or silence).
 */
export async function shortPosterFrame(videoPath: string, outputPath: string, seconds: number, signal?: AbortSignal): Promise<void> {
  const at = Math.max(0, seconds / 3);
  try {
    await runFfmpeg([
      '-hide_banner', '-nostdin', '-v', 'error', '-y',
      // Sought before -i: a fast seek to the nearest key frame, then decoded exactly to `at`.
      '-ss', at.toFixed(3), '-i', videoPath,
      '-frames:v', '1', '-vf', `scale=${posterWidth}:-2`, '-q:v', '4', outputPath,
    ], { signal, timeoutMs: 60_000 });
  } catch (error) {
    if (error instanceof MediaError) throw new MediaError(`The short's poster frame could not be taken: ${error.message}`, { cause: error, details: error.details });
    throw error;
  }
}
