import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { loadConfig } from '../config/index.ts';
import { BadInputError, KilnError } from '../engine/errors/index.ts';
import { writeFileAtomically } from '../engine/write-file-atomically.ts';
import type { MusicVideoOutput } from '../pipelines/music-video/music-video-pipeline.ts';
import { musicVideoLimits } from '../pipelines/music-video/music-video-input.ts';
import type { AssetStore } from '../runtime/contracts.ts';
import { createRuntime } from '../runtime/create-runtime.ts';
import { localUserId } from '../runtime/local-user.ts';
import { integerFlag, parseCommandLine, tempoFlag } from './parse-command-line.ts';
import { storeMusicVideoInputs } from './store-music-video-inputs.ts';
import { describeMadeBy } from './describe-made-by.ts';
import { waitForJob } from './wait-for-job.ts';
import { oneShotQueueTimings } from './one-shot-queue-timings.ts';
import { keepWasmOnBaselineCompiler } from '../store/keep-wasm-on-baseline-compiler.ts';

/**
 * `kiln musicvideo song.mp3 [--character a.png ...] [--style "..."] [--moments 7] [--bpm 90] [--dance] --out DIR`:
 * makes the music video on this machine and writes final_video.mp4, analysis.json, the key-moment
 * pictures and the thumbnail into DIR. It runs the `music-video` job in this process on the data
 * folder's runtime, so the video is in the library and the same command run again reuses its
 * finished steps. Like any process, it cannot open a data folder a running server holds.
 */
export async function musicVideoCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandLine(args, {
    character: { type: 'string', multiple: true, default: [] },
    style: { type: 'string' },
    moments: { type: 'string' },
    bpm: { type: 'string' },
    width: { type: 'string' },
    height: { type: 'string' },
    fps: { type: 'string' },
    'beat-offset': { type: 'string' },
    dance: { type: 'boolean', default: false },
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
  const offsets = musicVideoLimits.beatOffsetSeconds;
  if (beatOffset !== undefined && !(beatOffset >= offsets.min && beatOffset <= offsets.max)) {
    throw new BadInputError(`--beat-offset must be a number of seconds from ${offsets.min} to ${offsets.max}; got "${values['beat-offset']}".`);
  }
  if (values.dance && values.character.length === 0) {
    throw new BadInputError('--dance needs a character to dance: add --character picture.png.');
  }

  const config = await loadConfig({ cwd: process.cwd(), env: process.env });
  const settings = {
    style: values.style,
    moments: integerFlag(values.moments, 'moments', musicVideoLimits.moments),
    bpm: tempoFlag(values.bpm),
    width: integerFlag(values.width, 'width', musicVideoLimits.width),
    height: integerFlag(values.height, 'height', musicVideoLimits.height),
    fps: integerFlag(values.fps, 'fps', musicVideoLimits.fps),
    beatOffsetSeconds: beatOffset,
    // Left out when not asked for, so the job's input (and its cached steps) stay as before.
    dance: values.dance ? true : undefined,
  };
  // A run of a minute or more on one open database: PGlite's hot functions recompiled by TurboFan
  // cost ~1 CPU-s of compiles; the song's analysis, the one WebAssembly here that needs them, loses
  // ~0.15 CPU-s on a three-minute song without them (see keep-wasm-on-baseline-compiler.ts).
  keepWasmOnBaselineCompiler();
  const runtime = await createRuntime({ config, withWorker: true, workerConcurrency: 1, queueTimings: oneShotQueueTimings });
  try {
    const inputs = await storeMusicVideoInputs(runtime.assets, songPath, values.character);
    const input = Object.fromEntries(Object.entries({ ...settings, ...inputs }).filter(([, value]) => value !== undefined));
    const created = await runtime.jobs.create(localUserId, 'music-video', input);
    const job = await waitForJob(runtime, created, { json: values.json });
    const steps = Object.fromEntries(job.steps.map((step) => [step.name, { seconds: (step.durationMs ?? 0) / 1000, cached: step.cached, servedBy: step.servedBy }]));
    if (job.state !== 'succeeded') throw new KilnError((job.error?.code ?? 'internal') as KilnError['code'], `The music video was not made: ${job.error?.message ?? job.state}.`);
    const output = job.output as MusicVideoOutput;
    const files = await copyOutputs(runtime.assets, output, values.out);
    const madeBy = describeMadeBy(job, config);
    if (values.json) {
      process.stdout.write(`${JSON.stringify({ jobId: job.id, files, steps, output, ...madeBy.json })}\n`);
    } else {
      const timing = Object.entries(steps).map(([name, step]) => `${name} ${step.seconds.toFixed(1)} s${step.servedBy.length ? ` (${[...new Set(step.servedBy)].join(', ')})` : ''}`);
      process.stdout.write(`${files.map((file) => `wrote ${file}`).join('\n')}\n${timing.join(' · ')}\n${madeBy.text}`);
    }
    return 0;
  } finally {
    await runtime.close();
  }
}

/** Copies the video, the analysis, the pictures and the thumbnail into `outDir`, the video first. */
async function copyOutputs(assets: AssetStore, output: MusicVideoOutput, outDir: string): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const files: string[] = [];
  for (const id of [output.videoAssetId, output.analysisAssetId, ...output.imageAssetIds, output.thumbnailAssetId]) {
    const asset = await assets.get(localUserId, id);
    const target = join(outDir, asset.name);
    // An interrupted copy never looks like a finished file.
    await writeFileAtomically(target, await assets.read(asset));
    files.push(target);
  }
  return files;
}
