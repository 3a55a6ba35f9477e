import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { z } from 'zod';
import { defineStep } from '../../engine/step.ts';
import { audioAnalysisSchema } from '../../media/audio/audio-analysis-schema.ts';
import { renderBeatVideo } from '../../media/video/render-beat-video.ts';
import { momentImageSchema } from './images-step.ts';
import { musicVideoServices, ownedInputAsset } from './music-video-services.ts';

/**
 * Puts the pictures to the song: Ken Burns motion over each, cuts and crossfades on beats, the song
 * as the sound track, H.264 + AAC as long as the song. Writes `final_video.mp4` and a thumbnail
 * made from the most intense moment's picture.
 */
export const videoStep = defineStep({
  id: 'music-video.video',
  version: 1,
  input: z.object({
    songAssetId: z.string(),
    analysisAssetId: z.string(),
    images: z.array(momentImageSchema).min(1),
    width: z.number().int().positive(),
    height: z.number().int().positive(),
    fps: z.number().int().positive(),
    beatOffsetSeconds: z.number(),
  }),
  output: z.object({
    videoAssetId: z.string(),
    thumbnailAssetId: z.string(),
    duration: z.number(),
    /** Seconds of every cut after the opening. */
    cuts: z.array(z.number()),
  }),
  async run(input, context) {
    const { assets } = musicVideoServices(context);
    const song = await ownedInputAsset(assets, context.ownerId, input.songAssetId, 'song');
    const analysis = audioAnalysisSchema.parse(JSON.parse(new TextDecoder().decode(await assets.read(await assets.get(context.ownerId, input.analysisAssetId)))));
    const pictures = await Promise.all(input.images.map((image) => assets.get(context.ownerId, image.assetId)));

    const workDir = await mkdtemp(join(tmpdir(), 'kiln-music-video-'));
    try {
      const outputPath = join(workDir, 'final_video.mp4');
      const rendered = await renderBeatVideo({
        audioPath: assets.pathOf(song),
        duration: analysis.duration,
        imagePaths: pictures.map((picture) => assets.pathOf(picture)),
        moments: input.images,
        beats: analysis.beats,
        bpm: analysis.tempo.bpm,
        beatOffsetSeconds: input.beatOffsetSeconds,
        width: input.width,
        height: input.height,
        fps: input.fps,
        outputPath,
        signal: context.signal,
        onProgress: (fraction, message) => context.progress(0.97 * fraction, message),
      });
      const cuts = rendered.plan.cuts.map((cut) => Math.round(cut * 1000) / 1000);
      const video = await assets.put({
        ownerId: context.ownerId,
        jobId: context.jobId,
        data: createReadStream(outputPath),
        mediaType: 'video/mp4',
        name: 'final_video.mp4',
        metadata: {
          kind: 'final-video', duration: analysis.duration, width: input.width, height: input.height, fps: input.fps,
          cuts, scenes: rendered.plan.scenes.length,
          alt: `A music video of ${rendered.plan.scenes.length} scenes cut to the beat of ${song.name}.`,
        },
      });
      context.recordAsset(video.id);

      const brightest = input.images.reduce((best, image) => (image.intensity > best.intensity ? image : best), input.images[0]);
      const thumbnail = await sharp(assets.pathOf(pictures[input.images.indexOf(brightest)]))
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
      return { videoAssetId: video.id, thumbnailAssetId: stored.id, duration: analysis.duration, cuts };
    } finally {
      await rm(workDir, { recursive: true, force: true });
    }
  },
});
