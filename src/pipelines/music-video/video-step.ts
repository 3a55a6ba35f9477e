import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { z } from 'zod';
import { defineStep } from '../../engine/step.ts';
import { toKilnError, type KilnError } from '../../engine/errors/index.ts';
import { parseCandidate } from '../../providers/registry.ts';
import type { PassedOver, StepContext } from '../../engine/step.ts';
import type { ProviderRegistry } from '../../runtime/contracts.ts';
import type { CutPlan } from '../../media/video/plan-cuts.ts';
import { renderBeatVideo, type RenderBeatVideoOptions } from '../../media/video/render-beat-video.ts';
import { renderClipVideo } from '../../media/video/render-clip-video.ts';
import { heard, videoModelClipMaker, type ClipMakerRecord } from './video-model-clip-maker.ts';
import { momentPrompt, momentSeed } from './moment-prompt.ts';
import type { MusicVideoMoment } from './music-video-input.ts';
import { dancerSchema, momentImageSchema } from './images-step.ts';
import { musicVideoServices, ownedInputAsset, readAudioAnalysis } from './music-video-services.ts';
import { assetShotCache } from './asset-shot-cache.ts';
import { downbeatsFrom } from '../../media/video/bar-grid.ts';

/**
 * Puts the pictures to the song: Ken Burns motion over each (or image-to-video clips from the
 * registry's `video` list with `motion: 'comfyui'`), cuts and crossfades on beats, the song
 * as the sound track, H.264 + AAC as long as the song. Writes `final_video.mp4` and a thumbnail
 * made from the most intense moment's picture.
 */
