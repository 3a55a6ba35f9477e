import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { BadInputError, UnsupportedMediaTypeError } from '../../engine/errors/index.ts';
import { createVocabularyStore } from '../../pipelines/vocabulary/store/vocabulary-store.ts';
import { checkRecording } from '../../pipelines/vocabulary/transcribe-step.ts';
import type { AssetRecord } from '../../runtime/contracts.ts';
import { clientGoneSignal } from '../http/client-gone-signal.ts';
import { asMalformedMultipart, multipartParts } from '../uploads/multipart-parts.ts';
import { checkUpload } from '../uploads/read-upload.ts';
import { uploadFileName } from '../uploads/upload-file-name.ts';
import { databaseOf } from './profile-routes.ts';
import type { RouteOptions } from './route-options.ts';
import { streamSchema } from './vocabulary-schemas.ts';

export interface VocabularyRecordingRouteOptions extends RouteOptions {
  /** Largest file an upload may be. */
  uploadLimitBytes: number;
}

/** A recording may end this much before the last sentence (subtitle files often run a little long). */
const toleranceSeconds = 1;

/**
 * `PUT /api/vocabulary/streams/{id}/recording`: gives a stream analysed from its subtitles the
 * recording they belong to, so its Anki cards carry each sentence's audio and a picture of that
 * moment. The recording must have sound and last as long as the subtitles; a refused upload is deleted.
 */
export const vocabularyRecordingRoutes: FastifyPluginAsyncZod<VocabularyRecordingRouteOptions> = async (app, { runtime, rateLimits, uploadLimitBytes }) => {
  app.put('/vocabulary/streams/:id/recording', {
    onRequest: [rateLimits.uploads, rateLimits['jobs-create']],
    schema: {
      summary: 'Attach the recording a stream\'s subtitles belong to',
      description: 'multipart/form-data with one `file` (video or audio with sound), or JSON `{ "recordingAssetId": "…" }` naming a recording you uploaded. '
        + 'Its cards then carry the sentence\'s audio clip and a picture in the Anki exports and sync. A recording without sound, or shorter than the subtitles, answers 400.',
      tags: ['vocabulary'], consumes: ['multipart/form-data', 'application/json'],
      params: z.object({ id: z.string().min(1).max(100) }), response: { 200: streamSchema },
    },
  }, async (request, reply) => {
    const store = createVocabularyStore(databaseOf(runtime));
    const ownerId = request.userId;
    const signal = clientGoneSignal(reply);
    // Known before the upload is stored: a stream of someone else's answers 404 without keeping their file.
    await store.getStream(ownerId, request.params.id);
    const stored: AssetRecord[] = [];
    try {
      const recording = request.isMultipart() ? await readRecordingPart(request, uploadLimitBytes, stored) : await namedRecording(request.body);
      if (!/^(audio|video)\//.test(recording.mediaType)) throw new UnsupportedMediaTypeError(`${recording.name} is ${recording.mediaType}; attach a video or audio recording of the stream.`);
      const seconds = (await checkRecording(runtime.assets, recording, signal)).duration ?? 0;
      const lastSentence = await store.lastSentenceEnd(ownerId, request.params.id);
      if (lastSentence !== null && lastSentence > seconds + toleranceSeconds) {
        throw new BadInputError(`The subtitles run to ${lastSentence.toFixed(1)} s but the recording is ${seconds.toFixed(1)} s long; attach the recording of this stream.`);
      }
      await store.attachRecording(ownerId, request.params.id, recording.id);
      return await store.getStream(ownerId, request.params.id);
    } catch (error) {
      await Promise.all(stored.map((asset) => runtime.assets.delete(ownerId, asset.id).catch(() => undefined)));
      throw asMalformedMultipart(error);
    }

    async function namedRecording(body: unknown): Promise<AssetRecord> {
      const parsed = z.strictObject({ recordingAssetId: z.string().min(1).max(100) }).safeParse(body);
      if (!parsed.success) throw new BadInputError('Send the recording as multipart/form-data in a field named `file`, or JSON { "recordingAssetId": "…" }.');
      return runtime.assets.get(ownerId, parsed.data.recordingAssetId);
    }

    async function readRecordingPart(form: typeof request, limitBytes: number, into: AssetRecord[]): Promise<AssetRecord> {
      let asset: AssetRecord | undefined;
      for await (const part of multipartParts(form, { fileSize: limitBytes, files: 1, fields: 0, parts: 1 })) {
        if (part.type !== 'file' || part.fieldname !== 'file') throw new BadInputError(`Send one file in a field named \`file\` (got \`${part.fieldname}\`).`);
        const checked = await checkUpload(part.file, part.mimetype, limitBytes);
        asset = await runtime.assets.put({ ownerId, data: checked.data, mediaType: checked.mediaType, name: uploadFileName(part.filename, 'recording'), metadata: { uploadedFor: 'vocabulary' } });
        into.push(asset);
      }
      if (!asset) throw new BadInputError('The form has no file: send the recording in a field named `file`.');
      return asset;
    }
  });
};
