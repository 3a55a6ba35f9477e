import { mkdtemp, rename, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { BadInputError } from '../../engine/errors/index.ts';
import { checkFfmpegFeatures } from '../ffmpeg/check-ffmpeg-features.ts';
import { findFfmpeg } from '../ffmpeg/find-ffmpeg.ts';
import { runFfmpeg } from '../ffmpeg/run-ffmpeg.ts';
import { encodeSongAsAac, joinPiecesWithSong } from './mux-song.ts';
import { batchArguments, shotSegmentPath } from './batch-arguments.ts';
import { planCuts, type CutPlan, type SceneMoment } from './plan-cuts.ts';
import { batchRenderPieces, planRenderPieces, type RenderPiece } from './plan-render-pieces.ts';
import type { PieceContext } from './piece-graph.ts';
import { piecesByShot, runsOfShots, shotClipKey, type ShotClipCache, type ShotInputKeys } from './shot-clips.ts';
import { planShots, type ShotPlanOptions } from './plan-shots.ts';
import { moveCuts, type CutMove } from './move-cuts.ts';
import { scalerCpuFlags } from './scaler-cpu-flags.ts';
import type { FocusPoint } from './shot-camera.ts';
import type { DancerPlace } from './dance-filter.ts';
import { planInstrumentEffects } from './instrument-effects.ts';
import type { InstrumentEvents } from '../audio/audio-analysis-schema.ts';

export interface RenderBeatVideoOptions {
  /** The song; its sound goes into the video as AAC. */
  audioPath: string;
  /** Length of the song in seconds (from the decode, which is exact); the video is as long. */
  duration: number;
  /** One still per key moment, in the moments' order. */
  imagePaths: readonly string[];
  moments: readonly SceneMoment[];
  beats: readonly number[];
  bpm: number;
  /** Moves every cut off its beat by this many seconds. Default 0. */
  beatOffsetSeconds?: number;
  /**
   * The song's bars, sections and loudness. With them the video cuts on downbeats in the music's
   * rhythm (planShots); without them, once per key moment on its beat (planCuts).
   */
  structure?: Pick<ShotPlanOptions, 'downbeats' | 'sections' | 'intensityCurve'>;
  /** Where each picture's subject is (moments' order), for the close-ups. */
  focusPoints?: readonly FocusPoint[];
  /**
   * Characters to dance over the pictures: cut-out PNGs (transparent around the character) with
   * their sizes, and for each picture (moments' order) where each stands, or nothing where the
   * picture has them drawn in.
   */
  dancers?: {
    imagePaths: readonly string[];
    sizes: readonly { width: number; height: number }[];
    places: readonly (readonly DancerPlace[] | undefined)[];
  };
  /**
   * The song's onsets by instrument (the analysis' `instruments`): kicks push the camera, snares
   * brighten, hats shimmer, notes swing the colour. Without them the camera pulses on the beat grid.
   */
  instruments?: InstrumentEvents;
  width: number;
  height: number;
  fps: number;
  /** Where the MP4 is written. */
  outputPath: string;
  /** libx264 quality, 0 (lossless) to 51; 23 by default. Tests that compare frames ask for 0. */
  crf?: number;
  /**
   * Shots rendered before, by key: with it each shot is its own clip, those already kept are reused
   * and only the rest rendered (still several shots to a process). Needs `inputKeys`.
   */
  shotCache?: ShotClipCache;
  /** Cuts a person moved after seeing the video (see moveCuts), applied to the plan in order. */
  cutMoves?: readonly CutMove[];
  inputKeys?: ShotInputKeys;
  /** ffmpeg processes at once; default the number of cores, at most 4. */
  concurrency?: number;
  /** Longest piece of the plan, in seconds. Default 10. */
  pieceSeconds?: number;
  /** Longest run of pieces one ffmpeg process renders, in seconds; runs are never fewer than `concurrency`. Default 45. */
  batchSeconds?: number;
  /** Where the pieces' work folder is made (a job's own folder, swept if the job is killed). Default the OS temporary folder. */
  temporaryFolder?: string;
  signal?: AbortSignal;
  /** 0..1 as pieces finish, then the final join. */
  onProgress?: (fraction: number, message: string) => void;
}

export interface RenderBeatVideoResult {
  plan: CutPlan;
  /** How many pieces the video was planned in. */
  pieces: number;
  /** How many ffmpeg processes rendered them (runs of consecutive pieces). */
  batches: number;
  /** With a shot cache: the shots (scene indices) taken from it, and those rendered. */
  shotsReused?: number[];
  shotsRendered?: number[];
}

/**
 * Renders the music video: a camera moving over each key moment's picture, cuts on downbeats in the
 * music's rhythm (or on each moment's beat), the song as the sound track. The plan's pieces (a shot,
 * or ten seconds of one) are rendered in a few runs of consecutive pieces, one ffmpeg process each,
 * in parallel; the runs are joined without re-encoding (concat demuxer) and muxed with the song as H.264 + AAC.
 */
export async function renderBeatVideo(options: RenderBeatVideoOptions): Promise<RenderBeatVideoResult> {
  const { fps, width, height } = options;
  if (options.imagePaths.length !== options.moments.length || options.moments.length === 0) {
    throw new BadInputError(`The video needs one picture per key moment; got ${options.imagePaths.length} pictures for ${options.moments.length} moments.`);
  }
  if (width % 2 !== 0 || height % 2 !== 0) throw new BadInputError(`The video size must be even for H.264; got ${width}x${height}.`);
  const timing = {
    duration: options.duration, fps, moments: options.moments, beats: options.beats, bpm: options.bpm,
    beatOffsetSeconds: options.beatOffsetSeconds,
  };
  const plan = moveCuts(options.structure ? planShots({ ...timing, ...options.structure }) : planCuts(timing), options.cutMoves ?? []);
  const pieces = planRenderPieces(plan, Math.round((options.pieceSeconds ?? 10) * fps));
  const beatPeriod = options.bpm > 0 ? 60 / options.bpm : 0;
  const ffmpegPath = await findFfmpeg();
  // Both answers are cached per process; asked together, the first render waits for one round of ffmpeg start-ups, not two.
  const [features, globalOptions] = await Promise.all([checkFfmpegFeatures(ffmpegPath, options.signal), scalerCpuFlags(ffmpegPath, { signal: options.signal })]);
  const context = {
    plan,
    imagePaths: plan.scenes.map((scene) => options.imagePaths[scene.momentIndex]),
    focusPoints: options.focusPoints && plan.scenes.map((scene) => options.focusPoints![scene.momentIndex]),
    width, height, crf: options.crf,
    beatPhase: (options.beats[0] ?? 0) + (options.beatOffsetSeconds ?? 0),
    beatPeriod: options.beats.length > 0 ? beatPeriod : 0,
    fadeInSeconds: Math.min(0.5, options.duration / 10),
    fadeOutSeconds: Math.min(1.5, options.duration / 10),
    dancers: options.dancers && options.dancers.imagePaths.length > 0
      ? { ...options.dancers, placesOfScene: plan.scenes.map((scene) => options.dancers!.places[scene.momentIndex]) }
      : undefined,
    barPhase: (options.structure?.downbeats[0] ?? options.beats[0] ?? 0) + (options.beatOffsetSeconds ?? 0),
    barPeriod: barPeriod(options.structure?.downbeats ?? [], options.beats.length > 0 ? beatPeriod : 0),
    instrumentEffects: options.instruments && planInstrumentEffects(options.instruments, {
      fps, totalFrames: plan.totalFrames,
      shotFlashFrames: plan.scenes.filter((scene) => (scene as { flash?: boolean }).flash).map((scene) => scene.startFrame),
    }),
    hasXfade: features.filters.has('xfade'),
    globalOptions,
  };

  const workDir = await mkdtemp(join(options.temporaryFolder ?? tmpdir(), 'kiln-video-'));
  try {
    const concurrency = options.concurrency ?? Math.max(1, Math.min(4, availableParallelism()));
    const batchCount = Math.max(concurrency, Math.ceil(plan.totalFrames / (fps * (options.batchSeconds ?? 45))));
    const cached = options.shotCache ? await reuseShots(options as RenderBeatVideoOptions & { shotCache: ShotClipCache }, pieces, context, workDir, batchCount) : undefined;
    const batches: { run: RenderPiece[]; path: string | string[] }[] = cached?.batches
      ?? batchRenderPieces(pieces, batchCount).map((run, index) => ({ run, path: join(workDir, `run-${String(index).padStart(4, '0')}.mp4`) }));
    let framesDone = cached ? cached.reusedFrames : 0;
    const report = (message: string) => options.onProgress?.((0.95 * framesDone) / plan.totalFrames, message);
    report(`rendering ${pieces.length} pieces in ${batches.length} runs`);
    const songAacPath = join(workDir, 'song.m4a');
    const stopAudio = new AbortController();
    const audioSignal = options.signal ? AbortSignal.any([options.signal, stopAudio.signal]) : stopAudio.signal;
    const audio = encodeSongAsAac({ audioPath: options.audioPath, outputPath: songAacPath, signal: audioSignal });
    // Awaited after the pictures; a song that fails first must not go unhandled meanwhile.
    audio.catch(() => undefined);
    try {
      await runPool(batches, concurrency, options.signal, async ({ run, path }, signal) => {
        await runFfmpeg(batchArguments(run, context, path), { signal });
        if (cached && Array.isArray(path)) {
          await Promise.all(path.map((clip, order) => rename(shotSegmentPath(path, order), clip)));
          await Promise.all(path.map((clip) => options.shotCache!.store(cached.keyOf.get(clip)!, clip)));
        }
        framesDone += run.reduce((sum, piece) => sum + piece.endFrame - piece.startFrame, 0);
        report(`rendered ${Math.round(framesDone / fps)} of ${Math.round(plan.totalFrames / fps)} s`);
      });
    } catch (error) {
      // No ffmpeg may still write into the folder that is about to be removed.
      stopAudio.abort();
      await audio.catch(() => undefined);
      throw error;
    }
    await audio;

    options.onProgress?.(0.95, 'adding the song');
    await joinPiecesWithSong({
      piecePaths: cached ? cached.clipPaths : batches.map((batch) => batch.path as string),
      ...(cached ? { pieceSeconds: cached.shotFrames.map((frames) => frames / fps) } : {}),
      listPath: join(workDir, 'pieces.txt'),
      audioPath: songAacPath, audioIsAac: true, outputPath: options.outputPath, signal: options.signal,
    });
    options.onProgress?.(1, 'done');
    return { plan, pieces: pieces.length, batches: batches.length, ...(cached ? { shotsReused: cached.reused, shotsRendered: cached.rendered } : {}) };
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

/**
 * Takes every shot the cache holds and plans the rest in runs of whole shots, one clip per shot, so
 * each new clip can be kept for the next render.
 */
async function reuseShots(options: RenderBeatVideoOptions & { shotCache: ShotClipCache }, pieces: RenderPiece[], context: PieceContext, workDir: string, batchCount: number) {
  if (!options.inputKeys) throw new Error('A shot cache needs the inputs\' stable names (inputKeys).');
  const inputPaths = new Map<string, string>();
  options.imagePaths.forEach((path, index) => inputPaths.set(path, `image:${options.inputKeys!.images[index]}`));
  options.dancers?.imagePaths.forEach((path, index) => inputPaths.set(path, `dancer:${options.inputKeys!.dancers?.[index]}`));
  const shots = piecesByShot(pieces);
  const clipPaths = shots.map((_, index) => join(workDir, `shot-${String(index).padStart(4, '0')}.mp4`));
  const keyOf = new Map(shots.map((shot, index) => [clipPaths[index], shotClipKey(shot, context, inputPaths)]));
  const reused: number[] = [];
  const rendered: number[] = [];
  for (const [index, path] of clipPaths.entries()) (await options.shotCache.fetch(keyOf.get(path)!, path) ? reused : rendered).push(index);
  const reusedFrames = reused.reduce((sum, index) => sum + shots[index].reduce((frames, piece) => frames + piece.endFrame - piece.startFrame, 0), 0);
  const batches = runsOfShots(shots, rendered, batchCount).map((run) => ({ run: run.flatMap((index) => shots[index]), path: run.map((index) => clipPaths[index]) }));
  const shotFrames = shots.map((shot) => shot.reduce((frames, piece) => frames + piece.endFrame - piece.startFrame, 0));
  return { batches, clipPaths, keyOf, reused, rendered, reusedFrames, shotFrames };
}

/** The bar's length in seconds: the downbeats' median gap, or four beats without them. */
function barPeriod(downbeats: readonly number[], beatPeriod: number): number {
  const gaps = downbeats.slice(1).map((time, index) => time - downbeats[index]).sort((first, second) => first - second);
  return gaps.length > 0 ? gaps[gaps.length >> 1] : 4 * beatPeriod;
}

/**
 * Runs `work` over `items`, at most `limit` at once. The first failure aborts the work still running
 * (through the signal each call gets) and is thrown once every call has ended, so no ffmpeg is left
 * writing into a folder that is about to be removed.
 */
async function runPool<Item>(
  items: readonly Item[],
  limit: number,
  outer: AbortSignal | undefined,
  work: (item: Item, signal: AbortSignal) => Promise<void>,
): Promise<void> {
  const stop = new AbortController();
  const signal = outer ? AbortSignal.any([outer, stop.signal]) : stop.signal;
  let next = 0;
  let firstError: unknown;
  const lane = async () => {
    while (!signal.aborted && next < items.length) {
      const item = items[next++];
      try {
        await work(item, signal);
      } catch (error) {
        firstError ??= error;
        stop.abort();
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  if (firstError !== undefined) throw firstError;
}