export const videoStep = defineStep({
  id: 'music-video.video',
  // 5: kicks, snares, hats and notes each drive an effect. 6: shots kept as clips, edits.
  version: 6,
  // The song by its bytes; the pictures stay keyed by id, since the output names them (`imageAssetIds`).
  assetInputs: ['songAssetId'],
  input: z.object({
    songAssetId: z.string(),
    analysisAssetId: z.string(),
    images: z.array(momentImageSchema).min(1),
    /** The characters cut out, to dance over the pictures that left room for them. */
    dancers: z.array(dancerSchema).default([]),
    width: z.number().int().positive(),
    height: z.number().int().positive(),
    fps: z.number().int().positive(),
    beatOffsetSeconds: z.number(),
    motion: z.enum(['builtin', 'comfyui']).default('builtin'),
    /** For the clips' prompts when ComfyUI moves the pictures. */
    style: z.string().default(''),
    /** A person's corrections of the cuts and the bar (see musicVideoEditsSchema). */
    edits: z.object({ moveCuts: z.array(z.object({ from: z.number(), to: z.number() })).default([]), barOneSeconds: z.number().optional() }).optional(),
    /** Jobs whose rendered shots this render may reuse (the video it corrects). */
    shotsFrom: z.array(z.string()).default([]),
  }),
  output: z.object({
    videoAssetId: z.string(),
    thumbnailAssetId: z.string(),
    duration: z.number(),
    /** Seconds of every shot change after the opening (dissolves included). */
    cuts: z.array(z.number()),
    /** The shot changes that switch the picture at once (cuts and whips), not dissolves. */
    hardCuts: z.array(z.number()),
    /** What moved the pictures: `builtin:ken-burns` or the video backends that served (`gpu-box:video-workflow`), comma-separated. */
    motionServedBy: z.string(),
    /** The pictures shown, one per key moment (swapped ones included). */
    imageAssetIds: z.array(z.string()).optional(),
    /** The shots (by position) taken from clips kept from an earlier render, and those rendered now. */
    shots: z.object({ reused: z.array(z.number().int()), rendered: z.array(z.number().int()) }).optional(),
    /** The picture each shot shows, by position in `imageAssetIds`; absent in outputs cached before it was added. */
    shotPictures: z.array(z.number().int()).optional(),
  }),
  async run(input, context) {
    const { assets, providers } = musicVideoServices(context);
    const song = await ownedInputAsset(assets, context.ownerId, input.songAssetId, 'song');
    const analysis = await readAudioAnalysis(assets, context.ownerId, input.analysisAssetId);
    const pictures = await Promise.all(input.images.map((image) => assets.get(context.ownerId, image.assetId)));

    const workDir = await mkdtemp(join(context.temporaryFolder, 'kiln-music-video-'));
    try {
      const outputPath = join(workDir, 'final_video.mp4');
      const imagePaths = await Promise.all(pictures.map((picture) => assets.localFile(picture, workDir)));
      const dancerFiles = await Promise.all(input.dancers.map(async (dancer) => assets.localFile(await assets.get(context.ownerId, dancer.assetId), workDir)));
      const common = {
        audioPath: await assets.localFile(song, workDir),
        duration: analysis.duration,
        imagePaths,
        structure: {
          downbeats: input.edits?.barOneSeconds === undefined ? analysis.downbeats : downbeatsFrom(input.edits.barOneSeconds, analysis.downbeats, analysis.beats),
          sections: analysis.sections, intensityCurve: analysis.intensity_curve,
        },
        cutMoves: input.edits?.moveCuts ?? [],
        shotCache: assetShotCache(assets, context, input.shotsFrom),
        inputKeys: { images: input.images.map((image) => image.assetId), dancers: input.dancers.map((dancer) => dancer.assetId) },
        focusPoints: input.images.map((image) => image.focus ?? { x: 0.5, y: 0.55 }),
        moments: input.images,
        dancers: { imagePaths: dancerFiles, sizes: input.dancers, places: input.images.map((image) => image.characterPlaces) },
        beats: analysis.beats,
        instruments: analysis.instruments,
        bpm: analysis.tempo.bpm,
        beatOffsetSeconds: input.beatOffsetSeconds,
        width: input.width,
        height: input.height,
        fps: input.fps,
        outputPath,
        temporaryFolder: workDir,
        signal: context.signal,
        onProgress: (fraction: number, message: string) => context.progress(0.97 * fraction, message),
      };
      const rendered = await renderWithMotion(input, common, providers, context);
      rendered.servedBy.forEach((candidate, index) => context.servedBy(candidate, index === 0 ? rendered.passedOver : undefined));
      const motionServedBy = rendered.servedBy.join(',');
      const cuts = rendered.plan.cuts.map((cut) => Math.round(cut * 1000) / 1000);
      const hardCuts = ('hardCuts' in rendered.plan ? (rendered.plan.hardCuts as number[]) : rendered.plan.cuts).map((cut) => Math.round(cut * 1000) / 1000);
      const video = await assets.put({
        ownerId: context.ownerId,
        jobId: context.jobId,
        data: createReadStream(outputPath),
        mediaType: 'video/mp4',
        name: 'final_video.mp4',
        metadata: {
          kind: 'final-video', duration: analysis.duration, width: input.width, height: input.height, fps: input.fps,
          cuts, hardCuts, shots: rendered.plan.scenes.length, pictures: input.images.length, motion: motionServedBy,
          // The name the person knows: the upload's, not the FLAC it was converted into.
          songAssetId: input.songAssetId, songName: typeof song.metadata.convertedFrom === 'string' ? song.metadata.convertedFrom : song.name,
          alt: `A music video of ${rendered.plan.scenes.length} shots of ${input.images.length} pictures, cut to the bars of ${song.name}.`,
        },
      });
      context.recordAsset(video.id);

      const brightest = input.images.reduce((best, image) => (image.intensity > best.intensity ? image : best), input.images[0]);
      const thumbnail = await sharp(imagePaths[input.images.indexOf(brightest)])
        .resize(480, Math.round((480 * input.height) / input.width), { fit: 'cover' })
        .jpeg({ quality: 82 })
        .toBuffer();
      const stored = await assets.put({
        ownerId: context.ownerId,
        jobId: context.jobId,
        data: thumbnail,
        mediaType: 'image/jpeg',
        name: 'thumbnail.jpg',
        metadata: { kind: 'thumbnail', alt: `Thumbnail: the picture for the ${brightest.description}.` },
      });
      context.recordAsset(stored.id);
      context.progress(1);
      return {
        videoAssetId: video.id, thumbnailAssetId: stored.id, duration: analysis.duration, cuts, hardCuts, motionServedBy,
        imageAssetIds: input.images.map((image) => image.assetId),
        shotPictures: rendered.plan.scenes.map((scene) => scene.momentIndex),
        ...(rendered.shots ? { shots: rendered.shots } : {}),
      };
    } finally {
      await rm(workDir, { recursive: true, force: true });
    }
  },
});

