import { z } from 'zod';
import { BadInputError } from '../../engine/errors/index.ts';
import { defineStep } from '../../engine/step.ts';
import { parseTranscript } from './transcripts/parse-transcript.ts';
import { transcriptCueSchema, transcriptFormats } from './vocabulary-contracts.ts';
import { requiredService } from '../../runtime/step-services.ts';

/** Reads transcript bytes as UTF-8 (a byte-order mark dropped); refuses bytes that are not text. */
export function decodeTranscript(bytes: Uint8Array): string {
  if (bytes.includes(0)) throw new BadInputError('The transcript is not text (it holds binary bytes); upload subtitles (VTT, SRT, ASS), YouTube JSON or a text file.');
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new BadInputError('The transcript is not UTF-8 text; save it as UTF-8 and upload it again.');
  }
}

/** Parses the uploaded transcript into timed cues (the parser checks order, length and emptiness). */
export const parseStep = defineStep({
  id: 'vocabulary.parse',
  version: 1,
  assetInputs: ['transcriptAssetId'],
  input: z.object({ transcriptAssetId: z.string(), format: z.enum(transcriptFormats).optional() }),
  output: z.object({ format: z.enum(transcriptFormats), cues: z.array(transcriptCueSchema) }),
  async run(input, context) {
    const assets = requiredService(context.services, 'assets');
    const asset = await assets.get(context.ownerId, input.transcriptAssetId);
    return parseTranscript(decodeTranscript(await assets.read(asset)), input.format);
  },
});
