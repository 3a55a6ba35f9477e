import { runFfmpeg } from '../../ffmpeg/run-ffmpeg.ts';

/**
 * The times (seconds) at which ffmpeg's scene detection sees a new picture: frames whose scene score
 * is above `threshold` (0.3 is ffmpeg's usual line between motion and a cut). For tests that check
 * planned cuts are visible ones.
 */
export async function detectSceneChanges(videoPath: string, threshold = 0.3): Promise<number[]> {
  const { stdout } = await runFfmpeg([
    '-hide_banner', '-nostdin', '-v', 'error', '-i', videoPath,
    '-vf', `select='gt(scene,${threshold})',metadata=print:file=-`, '-an', '-f', 'null', '-',
  ]);
  return [...stdout.toString('utf8').matchAll(/pts_time:([\d.]+)/g)].map((match) => Number(match[1]));
}
