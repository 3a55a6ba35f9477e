import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { BadInputError } from '../../../engine/errors/index.ts';
import { defineStep } from '../../../engine/step.ts';
import { analyzeTranscript } from '../analysis/analyze-transcript.ts';
import { meaningsFor } from '../analysis/choose-dictionary.ts';
import { transcriptFormats } from '../vocabulary-contracts.ts';
import { describeClip } from './describe-clip.ts';
import { probeRecording, readShortsTranscript } from './read-shorts-sources.ts';
import { renderShort } from './render-short.ts';
import { optionalService, requiredService } from '../../../runtime/step-services.ts';

/** The file name of the n-th short: `short-01.mp4`. */
export const shortFileName = (index: number) => `short-${String(index).padStart(2, '0')}.mp4`;

/**
 * Renders one clip into `short-0N.mp4`. One step per clip, so each is cached on its own: a job
 * resumed after a crash renders only the clips that were not finished, and, since its input names
 * only the sources and the span (it finds the clip's subtitles itself, from the cues inside it),
 * moving one clip on the timeline re-renders that clip only. The video is written to a temporary
 * folder and stored only when whole.
 */
export const renderStep = defineStep({
  id: 'vocabulary-shorts.render',
  // 2: glosses from the configured dictionary (JMdict or EDICT), subtitles wrapped inside the safe area.
  // 3: a poster frame beside each short, for its player and its Library card.
  version: 3,
  assetInputs: ['recordingAssetId', 'transcriptAssetId'],
  input: z.object({
    recordingAssetId: z.string(),
    transcriptAssetId: z.string(),
    format: z.enum(transcriptFormats).optional(),
    index: z.number().int().positive(),
    start: z.number().nonnegative(),
    end: z.number().positive(),
    width: z.number().int().positive(),
    height: z.number().int().positive(),
  }),
  output: z.object({ index: z.number().int(), assetId: z.string(), posterAssetId: z.string(), title: z.string(), start: z.number(), end: z.number() }),
  async run(input, context) {
    const assets = requiredService(context.services, 'assets');
    const recording = await assets.get(context.ownerId, input.recordingAssetId);
    const recordingPath = await assets.localFile(recording, context.temporaryFolder);
    const facts = await probeRecording(recordingPath, recording.name, context.signal);
    const cues = readShortsTranscript(await assets.read(await assets.get(context.ownerId, input.transcriptAssetId)), facts.seconds, input.format);
    const inClip = cues.filter((cue) => cue.start !== null && cue.end !== null && cue.end > input.start && cue.start < input.end);
    if (input.end > facts.seconds + 0.5) throw new BadInputError(`Short ${input.index} ends at ${input.end.toFixed(1)} s but the recording is ${facts.seconds.toFixed(1)} s long; move it inside the recording.`);
    // The plan checks the transcript is Japanese; a clip of only ｗｗｗ or English chat still renders, without glosses.
    const meanings = await meaningsFor(optionalService(context.services, 'config'));
    const analysis = await analyzeTranscript(inClip, {}, { signal: context.signal, meanings }).catch((error: unknown) => {
      if (error instanceof BadInputError) return { items: [] };
      throw error;
    });
    const clip = describeClip(inClip, analysis.items, input.start, input.end, `Short ${input.index}`);
    const workDir = await mkdtemp(join(tmpdir(), 'kiln-short-'));
    try {
      const outputPath = join(workDir, shortFileName(input.index));
      const posterPath = join(workDir, 'poster.jpg');
      context.progress(0, `rendering ${(input.end - input.start).toFixed(0)} s`);
      await renderShort({
        recordingPath, hasVideo: facts.hasVideo, start: input.start, end: input.end, subtitles: clip.subtitles,
        width: input.width, height: input.height, workDir, outputPath, posterPath, signal: context.signal,
      });
      const video = await assets.put({
        ownerId: context.ownerId,
        jobId: context.jobId,
        data: createReadStream(outputPath),
        mediaType: 'video/mp4',
        name: shortFileName(input.index),
        metadata: {
          kind: 'short', recordingAssetId: recording.id, start: input.start, end: input.end, width: input.width, height: input.height,
          alt: `A vertical short of ${recording.name} from ${input.start.toFixed(1)} s to ${input.end.toFixed(1)} s: ${clip.title}.`,
        },
      });
      context.recordAsset(video.id);
      const poster = await assets.put({
        ownerId: context.ownerId,
        jobId: context.jobId,
        data: createReadStream(posterPath),
        mediaType: 'image/jpeg',
        name: shortFileName(input.index).replace(/\.mp4$/, '.jpg'),
        metadata: { kind: 'short-poster', videoAssetId: video.id, alt: `A frame of short ${input.index}: ${clip.title}.` },
      });
      context.recordAsset(poster.id);
      context.progress(1);
      return { index: input.index, assetId: video.id, posterAssetId: poster.id, title: clip.title, start: input.start, end: input.end };
    } finally {
      await rm(workDir, { recursive: true, force: true });
    }
  },
});
