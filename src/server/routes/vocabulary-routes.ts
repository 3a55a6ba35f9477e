import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { BadInputError, KilnError, UnsupportedMediaTypeError } from '../../engine/errors/index.ts';
import { chooseDictionary, dictionaryAdvice } from '../../pipelines/vocabulary/analysis/choose-dictionary.ts';
import { exportServicesFor } from '../../pipelines/vocabulary/exports/export-services.ts';
import { exportFormats, exportVocabulary } from '../../pipelines/vocabulary/exports/vocabulary-export.ts';
import { vocabularyRevision } from '../../pipelines/vocabulary/exports/vocabulary-revision.ts';
import { readWordList } from '../../pipelines/vocabulary/read-word-list.ts';
import { vocabularyEntrySchema, vocabularyFilterSchema } from '../../pipelines/vocabulary/store/vocabulary-entry.ts';
import { createVocabularyStore } from '../../pipelines/vocabulary/store/vocabulary-store.ts';
import { createNotionConnectionStore } from '../../pipelines/vocabulary/sync/notion-connection-store.ts';
import { expressionStatuses } from '../../pipelines/vocabulary/vocabulary-contracts.ts';
import type { AssetRecord } from '../../runtime/contracts.ts';
import { assertAdministrator } from '../auth/assert-administrator.ts';
import { contentDisposition } from '../http/content-disposition.ts';
import { clientGoneSignal } from '../http/client-gone-signal.ts';
import { sendQueuedJob } from '../http/send-queued-job.ts';
import { jobSchema } from './job-schemas.ts';
import { databaseOf } from './profile-routes.ts';
import { readVocabularyUpload } from './read-vocabulary-upload.ts';
import type { RouteOptions } from './route-options.ts';
import { streamSchema } from './vocabulary-schemas.ts';

const params = z.object({ id: z.string().min(1).max(100) });
const { page: _page, pageSize: _pageSize, ...exportFilter } = vocabularyFilterSchema.shape;

/**
 * The vocabulary studio: upload a stream's transcript or recording (a `vocabulary` job), browse and
 * mark what was found, import known words, export files and sync to Notion or Anki. Private to their owner.
 */
