import { z } from 'zod';
import { definePipeline } from '../../engine/define-pipeline.ts';
import { notionAccountSchema, syncStep } from './sync-step.ts';
import { expressionStatuses } from './vocabulary-contracts.ts';

/** Sends the learner's vocabulary to a Notion database or to Anki through AnkiConnect. */
export const vocabularySyncPipeline = definePipeline({
  id: 'vocabulary-sync',
  description: 'Sends your vocabulary to a Notion database or to Anki (AnkiConnect), picking up where an interrupted sync stopped.',
  input: z.strictObject({
    to: z.enum(['notion', 'anki']),
    status: z.enum([...expressionStatuses, 'all']).optional(),
    account: notionAccountSchema.optional(),
  }),
  // One Anki collection and one Notion database, the operator's: other users would read and overwrite them.
  // A user's own Notion connection is the exception, started by POST /api/vocabulary/sync, which decides `account`.
  administratorsOnly: true,
})
  .node('sync', { step: syncStep, input: (job) => ({ to: job.to, status: job.status, account: job.account }) })
  .output((_job, outputs) => outputs.sync);
