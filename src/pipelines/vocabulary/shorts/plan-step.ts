import { z } from 'zod';
import { BadInputError } from '../../../engine/errors/index.ts';
import { defineStep } from '../../../engine/step.ts';
import { analyzeTranscript } from '../analysis/analyze-transcript.ts';
import { meaningsFor } from '../analysis/choose-dictionary.ts';
import { decodeTranscript } from '../parse-step.ts';
import { transcriptFormats } from '../vocabulary-contracts.ts';
import { planShorts } from './plan-shorts.ts';
import { readChatLog } from './read-chat-log.ts';
import { probeRecording, readShortsTranscript, recordingIntensity } from './read-shorts-sources.ts';
import { clipChoiceSchema, clipsThatFit, mostClips, shortestClipSeconds, shortsPlanSchema } from './shorts-contracts.ts';
import { optionalService, requiredService } from '../../../runtime/step-services.ts';

/**
 * Plans a recording's shorts, chapters and edit points (see planShorts) and stores the plan as
 * `edit-points.json`. Its output is the plan itself, so a page can show the clips before anything
 * renders; the render steps read their clip from it.
 */
export const planStep = defineStep({
  id: 'vocabulary-shorts.plan',
  // 2: glosses from the configured dictionary (JMdict or EDICT), subtitles wrapped inside the safe area.
  version: 2,
  assetInputs: ['recordingAssetId', 'transcriptAssetId', 'chatAssetId'],
  input: z.object({
    recordingAssetId: z.string(),
    transcriptAssetId: z.string(),
    format: z.enum(transcriptFormats).optional(),
    chatAssetId: z.string().optional(),
    count: z.number().int().min(1).max(mostClips),
    clips: z.array(clipChoiceSchema).optional(),
    /** The job renders `count` clips, so the plan must hold that many. */
    mustFit: z.boolean(),
  }),
  output: shortsPlanSchema.extend({ planAssetId: z.string() }),
  async run(input, context) {
    const assets = requiredService(context.services, 'assets');
    const recording = await assets.get(context.ownerId, input.recordingAssetId);
    const recordingPath = await assets.localFile(recording, context.temporaryFolder);
    const facts = await probeRecording(recordingPath, recording.name, context.signal);
    if (input.mustFit && !input.clips && input.count > clipsThatFit(facts.seconds)) {
      throw new BadInputError(`The recording is ${facts.seconds.toFixed(1)} s long and holds ${clipsThatFit(facts.seconds)} shorts of ${shortestClipSeconds} s; ask for that many.`);
    }
    const transcript = await assets.get(context.ownerId, input.transcriptAssetId);
    const cues = readShortsTranscript(await assets.read(transcript), facts.seconds, input.format);
    context.progress(0.1, 'finding expressions');
    const meanings = await meaningsFor(optionalService(context.services, 'config'));
    const analysis = await analyzeTranscript(cues, {}, { signal: context.signal, meanings });
    context.progress(0.4, 'measuring loudness');
    const intensity = await recordingIntensity(recordingPath, context.signal);
    const laughter = input.chatAssetId
      ? readChatLog(decodeTranscript(await assets.read(await assets.get(context.ownerId, input.chatAssetId)))).times
      : null;
    const plan = planShorts({ cues, analysis, intensity, laughter, recordingSeconds: facts.seconds, hasVideo: facts.hasVideo, count: input.count, clips: input.clips });
    const stored = await assets.put({
      ownerId: context.ownerId,
      jobId: context.jobId,
      data: new TextEncoder().encode(`${JSON.stringify(plan, null, 2)}\n`),
      mediaType: 'application/json',
      name: 'edit-points.json',
      metadata: { kind: 'shorts-plan', recordingAssetId: recording.id, clips: plan.clips.length, chapters: plan.chapters.length },
    });
    context.recordAsset(stored.id);
    context.progress(1, `${plan.clips.length} clips, ${plan.chapters.length} chapters`);
    return { ...plan, planAssetId: stored.id };
  },
});