export const vocabularyRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { runtime, rateLimits }) => {
  const store = () => createVocabularyStore(databaseOf(runtime));

  app.post('/vocabulary/streams', {
    onRequest: [rateLimits.uploads, rateLimits['jobs-create']],
    schema: {
      summary: 'Analyse a stream from its transcript or recording',
      description: 'multipart/form-data: optional `url` (YouTube or Twitch, for timestamp links), `title`, `channel`, `date`, `format` '
        + '(vtt, srt, ass, json3, text), then one `file`: subtitles or a transcript (parsed now: a bad file answers 400), or a recording '
        + '(transcribed by the `transcription` capability). Up to 50 MB. Answers 202 with a `vocabulary` job.',
      tags: ['vocabulary'], consumes: ['multipart/form-data'], response: { 202: jobSchema },
    },
  }, async (request, reply) => {
    if (!request.isMultipart()) throw new UnsupportedMediaTypeError('Send the transcript or recording as multipart/form-data in a field named `file`.');
    const stored: AssetRecord[] = [];
    try {
      const { cueCount: _cues, ...upload } = await readVocabularyUpload(request, runtime, stored);
      const enrich = !(runtime.providers.candidates('text')[0] ?? 'builtin:').startsWith('builtin:');
      const job = await runtime.jobs.create(request.userId, 'vocabulary', { ...upload, enrich, dictionary: chooseDictionary(runtime.config.vocabulary?.jmdictPath).version });
      return sendQueuedJob(reply, job);
    } catch (error) {
      await Promise.all(stored.map((asset) => runtime.assets.delete(request.userId, asset.id).catch(() => undefined)));
      throw error;
    }
  });

  app.get('/vocabulary/streams', {
    onRequest: rateLimits.reads,
    schema: { summary: 'Your analysed streams, newest first, with comprehension scores', tags: ['vocabulary'], response: { 200: z.object({ streams: z.array(streamSchema) }) } },
  }, async (request) => ({ streams: await store().listStreams(request.userId) }));

  app.get('/vocabulary/streams/:id', {
    onRequest: rateLimits.reads,
    schema: { summary: 'One analysed stream', tags: ['vocabulary'], params, response: { 200: streamSchema } },
  }, async (request) => store().getStream(request.userId, request.params.id));

  app.get('/vocabulary/dictionary', {
    onRequest: rateLimits.reads,
    schema: {
      summary: 'The dictionary that gives ordinary words their meaning',
      description: '`kind` is `jmdict` (the configured file), `edict` (Debian\'s edict package) or `none`; with none, `advice` says how to install one.',
      tags: ['vocabulary'],
      response: { 200: z.object({ kind: z.enum(['jmdict', 'edict', 'none']), label: z.string().nullable(), advice: z.string().nullable() }) },
    },
  }, async () => {
    const choice = chooseDictionary(runtime.config.vocabulary?.jmdictPath);
    return { kind: choice.kind, label: choice.label, advice: choice.kind === 'none' ? dictionaryAdvice : null };
  });

  app.get('/vocabulary', {
    onRequest: rateLimits.reads,
    schema: {
      summary: 'Your expressions, searched and filtered',
      description: '`q` matches kanji, kana, romaji or English. Known expressions are hidden unless `status=known` or `status=all`.',
      tags: ['vocabulary'], querystring: vocabularyFilterSchema,
      response: { 200: z.object({ items: z.array(vocabularyEntrySchema), total: z.int(), page: z.int(), pageSize: z.int() }) },
    },
  }, async (request) => {
    const { entries, total } = await store().query(request.userId, request.query);
    return { items: entries, total, page: request.query.page, pageSize: request.query.pageSize };
  });

  app.patch('/vocabulary/:id', {
    onRequest: rateLimits['jobs-create'],
    schema: { summary: 'Mark an expression new, learning or known', tags: ['vocabulary'], params, body: z.strictObject({ status: z.enum(expressionStatuses) }) },
  }, async (request, reply) => {
    await store().setStatus(request.userId, request.params.id, request.body.status);
    return reply.code(204).send();
  });

  app.post('/vocabulary/known', {
    onRequest: rateLimits['jobs-create'],
    schema: {
      summary: 'Import words you know',
      description: '`text`: a word list, one word a line; or `anki`: `{ deck, field }` to read a deck through AnkiConnect (administrators only: the Anki is the operator\'s). Matching expressions become known and are hidden from new extractions.',
      tags: ['vocabulary'],
      body: z.strictObject({
        text: z.string().max(2_000_000).optional(),
        anki: z.strictObject({ deck: z.string().min(1).max(200), field: z.string().min(1).max(100) }).optional(),
      }),
      response: { 200: z.object({ words: z.int(), added: z.int(), markedKnown: z.int() }) },
    },
  }, async (request, reply) => {
    const { text, anki } = request.body;
    if (Boolean(text) === Boolean(anki)) throw new BadInputError('Send either `text` (a word list, one word a line) or `anki` ({ deck, field }).');
    if (text) {
      const words = readWordList(text);
      if (words.length === 0) throw new BadInputError('The word list is empty; put one word a line.');
      return store().importKnownWords(request.userId, words, 'list');
    }
    assertAdministrator(request, 'Importing from Anki');
    const { readAnkiDeckWords } = await import('../../pipelines/vocabulary/sync/read-anki-deck-words.ts');
    // Anki being closed is the learner's to fix, so it answers 400 with the sentence rather than a server error.
    const words = await readAnkiDeckWords(runtime.config.vocabulary?.anki?.url, anki!.deck, anki!.field, clientGoneSignal(reply)).catch((error: unknown) => {
      if (error instanceof KilnError && error.code === 'provider_unavailable') throw new BadInputError(error.message, { cause: error });
      throw error;
    });
    return store().importKnownWords(request.userId, words, `anki:${anki!.deck}`);
  });

  app.get('/vocabulary/export', {
    onRequest: rateLimits['jobs-create'],
    schema: {
      summary: 'Download your expressions as CSV, an Anki deck, a PDF worksheet or social posts',
      description: 'Written in the request by the same functions as the `vocabulary-export` job\'s steps; `POST /api/vocabulary/exports` runs it as a resumable job. '
        + 'A deck\'s cards carry the sentence\'s audio and a picture of that moment when their stream has a recording (up to 200 cards an export); '
        + 'the `kiln-export-notes` header says why cards have none.',
      tags: ['vocabulary'], querystring: z.object({ format: z.enum(exportFormats), ...exportFilter }),
    },
  }, async (request, reply) => {
    const { format, ...filter } = request.query;
    const services = exportServicesFor({ store: store(), assets: runtime.assets, config: runtime.config, ownerId: request.userId, signal: clientGoneSignal(reply) });
    const file = await exportVocabulary(store(), request.userId, format, filter, services);
    // Why cards lack audio or a picture travels with the file; the notes are plain ASCII sentences.
    if (file.notes.length > 0) reply.header('kiln-export-notes', file.notes.join(' | ').replace(/[^\x20-\x7e]/g, '?'));
    return reply.header('content-type', file.mediaType).header('content-disposition', contentDisposition(file.fileName, 'attachment')).send(file.data);
  });

  app.post('/vocabulary/exports', {
    onRequest: rateLimits['jobs-create'],
    schema: {
      summary: 'Write your expressions as a file in a job',
      description: 'Queues a `vocabulary-export` job (steps `select`, then `render-<format>`); its output names the file\'s asset '
        + '(`assetId`), downloaded from `/api/assets/{assetId}/content`. The same export asked for again with an unchanged vocabulary comes from the cache.',
      tags: ['vocabulary'], body: z.strictObject({ format: z.enum(exportFormats), ...exportFilter }), response: { 202: jobSchema },
    },
  }, async (request, reply) => {
    const { format, ...filter } = request.body;
    const revision = await vocabularyRevision(databaseOf(runtime), request.userId);
    const job = await runtime.jobs.create(request.userId, 'vocabulary-export', { format, filter, revision });
    return sendQueuedJob(reply, job);
  });

  app.post('/vocabulary/sync', {
    onRequest: rateLimits['jobs-create'],
    schema: {
      summary: 'Send your expressions to Notion or Anki',
      description: 'Queues a `vocabulary-sync` job. Notion: your own connection (PUT /api/connections/notion) when you have one, for any '
        + 'signed-in user; otherwise the operator\'s (`vocabulary.notion.databaseId` in the config and the token in NOTION_TOKEN), for '
        + 'administrators only. Anki needs AnkiConnect running, and is for administrators only: it is the operator\'s collection.',
      tags: ['vocabulary'], body: z.strictObject({ to: z.enum(['notion', 'anki']), status: vocabularyFilterSchema.shape.status }), response: { 202: jobSchema },
    },
  }, async (request, reply) => {
    const own = request.body.to === 'notion' && (await createNotionConnectionStore(databaseOf(runtime), runtime.config).describe(request.userId)).connected;
    if (!own) assertAdministrator(request, request.body.to === 'anki' ? 'Sending to Anki' : 'Sending to Notion without your own connection');
    const account = request.body.to === 'notion' ? { account: own ? 'own' as const : 'operator' as const } : {};
    const job = await runtime.jobs.create(request.userId, 'vocabulary-sync', { to: request.body.to, status: request.body.status, ...account });
    return sendQueuedJob(reply, job);
  });
};
