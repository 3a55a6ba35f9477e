import { z } from 'zod';
import { defineStep } from '../../engine/step.ts';
import { createVocabularyStore } from './store/vocabulary-store.ts';
import { streamAnalysisSchema, streamSourceSchema, transcriptFormats } from './vocabulary-contracts.ts';
import { requiredService } from '../../runtime/step-services.ts';

/**
 * The last step: writes the stream, its expressions and occurrences in one transaction. Only here, so
 * a job that failed earlier leaves nothing half-written; keyed by job, so a retry finds its own row.
 */
export const saveStep = defineStep({
  id: 'vocabulary.save',
  version: 1,
  input: z.object({
    source: streamSourceSchema, format: z.enum([...transcriptFormats, 'recording']), origin: z.enum(['transcript', 'recording']),
    transcriptAssetId: z.string().nullable(), recordingAssetId: z.string().nullable(), cueCount: z.int(), analysis: streamAnalysisSchema,
  }),
  output: z.object({ streamId: z.string(), items: z.int() }),
  // The row is keyed by job; a cached output from another job must never stand in for this job's row.
  cacheable: false,
  async run(input, context) {
    const database = requiredService(context.services, 'database');
    const { streamId } = await createVocabularyStore(database).saveStream(context.ownerId, { jobId: context.jobId, ...input });
    return { streamId, items: input.analysis.items.length };
  },
});
