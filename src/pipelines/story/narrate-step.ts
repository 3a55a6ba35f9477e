import { z } from 'zod';
import { defineStep } from '../../engine/step.ts';
import type { SpeechTiming } from '../../providers/spec/index.ts';
import { splitSentences } from '../../providers/builtin/narrator/split-sentences.ts';
import { readWav } from '../../providers/builtin/narrator/wav-audio.ts';
import { requiredService } from '../../runtime/step-services.ts';

const timingSchema = z.object({ text: z.string(), start: z.number(), end: z.number() });

/**
 * Sentence timings for backends that give none (OpenAI-compatible servers): spread over the WAV's
 * length by each sentence's share of the characters. Marked as estimated in the asset's metadata.
 */
function estimateTimings(text: string, audio: Uint8Array, mediaType: string): SpeechTiming[] {
  if (!/wav/.test(mediaType)) return [];
  const { samples, sampleRate } = readWav(audio);
  const seconds = samples.length / sampleRate;
  const sentences = splitSentences(text);
  const total = sentences.reduce((sum, sentence) => sum + sentence.length, 0) || 1;
  let cursor = 0;
  return sentences.map((sentence) => {
    const start = cursor;
    cursor += (sentence.length / total) * seconds;
    return { kind: 'sentence', text: sentence, start, end: cursor };
  });
}

/** Reads one scene aloud (speech capability) and stores the audio with its sentence timings. */
export const narrateStep = defineStep({
  id: 'story.narrate',
  version: 1,
  input: z.object({ scene: z.int(), text: z.string(), voice: z.string().nullable(), language: z.string(), moderation: z.unknown() }),
  output: z.object({ audioAssetId: z.string(), timings: z.array(timingSchema) }),
  async run(input, context) {
    const providers = requiredService(context.services, 'providers');
    const assets = requiredService(context.services, 'assets');
    context.progress(0, `narrating scene ${input.scene}`);
    const model = providers.model('speech', { onServed: (candidate, passedOver) => context.servedBy(candidate, passedOver) });
    const result = await model.speak({ text: input.text, voice: input.voice ?? undefined, language: input.language, abortSignal: context.signal });
    for (const warning of result.warnings) context.warn(warning);
    const sentenceTimings = result.timings.filter((timing) => timing.kind === 'sentence');
    const estimated = sentenceTimings.length === 0;
    const timings = (estimated ? estimateTimings(input.text, result.audio.data, result.audio.mediaType) : sentenceTimings)
      .map(({ text, start, end }) => ({ text, start: Math.round(start * 1000) / 1000, end: Math.round(end * 1000) / 1000 }));
    const extension = result.audio.mediaType.includes('mpeg') ? 'mp3' : 'wav';
    const asset = await assets.put({
      ownerId: context.ownerId, jobId: context.jobId, data: result.audio.data, mediaType: result.audio.mediaType,
      name: `scene-${String(input.scene).padStart(2, '0')}.${extension}`,
      metadata: { kind: 'story-narration', scene: input.scene, timings, timingsEstimated: estimated, moderation: input.moderation },
    });
    context.recordAsset(asset.id);
    context.progress(1);
    return { audioAssetId: asset.id, timings };
  },
});
