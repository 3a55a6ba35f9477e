import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { cardMediaFolder, collectCardMedia } from '../../pipelines/vocabulary/cards/collect-card-media.ts';
import { streamReader } from '../../pipelines/vocabulary/reader/stream-reader.ts';
import { vocabularyEntrySchema } from '../../pipelines/vocabulary/store/vocabulary-entry.ts';
import { createVocabularyStore } from '../../pipelines/vocabulary/store/vocabulary-store.ts';
import { expressionStatuses } from '../../pipelines/vocabulary/vocabulary-contracts.ts';
import { clientGoneSignal } from '../http/client-gone-signal.ts';
import { databaseOf } from './profile-routes.ts';
import type { RouteOptions } from './route-options.ts';
import { streamSchema } from './vocabulary-schemas.ts';

const id = z.string().min(1).max(100);

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
  entries: z.array(vocabularyEntrySchema.extend({
    partOfSpeech: z.string(),
    mined: z.boolean(),
    cues: z.array(z.int()).describe('Indexes of the cues it was heard in.'),
  })),
});

/**
 * The reader of the vocabulary studio: `GET /api/vocabulary/streams/{id}/reader`, a stream to
 * watch and read along, its cues cut into words by the same tokenizer and item finder as the
 * extraction; and `POST /api/vocabulary/{id}/mine`, which makes a word's card from the cue it was
 * heard in. Private to their owner.
 */
export const vocabularyReaderRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { runtime, rateLimits }) => {
  const store = () => createVocabularyStore(databaseOf(runtime));

  app.get('/vocabulary/streams/:id/reader', {
    onRequest: rateLimits.reads,
    schema: {
      summary: 'A stream\'s cues with their words, each tied to your expression and its status',
      description: 'Read from the transcript the stream was analysed from; a stream transcribed from its recording keeps no transcript and answers 409. '
        + 'Another learner\'s stream answers 404.',
      tags: ['vocabulary'], params: z.object({ id }), response: { 200: readerSchema },
    },
  }, async (request, reply) => streamReader(request.params.id, {
    store: store(), assets: runtime.assets, config: runtime.config, ownerId: request.userId, signal: clientGoneSignal(reply),
  }));

  app.post('/vocabulary/:id/mine', {
    onRequest: rateLimits['jobs-create'],
    schema: {
      summary: 'Mine an expression: its card shows the cue you heard it in',
      description: '`streamId` and `start` name the cue (as the reader gives them). The expression becomes `learning` and joins the mined cards '
        + '(`mined=true` in `GET /api/vocabulary` and the exports); its card\'s sentence, audio and picture are that cue\'s, cut now when the stream '
        + 'has a recording. `card` says what the card carries, `notes` why it lacks audio or a picture. A cue it is not in answers 400.',
      tags: ['vocabulary'], params: z.object({ id }),
      body: z.strictObject({ streamId: id, start: z.number().nonnegative().nullable() }),
      response: { 200: z.object({ entry: vocabularyEntrySchema, card: z.object({ audio: z.boolean(), picture: z.boolean(), notes: z.array(z.string()) }) }) },
    },
  }, async (request, reply) => {
    const ownerId = request.userId;
    await store().mine(ownerId, request.params.id, request.body.streamId, request.body.start);
    const entry = await store().entry(ownerId, request.params.id);
    // Cut now, into the card media cache the exports read, so the deck downloaded next reuses it and the learner hears at once whether the card has sound.
    const media = await collectCardMedia([entry], { store: store(), assets: runtime.assets, ownerId, cacheFolder: cardMediaFolder(runtime.config.dataDir), signal: clientGoneSignal(reply) });
    const cut = media.byEntry.get(entry.id);
    return { entry, card: { audio: Boolean(cut), picture: Boolean(cut?.picture), notes: media.notes } };
  });
};