/**
 * Renders with the motion asked for. `comfyui` (the name jobs already carry; any backend in the
 * `video` list serves it) asks the registry for a clip per scene. The built-in Ken Burns motion is
 * this step's explicit last resort, not a registry backend: it is no clip model (it renders the
 * whole video, cuts, dancers and beat effects, from stills in one ffmpeg pass) and it cannot be
 * down. It runs when the list is empty or every backend in it failed, and a warning and
 * `passedOver` say which were passed over and why.
 */
async function renderWithMotion(
  input: { motion: 'builtin' | 'comfyui'; style: string; images: (MusicVideoMoment & { prompt?: string })[]; width: number; height: number },
  common: RenderBeatVideoOptions,
  providers: ProviderRegistry,
  context: StepContext,
): Promise<{ plan: CutPlan; servedBy: string[]; passedOver?: PassedOver[]; shots?: { reused: number[]; rendered: number[] } }> {
  let passedOver: PassedOver[] | undefined;
  if (input.motion === 'comfyui') {
    const record: ClipMakerRecord = { servedBy: [], passedOver: [], warnings: [] };
    const model = providers.model('video', { onServed: heard(record) });
    if (model.candidates.length === 0) {
      context.warn({ setting: 'motion', message: 'No comfyui backend with a videoWorkflow is configured, or capabilities.video names none, so the pictures move with the built-in Ken Burns motion.' });
    } else {
      try {
        const makeClip = videoModelClipMaker(model, {
          width: input.width, height: input.height,
          promptOf: (momentIndex) => input.images[momentIndex].prompt ?? momentPrompt(input.style, input.images[momentIndex]),
          seedOf: (momentIndex) => momentSeed(momentIndex, input.images[momentIndex]),
        }, record);
        const { plan } = await renderClipVideo({ ...common, makeClip });
        for (const warning of record.warnings) context.warn(warning);
        return { plan, servedBy: record.servedBy, ...(record.passedOver.length > 0 ? { passedOver: record.passedOver } : {}) };
      } catch (thrown) {
        const error = toKilnError(thrown);
        if (context.signal.aborted || error.code === 'cancelled') throw error;
        passedOver = failedCandidates(error, model.candidates, record.passedOver);
        const failures = passedOver.map(({ candidate, reason }) => `${parseCandidate(candidate).backendName} could not make the video clips (${reason.replace(/\.$/, '')})`);
        context.warn({ setting: 'motion', message: `${failures.join('; ')}, so the pictures move with the built-in Ken Burns motion.` });
      }
    }
  }
  const { plan, shotsReused, shotsRendered } = await renderBeatVideo(common);
  const shots = shotsReused && shotsRendered ? { reused: shotsReused, rendered: shotsRendered } : undefined;
  return { plan, servedBy: ['builtin:ken-burns'], passedOver, ...(shots ? { shots } : {}) };
}

/**
 * Every video backend the failure passed over, once each: the list's own attempts when all of it
 * failed, else (an error that stops the list, such as an empty clip) the backend it names.
 */
function failedCandidates(error: KilnError, candidates: readonly string[], earlier: readonly PassedOver[]): PassedOver[] {
  const failed = [...earlier];
  const add = (candidate: string, reason: string) => {
    if (!failed.some((known) => known.candidate === candidate)) failed.push({ candidate, reason });
  };
  const attempts = error.code === 'all_providers_failed' ? (error.details as { attempts?: { candidate: string; reason: string }[] } | undefined)?.attempts : undefined;
  if (attempts) {
    for (const attempt of attempts) add(attempt.candidate, attempt.reason);
  } else {
    const provider = (error.details as { provider?: unknown } | undefined)?.provider;
    add(candidates.find((candidate) => parseCandidate(candidate).backendName === provider) ?? candidates.find((candidate) => !failed.some((known) => known.candidate === candidate)) ?? candidates[0], error.message);
  }
  return failed;
}
