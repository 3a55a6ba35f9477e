import { copyFile, mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { loadConfig } from '../config/index.ts';
import { BadInputError, KilnError } from '../engine/errors/index.ts';
import { readFileHead } from '../media/read-file-head.ts';
import { sniffMediaType } from '../media/sniff-media-type.ts';
import { formatChapters } from '../pipelines/vocabulary/shorts/plan-chapters.ts';
import { probeRecording, readShortsTranscript } from '../pipelines/vocabulary/shorts/read-shorts-sources.ts';
import { clipsThatFit, mostClips, shortestClipSeconds } from '../pipelines/vocabulary/shorts/shorts-contracts.ts';
import type { ShortsOutput } from '../pipelines/vocabulary/shorts/shorts-pipeline.ts';
import { createRuntime } from '../runtime/create-runtime.ts';
import { localUserId } from '../runtime/local-user.ts';
import { integerFlag, parseCommandLine } from './parse-command-line.ts';
import { storeShortsInput, type ShortsInputFile } from './store-shorts-input.ts';
import { waitForJob } from './wait-for-job.ts';

const usage = 'Use kiln vocab shorts RECORDING --transcript FILE --out DIR [--chat FILE] [--count 1-5] [--width W --height H] [--json].';

/**
 * `kiln vocab shorts RECORDING --transcript FILE --out DIR`: plans and renders the shorts of a
 * stream on this machine and writes short-01.mp4 …, chapters.txt and edit-points.json into DIR.
 * Like `kiln musicvideo` it runs the `vocabulary-shorts` job in this process on the data folder's
 * runtime, so the shorts are in the library and the same command run again reuses its finished
 * steps. Like any process, it cannot open a data folder a running server holds.
 */
export async function vocabShortsCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandLine(args, {
    transcript: { type: 'string' }, out: { type: 'string' }, chat: { type: 'string' }, count: { type: 'string' },
    width: { type: 'string' }, height: { type: 'string' }, json: { type: 'boolean', default: false },
  }, true);
  if (positionals.length !== 1) throw new BadInputError(`Name one recording. ${usage}`);
  if (!values.transcript) throw new BadInputError(`Name the recording's Japanese subtitles with --transcript FILE. ${usage}`);
  if (!values.out) throw new BadInputError(`Say where to write the shorts with --out DIR. ${usage}`);
  const outStat = await stat(values.out).catch(() => undefined);
  if (outStat && !outStat.isDirectory()) throw new BadInputError(`${values.out} is a file; name a folder with --out.`);
  const recordingPath = resolve(positionals[0]);
  const read = (path: string, what: string) => readFile(resolve(path)).catch(() => { throw new BadInputError(`Cannot read the ${what} ${path}.`); });
  const recordingHead = await readFileHead(recordingPath).catch(() => { throw new BadInputError(`Cannot read the recording ${positionals[0]}.`); });
  const mediaType = sniffMediaType(recordingHead);
  if (!mediaType?.accepted || !/^(audio|video)\//.test(mediaType.mediaType)) throw new BadInputError(`The recording ${positionals[0]} is not a video or audio file Kiln reads (MP4, WebM, MKV, WAV, MP3, FLAC, Ogg, M4A).`);
  // Checked before any work, so a wrong transcript is exit code 2 with a sentence, not minutes later.
  const facts = await probeRecording(recordingPath, basename(recordingPath));
  const transcript = await read(values.transcript, 'transcript');
  readShortsTranscript(transcript, facts.seconds);
  const fit = clipsThatFit(facts.seconds);
  const count = integerFlag(values.count, 'count', { min: 1, max: mostClips }) ?? fit;
  if (count > fit) throw new BadInputError(`The recording is ${facts.seconds.toFixed(1)} s long and holds ${fit} shorts of ${shortestClipSeconds} s; use --count ${fit} or fewer.`);

  const width = integerFlag(values.width, 'width', { min: 180, max: 1080 });
  const height = integerFlag(values.height, 'height', { min: 320, max: 1920 });
  const chat = values.chat ? await read(values.chat, 'chat log') : undefined;

  const config = await loadConfig({ cwd: process.cwd(), env: process.env });
  const runtime = await createRuntime({ config, withWorker: true, workerConcurrency: 1 });
  try {
    const known = await runtime.assets.list(localUserId, { limit: 1000 });
    const store = (file: ShortsInputFile) => storeShortsInput(runtime.assets, known, file);
    const input = Object.fromEntries(Object.entries({
      recordingAssetId: await store({ path: recordingPath, mediaType: mediaType.mediaType, name: basename(recordingPath) }),
      transcriptAssetId: await store({ data: transcript, mediaType: 'text/plain', name: basename(values.transcript) }),
      chatAssetId: chat && values.chat ? await store({ data: chat, mediaType: 'text/plain', name: basename(values.chat) }) : undefined,
      count, width, height,
    }).filter(([, value]) => value !== undefined));
    const created = await runtime.jobs.create(localUserId, 'vocabulary-shorts', input);
    const job = await waitForJob(runtime, created, { json: values.json });
    if (job.state !== 'succeeded') throw new KilnError((job.error?.code ?? 'internal') as KilnError['code'], `The shorts were not made: ${job.error?.message ?? job.state}.`);
    const output = job.output as ShortsOutput;
    await mkdir(values.out, { recursive: true });
    const files: string[] = [];
    // Each file is written under a temporary name and renamed, so an interrupted run leaves no half file.
    const place = async (name: string, write: (path: string) => Promise<void>) => {
      const target = join(values.out!, name);
      await write(`${target}.partial`);
      await rename(`${target}.partial`, target);
      files.push(target);
    };
    const copyAsset = async (assetId: string, name?: string) => {
      const asset = await runtime.assets.get(localUserId, assetId);
      await place(name ?? asset.name, (path) => runtime.assets.withLocalFile(asset, (source) => copyFile(source, path)));
    };
    for (const short of output.shorts) await copyAsset(short.assetId);
    await place('chapters.txt', (path) => writeFile(path, formatChapters(output.chapters)));
    await copyAsset(output.planAssetId, 'edit-points.json');
    const steps = Object.fromEntries(job.steps.filter((step) => step.state === 'succeeded').map((step) => [step.name, { seconds: (step.durationMs ?? 0) / 1000, cached: step.cached }]));
    const { shorts: _shorts, planAssetId: _plan, ...plan } = output;
    if (values.json) process.stdout.write(`${JSON.stringify({ jobId: job.id, files, clips: plan.clips.map(({ subtitles: _subtitles, ...clip }) => clip), chapters: plan.chapters, warnings: plan.warnings, steps })}\n`);
    else {
      const lines = plan.clips.map((clip) => `short-${String(clip.index).padStart(2, '0')}.mp4  ${clip.start.toFixed(1)}–${clip.end.toFixed(1)} s  score ${clip.score.total.toFixed(2)}  ${clip.title}`);
      process.stdout.write(`${lines.join('\n')}\n${formatChapters(plan.chapters)}${plan.warnings.map((warning) => `warning: ${warning}\n`).join('')}${files.map((file) => `wrote ${file}`).join('\n')}\n`);
    }
    return 0;
  } finally {
    await runtime.close();
  }
}
