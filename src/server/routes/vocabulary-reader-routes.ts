import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { streamReader } from '../../pipelines/vocabulary/reader/stream-reader.ts';
import { vocabularyEntrySchema } from '../../pipelines/vocabulary/store/vocabulary-entry.ts';
import { createVocabularyStore } from '../../pipelines/vocabulary/store/vocabulary-store.ts';
import { expressionStatuses } from '../../pipelines/vocabulary/vocabulary-contracts.ts';
import { clientGoneSignal } from '../http/client-gone-signal.ts';
import { databaseOf } from './profile-routes.ts';
import type { RouteOptions } from './route-options.ts';
import { streamSchema } from './vocabulary-schemas.ts';

const readerSchema = z.object({
  stream: streamSchema,
  recording: z.object({ assetId: z.string(), mediaType: z.string() }).nullable()
    .describe('The recording to play, served with Range support by `GET /api/assets/{assetId}/content`; null without one.'),
  cues: z.array(z.object({
    start: z.number().nullable(),
    end: z.number().nullable(),
    link: z.string().nullable().describe('The stream on YouTube or Twitch at this cue, when its address is known.'),
    words: z.array(z.object({
      text: z.string(),
      entryId: z.string().nullable().describe('The expression this stretch is an item of; null for the text between items.'),
      status: z.enum(expressionStatuses).nullable(),
      runningWords: z.int().describe('Running words in it, as the stream\'s comprehension counts them (0 for particles and punctuation).'),
    })),
  })),
  entries: z.array(vocabularyEntrySchema.extend({ partOfSpeech: z.string(), cues: z.array(z.int()).describe('Indexes of the cues it was heard in.') })),
});

/**
 * `GET /api/vocabulary/streams/{id}/reader`: a stream to watch and read along, its cues cut into
 * words by the same tokenizer and item finder as the extraction. Private to the stream's owner.
 */
export const vocabularyReaderRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { runtime, rateLimits }) => {
  app.get('/vocabulary/streams/:id/reader', {
    onRequest: rateLimits.reads,
    schema: {
      summary: 'A stream\'s cues with their words, each tied to your expression and its status',
      description: 'Read from the transcript the stream was analysed from; a stream transcribed from its recording keeps no transcript and answers 409. '
        + 'Another learner\'s stream answers 404.',
      tags: ['vocabulary'], params: z.object({ id: z.string().min(1).max(100) }), response: { 200: readerSchema },
    },
  }, async (request, reply) => streamReader(request.params.id, {
    store: createVocabularyStore(databaseOf(runtime)), assets: runtime.assets, config: runtime.config, ownerId: request.userId, signal: clientGoneSignal(reply),
  }));
};
