import { z } from 'zod';
import { BadInputError, MediaError } from '../../engine/errors/index.ts';
import { defineStep } from '../../engine/step.ts';
import { probeMedia } from '../../media/video/probe-media.ts';
import type { AssetRecord, AssetStore } from '../../runtime/contracts.ts';
import { longestTranscriptSeconds } from './transcripts/check-cues.ts';
import { transcriptCueSchema } from './vocabulary-contracts.ts';
import { requiredService } from '../../runtime/step-services.ts';

/** Refuses a recording the transcriber would fail on: unreadable, without sound, or longer than a day; else answers what the probe found. */
export async function checkRecording(assets: AssetStore, asset: AssetRecord, signal?: AbortSignal): Promise<Awaited<ReturnType<typeof probeMedia>>> {
  const probed = await assets.withLocalFile(asset, (path) => probeMedia(path, { signal })).catch((error: unknown) => {
    if (error instanceof MediaError) throw new MediaError(`The recording ${asset.name} could not be read; it is corrupt or not really audio or video.`, { cause: error });
    throw error;
  });
  if (!probed.streams.some((stream) => stream.kind === 'audio')) {
    throw new BadInputError(`The recording ${asset.name} has no audio stream, so there is nothing to transcribe; upload a recording with sound or its subtitles.`);
  }
  if (probed.duration !== undefined && probed.duration > longestTranscriptSeconds) {
    throw new BadInputError(`The recording is ${Math.round(probed.duration / 3600)} hours long; the studio takes up to 24 hours. Cut it and upload the parts.`);
  }
  return probed;
}

/** Turns a recording into timed cues with the `transcription` capability (whichever backend serves it). */
export const transcribeStep = defineStep({
  id: 'vocabulary.transcribe',
  version: 1,
  assetInputs: ['recordingAssetId'],
  input: z.object({ recordingAssetId: z.string() }),
  output: z.object({ cues: z.array(transcriptCueSchema), servedBy: z.string().nullable() }),
  async run(input, context) {
    const assets = requiredService(context.services, 'assets');
    const providers = requiredService(context.services, 'providers');
    const asset = await assets.get(context.ownerId, input.recordingAssetId);
    await checkRecording(assets, asset, context.signal);
    let servedBy: string | null = null;
    const model = providers.model('transcription', { onServed: (backend, passedOver) => { servedBy = backend; context.servedBy(backend, passedOver); } });
    context.progress(0.1, 'transcribing');
    const result = await model.transcribe({ audio: { data: await assets.read(asset), mediaType: asset.mediaType }, language: 'ja', abortSignal: context.signal });
    result.warnings.forEach((warning) => context.warn(warning));
    const cues = result.segments.length > 0
      ? result.segments.map((segment) => ({ start: segment.start, end: segment.end, text: segment.text }))
      : [{ start: null, end: null, text: result.text }];
    if (cues.every((cue) => cue.text.trim() === '')) throw new BadInputError('No speech was heard in the recording; check that it has sound.');
    return { cues, servedBy };
  },
});
