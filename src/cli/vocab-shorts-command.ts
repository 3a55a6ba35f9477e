import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { copyFile, mkdir, mkdtemp, open, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { BadInputError } from '../engine/errors/index.ts';
import { MemoryStepCache } from '../engine/memory-step-cache.ts';
import type { ProgressEvent } from '../engine/progress-event.ts';
import { runPipeline } from '../engine/run-pipeline.ts';
import { sniffLength, sniffMediaType } from '../media/sniff-media-type.ts';
import { createLocalAssetStore } from '../pipelines/music-video/local-asset-store.ts';
import { formatChapters } from '../pipelines/vocabulary/shorts/plan-chapters.ts';
import { probeRecording, readShortsTranscript } from '../pipelines/vocabulary/shorts/read-shorts-sources.ts';
import { clipsThatFit, mostClips, shortestClipSeconds } from '../pipelines/vocabulary/shorts/shorts-contracts.ts';
import { shortsPipeline } from '../pipelines/vocabulary/shorts/shorts-pipeline.ts';
import { localUserId } from '../runtime/local-user.ts';
import { integerFlag, parseCommandLine } from './parse-command-line.ts';
import { ProgressBar } from './progress-bar.ts';

const usage = 'Use kiln vocab shorts RECORDING --transcript FILE --out DIR [--chat FILE] [--count 1-5] [--width W --height H] [--json].';

/**
 * `kiln vocab shorts RECORDING --transcript FILE --out DIR`: plans and renders the shorts of a
 * stream on this machine and writes short-01.mp4 …, chapters.txt and edit-points.json into DIR.
 * Like `kiln musicvideo` it runs the pipeline in this process on a throwaway asset folder, so it
 * needs no server and never touches a data folder a running server holds.
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
  const recordingHead = await readHead(recordingPath).catch(() => { throw new BadInputError(`Cannot read the recording ${positionals[0]}.`); });
  const mediaType = sniffMediaType(recordingHead);
  if (!mediaType?.accepted || !/^(audio|video)\//.test(mediaType.mediaType)) throw new BadInputError(`The recording ${positionals[0]} is not a video or audio file Kiln reads (MP4, WebM, MKV, WAV, MP3, FLAC, Ogg, M4A).`);
  // Checked before any work, so a wrong transcript is exit code 2 with a sentence, not minutes later.
  const facts = await probeRecording(recordingPath, basename(recordingPath));
  const transcript = await read(values.transcript, 'transcript');
  readShortsTranscript(transcript, facts.seconds);
  const fit = clipsThatFit(facts.seconds);
  const count = integerFlag(values.count, 'count', { min: 1, max: mostClips }) ?? fit;
  if (count > fit) throw new BadInputError(`The recording is ${facts.seconds.toFixed(1)} s long and holds ${fit} shorts of ${shortestClipSeconds} s; use --count ${fit} or fewer.`);

  const workDir = await mkdtemp(join(tmpdir(), 'kiln-vocab-shorts-'));
  const bar = values.json ? undefined : new ProgressBar();
  const controller = new AbortController();
  const onInterrupt = () => controller.abort();
  process.once('SIGINT', onInterrupt);
  try {
    const assets = await createLocalAssetStore(join(workDir, 'assets'));
    const put = async (data: Uint8Array | Readable, type: string, name: string) => (await assets.put({ ownerId: localUserId, data, mediaType: type, name })).id;
    const input = {
      recordingAssetId: await put(createReadStream(recordingPath), mediaType.mediaType, basename(recordingPath)),
      transcriptAssetId: await put(transcript, 'text/plain', basename(values.transcript)),
      ...(values.chat ? { chatAssetId: await put(await read(values.chat, 'chat log'), 'text/plain', basename(values.chat)) } : {}),
      count,
      width: integerFlag(values.width, 'width', { min: 180, max: 1080 }),
      height: integerFlag(values.height, 'height', { min: 320, max: 1920 }),
    };
    const run = await runPipeline(shortsPipeline, {
      jobId: randomUUID(), ownerId: localUserId, input, signal: controller.signal, cache: new MemoryStepCache(), services: { assets },
      onEvent: (event: ProgressEvent) => bar?.handle(event),
    });
    await mkdir(values.out, { recursive: true });
    const files: string[] = [];
    // Each file is written under a temporary name and renamed, so an interrupted run leaves no half file.
    const place = async (name: string, write: (path: string) => Promise<void>) => {
      const target = join(values.out!, name);
      await write(`${target}.partial`);
      await rename(`${target}.partial`, target);
      files.push(target);
    };
    for (const short of run.output.shorts) {
      const asset = await assets.get(localUserId, short.assetId);
      await place(asset.name, async (path) => copyFile(await assets.localFile(asset, workDir), path));
    }
    await place('chapters.txt', (path) => writeFile(path, formatChapters(run.output.chapters)));
    const planAsset = await assets.get(localUserId, run.output.planAssetId);
    await place('edit-points.json', async (path) => copyFile(await assets.localFile(planAsset, workDir), path));
    const { shorts: _shorts, planAssetId: _plan, ...plan } = run.output;
    if (values.json) process.stdout.write(`${JSON.stringify({ files, clips: plan.clips.map(({ subtitles: _subtitles, ...clip }) => clip), chapters: plan.chapters, warnings: plan.warnings })}\n`);
    else {
      const lines = plan.clips.map((clip) => `short-${String(clip.index).padStart(2, '0')}.mp4  ${clip.start.toFixed(1)}–${clip.end.toFixed(1)} s  score ${clip.score.total.toFixed(2)}  ${clip.title}`);
      process.stdout.write(`${lines.join('\n')}\n${formatChapters(plan.chapters)}${plan.warnings.map((warning) => `warning: ${warning}\n`).join('')}${files.map((file) => `wrote ${file}`).join('\n')}\n`);
    }
    return 0;
  } finally {
    process.off('SIGINT', onInterrupt);
    await rm(workDir, { recursive: true, force: true });
  }
}

async function readHead(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = new Uint8Array(sniffLength);
    const { bytesRead } = await handle.read(buffer, 0, sniffLength, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
