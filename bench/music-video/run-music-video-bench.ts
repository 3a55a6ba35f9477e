// Music video end to end with the built-in backends: a synthetic three-minute song and one character
// picture through analyze → images → video, in process as `kiln musicvideo` runs it. Prints each
// step's wall time, the whole run, and the CPU seconds spent (this process and its ffmpeg children),
// which stays meaningful when other work shares the machine; the last line is JSON.
// Run: npx tsx bench/music-video/run-music-video-bench.ts [--seconds 180] [--moments 7] [--width 960] [--height 540] [--fps 24]
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../src/config/index.ts';
import { renderTestSongWav } from '../../src/media/audio/testing/render-test-song.ts';
import { probeMedia } from '../../src/media/video/probe-media.ts';
import { characterPng } from '../../src/pipelines/music-video/testing/music-video-fixtures.ts';
import { runMusicVideoLocally } from '../../src/pipelines/music-video/run-music-video-locally.ts';
import { round } from '../lib/statistics.ts';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '180' },
    moments: { type: 'string', default: '7' },
    width: { type: 'string', default: '960' },
    height: { type: 'string', default: '540' },
    fps: { type: 'string', default: '24' },
  },
});

/** CPU seconds of this process plus every child it has waited for (ffmpeg), from /proc on Linux. */
async function cpuSeconds(): Promise<number | null> {
  try {
    const fields = (await readFile('/proc/self/stat', 'utf8')).split(') ')[1].split(' ');
    // After the command name: utime, stime, cutime, cstime are fields 12–15 (0-based 11–14), in clock ticks.
    const ticks = fields.slice(11, 15).reduce((sum, value) => sum + Number(value), 0);
    return ticks / 100;
  } catch {
    return null;
  }
}

const directory = await mkdtemp(join(tmpdir(), 'kiln-music-video-bench-'));
try {
  const seconds = Number(values.seconds);
  const { wav } = renderTestSongWav({ style: 'electronic', bpm: 124, seconds, seed: 2024, sampleRate: 44100 });
  const songPath = join(directory, 'song.wav');
  const characterPath = join(directory, 'hero.png');
  await writeFile(songPath, wav);
  await writeFile(characterPath, await characterPng());
  const config = await loadConfig({ cwd: directory, env: { ...process.env, KILN_DATA_DIR: directory } });

  const steps: Record<string, number> = {};
  const cpuBefore = await cpuSeconds();
  const started = performance.now();
  const { run, files } = await runMusicVideoLocally({
    songPath,
    characterPaths: [characterPath],
    style: 'a fox and a robot in a neon city at night',
    moments: Number(values.moments),
    width: Number(values.width),
    height: Number(values.height),
    fps: Number(values.fps),
    outDir: join(directory, 'out'),
    config,
    onEvent: (event) => {
      if (event.type === 'step-end') {
        steps[event.step] = event.durationMs / 1000;
        console.log(`${event.step.padEnd(8)} ${(event.durationMs / 1000).toFixed(2).padStart(7)} s${event.servedBy.length ? `  (${[...new Set(event.servedBy)].join(', ')})` : ''}`);
      }
    },
  });
  const totalSeconds = (performance.now() - started) / 1000;
  const cpuAfter = await cpuSeconds();
  const probed = await probeMedia(files[0]);
  console.log(`total    ${totalSeconds.toFixed(2).padStart(7)} s for a ${seconds} s song at ${values.width}x${values.height}, ${values.fps} fps, ${run.output.imageAssetIds.length} pictures`);
  console.log(JSON.stringify({
    song_seconds: seconds,
    size: `${values.width}x${values.height}`,
    fps: Number(values.fps),
    pictures: run.output.imageAssetIds.length,
    cuts: run.output.cuts.length,
    steps_s: Object.fromEntries(Object.entries(steps).map(([name, value]) => [name, round(value, 2)])),
    total_s: round(totalSeconds, 2),
    cpu_s: cpuBefore === null || cpuAfter === null ? null : round(cpuAfter - cpuBefore, 1),
    cores: availableParallelism(),
    video_duration_s: probed.duration,
    duration_error_s: probed.duration === undefined ? null : round(Math.abs(probed.duration - run.output.duration), 3),
  }));
} finally {
  await rm(directory, { recursive: true, force: true });
}
