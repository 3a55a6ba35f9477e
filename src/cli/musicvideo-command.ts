import { stat } from 'node:fs/promises';
import { loadConfig } from '../config/index.ts';
import { BadInputError } from '../engine/errors/index.ts';
import type { ProgressEvent } from '../engine/progress-event.ts';
import { runMusicVideoLocally } from '../pipelines/music-video/run-music-video-locally.ts';
import { integerFlag, parseCommandLine } from './parse-command-line.ts';
import { ProgressBar } from './progress-bar.ts';

/**
 * `kiln musicvideo song.mp3 [--character a.png ...] [--style "..."] [--moments 7] --out DIR`:
 * makes the music video on this machine and writes final_video.mp4, analysis.json, the key-moment
 * pictures and the thumbnail into DIR. It runs the pipeline in this process on a throwaway asset
 * folder, so it needs no server and never opens a data folder a running server holds.
 */
export async function musicVideoCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandLine(args, {
    character: { type: 'string', multiple: true, default: [] },
    style: { type: 'string' },
    moments: { type: 'string' },
    width: { type: 'string' },
    height: { type: 'string' },
    fps: { type: 'string' },
    'beat-offset': { type: 'string' },
    out: { type: 'string' },
    json: { type: 'boolean', default: false },
  }, true);
  const [songPath, ...extra] = positionals;
  if (!songPath || extra.length > 0) throw new BadInputError('Name one song, e.g. `kiln musicvideo song.mp3 --out video/`.');
  if (!values.out) throw new BadInputError('Say where to write the video with --out DIR.');
  // Checked before the work, not after minutes of rendering.
  const outStat = await stat(values.out).catch(() => undefined);
  if (outStat && !outStat.isDirectory()) throw new BadInputError(`${values.out} is a file; name a folder with --out.`);
  const beatOffset = values['beat-offset'] === undefined ? undefined : Number(values['beat-offset']);
  if (beatOffset !== undefined && !(Math.abs(beatOffset) <= 0.5)) {
    throw new BadInputError(`--beat-offset must be a number of seconds from -0.5 to 0.5; got "${values['beat-offset']}".`);
  }

  const config = await loadConfig({ cwd: process.cwd(), env: process.env });
  const bar = values.json ? undefined : new ProgressBar();
  const steps: Record<string, { seconds: number; cached: boolean; servedBy: string[] }> = {};
  const onEvent = (event: ProgressEvent) => {
    bar?.handle(event);
    if (event.type === 'step-end') steps[event.step] = { seconds: event.durationMs / 1000, cached: event.cached, servedBy: event.servedBy };
  };
  const controller = new AbortController();
  const onInterrupt = () => controller.abort();
  process.once('SIGINT', onInterrupt);
  try {
    const { run, files } = await runMusicVideoLocally({
      songPath,
      characterPaths: values.character,
      style: values.style,
      moments: integerFlag(values.moments, 'moments', { min: 3, max: 24 }),
      width: integerFlag(values.width, 'width', { min: 320, max: 1920 }),
      height: integerFlag(values.height, 'height', { min: 180, max: 1080 }),
      fps: integerFlag(values.fps, 'fps', { min: 12, max: 30 }),
      beatOffsetSeconds: beatOffset,
      outDir: values.out,
      config,
      signal: controller.signal,
      onEvent,
    });
    if (values.json) {
      process.stdout.write(`${JSON.stringify({ files, steps, output: run.output })}\n`);
    } else {
      const timing = Object.entries(steps).map(([name, step]) => `${name} ${step.seconds.toFixed(1)} s${step.servedBy.length ? ` (${[...new Set(step.servedBy)].join(', ')})` : ''}`);
      process.stdout.write(`${files.map((file) => `wrote ${file}`).join('\n')}\n${timing.join(' · ')}\n`);
    }
    return 0;
  } finally {
    process.off('SIGINT', onInterrupt);
  }
}
