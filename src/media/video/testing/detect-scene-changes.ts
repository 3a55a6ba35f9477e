import { runFfmpeg } from '../../ffmpeg/run-ffmpeg.ts';

/** Each frame's time (seconds) and ffmpeg's scene score for it: 0 for a still, 1 for a wholly new picture. */
export async function sceneScores(videoPath: string): Promise<{ time: number; score: number }[]> {
  const { stdout } = await runFfmpeg([
    '-hide_banner', '-nostdin', '-v', 'error', '-i', videoPath,
    '-vf', `select='gte(scene,0)',metadata=print:file=-`, '-an', '-f', 'null', '-',
  ]);
  return [...stdout.toString('utf8').matchAll(/pts_time:([\d.]+)\s+lavfi\.scene_score=([\d.]+)/g)].map((match) => ({ time: Number(match[1]), score: Number(match[2]) }));
}

/**
 * The times at which a viewer sees a new picture: frames whose scene score is above `threshold`
 * (0.3 is ffmpeg's usual line between motion and a cut), or, in a dim picture whose changes all
 * score low, at least `threshold` × 2/3 and 2.5 times the busiest motion of the half second on
 * either side (the frame just after a cut, which still differs a little, aside).
 */
export async function detectSceneChanges(videoPath: string, threshold = 0.3): Promise<number[]> {
  const frames = await sceneScores(videoPath);
  return frames.flatMap(({ time, score }, index) => {
    if (score > threshold) return [time];
    if (score < (threshold * 2) / 3) return [];
    const around = frames.filter((other, at) => Math.abs(other.time - time) <= 0.5 && at !== index && at !== index + 1);
    return around.every((other) => other.score * 2.5 <= score) ? [time] : [];
  });
}
