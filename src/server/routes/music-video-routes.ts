import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { BadInputError, UnsupportedMediaTypeError } from '../../engine/errors/index.ts';
import { mostCharacters } from '../../pipelines/music-video/music-video-input.ts';
import type { AssetRecord, KilnRuntime } from '../../runtime/contracts.ts';
import { sendQueuedJob } from '../http/send-queued-job.ts';
import { assertMultipart } from '../uploads/assert-multipart.ts';
import { asMalformedMultipart, multipartParts } from '../uploads/multipart-parts.ts';
import { probeUpload } from '../uploads/probe-upload.ts';
import { checkUpload } from '../uploads/read-upload.ts';
import { storeSongAsFlac } from '../uploads/store-song-as-flac.ts';
import { uploadFileName } from '../uploads/upload-file-name.ts';
import { jobSchema } from './job-schemas.ts';
import type { RouteOptions } from './route-options.ts';

export interface MusicVideoRouteOptions extends RouteOptions {
  /** Largest file an upload may be. */
  uploadLimitBytes: number;
}

/** Form fields taken as numbers; the pipeline's schema checks their ranges. */
const numberFields = ['moments', 'bpm', 'width', 'height', 'fps', 'beatOffsetSeconds'] as const;
/** What a form may send for `dance`: an HTML checkbox sends `on` when ticked and nothing when not. */
const danceValues: Record<string, boolean> = { true: true, on: true, 1: true, false: false, off: false, 0: false };
const songTypes = /^(audio\/|video\/(mp4|webm|x-matroska|ogg)$)/;

/**
 * `POST /api/music-videos`: one multipart request with the song and the character images stores
 * them as the user's assets and starts a `music-video` job. Everything is checked before the job
 * starts: types by their bytes, sizes, pictures by decoding them. The song is converted once into
 * FLAC (storeSongAsFlac), which is the asset the job reads. On any refusal the assets this request
 * stored are deleted again, so nothing is left behind.
 */
export const musicVideoRoutes: FastifyPluginAsyncZod<MusicVideoRouteOptions> = async (app, { runtime, rateLimits, uploadLimitBytes }) => {
  app.post('/music-videos', {
    onRequest: [rateLimits.uploads, rateLimits['jobs-create']],
    schema: {
      summary: 'Start a music video from a song and character images',
      description: 'multipart/form-data: `song` (one audio file: MP3, WAV, FLAC, Ogg or M4A, up to 20 minutes) or '
        + '`songAssetId` (an asset you uploaded before, which lets a new style reuse the analysis); `character` (0 to 8 '
        + 'images) and/or `characterAssetId` fields; optional `style`, `moments`, `bpm` (the song\'s tempo, about), `width`, `height`, `fps`, '
        + '`beatOffsetSeconds`, and `dance` (`true` or `on`: the characters dance over the pictures; needs a character), each at most once. The song is converted to FLAC, and the job\'s `songAssetId` names that '
        + 'asset. Answers 202 with the job; its output names `final_video.mp4` and the other assets. '
        + 'Wrong file types answer 415, files over the upload limit 413, a song over 20 minutes 400.',
      tags: ['music videos'],
      consumes: ['multipart/form-data'],
      response: { 202: jobSchema },
    },
  }, async (request, reply) => {
    assertMultipart(request, 'send multipart/form-data with the song in a field named `song`.');
    const stored: AssetRecord[] = [];
    try {
      const input = await readForm(request, runtime, uploadLimitBytes, stored);
      const job = await runtime.jobs.create(request.userId, 'music-video', input);
      return sendQueuedJob(reply, job);
    } catch (error) {
      await Promise.all(stored.map((asset) => runtime.assets.delete(request.userId, asset.id).catch(() => undefined)));
      throw asMalformedMultipart(error);
    }
  });
};

async function readForm(request: FastifyRequest, runtime: KilnRuntime, limitBytes: number, stored: AssetRecord[]) {
  const ownerId = request.userId;
  let song: AssetRecord | undefined;
  const characters: AssetRecord[] = [];
  const input: Record<string, unknown> = {};
  const limits = { fileSize: limitBytes, files: mostCharacters + 2, fields: 30, parts: 40 };
  for await (const part of multipartParts(request, limits)) {
    if (part.type === 'file') {
      if (part.fieldname === 'song' && !song) {
        const original = await storeUpload(part, 'song', runtime, ownerId, limitBytes);
        stored.push(original);
        song = await storeSongAsFlac(runtime.assets, original);
        stored.push(song);
        // Only the converted song is kept: the job never reads the uploaded bytes.
        await runtime.assets.delete(ownerId, original.id);
        stored.splice(stored.indexOf(original), 1);
      } else if (part.fieldname === 'character' && characters.length < mostCharacters) {
        const character = await storeUpload(part, 'character image', runtime, ownerId, limitBytes);
        stored.push(character);
        await runtime.assets.withLocalFile(character, (path) => probeUpload(path, character.mediaType, character.name));
        characters.push(character);
      } else {
        part.file.resume();
        throw new BadInputError(part.fieldname === 'song' || part.fieldname === 'character'
          ? `Send one song and at most ${mostCharacters} character images.`
          : `The form has a file in a field named \`${part.fieldname}\`; send the song in \`song\` and pictures in \`character\`.`, {
          details: { field: part.fieldname },
        });
      }
    } else if (part.fieldname === 'songAssetId') {
      if (song) throw repeated('songAssetId', 'name one song, by upload or by id');
      const chosen = await existingAsset(runtime, ownerId, String(part.value), 'song');
      song = await storeSongAsFlac(runtime.assets, chosen);
      if (song.id !== chosen.id) stored.push(song);
    } else if (part.fieldname === 'characterAssetId') {
      if (characters.length >= mostCharacters) throw new BadInputError(`Send at most ${mostCharacters} character images.`, { details: { field: part.fieldname } });
      characters.push(await existingAsset(runtime, ownerId, String(part.value), 'character image'));
    } else if (part.fieldname === 'dance') {
      if ('dance' in input) throw repeated('dance', 'send it once');
      const value = danceValues[String(part.value).trim().toLowerCase()];
      if (value === undefined) throw new BadInputError(`The field \`dance\` must be true or false; got "${String(part.value).slice(0, 40)}".`, { details: { field: 'dance' } });
      input.dance = value;
    } else if (part.fieldname === 'style' || (numberFields as readonly string[]).includes(part.fieldname)) {
      if (part.fieldname in input) throw repeated(part.fieldname, 'send it once');
      input[part.fieldname] = part.fieldname === 'style' ? String(part.value) : numberField(part.fieldname, String(part.value));
    } else {
      throw new BadInputError(`The form has an unexpected field \`${part.fieldname}\`; the fields are song, songAssetId, character, characterAssetId, style, dance, ${numberFields.join(', ')}.`, {
        details: { field: part.fieldname },
      });
    }
  }
  if (!song) throw new BadInputError('The form has no song: send an audio file in a field named `song`.');
  return { ...input, songAssetId: song.id, characterAssetIds: characters.map((character) => character.id) };
}

function repeated(field: string, advice: string): BadInputError {
  return new BadInputError(`The field \`${field}\` appears more than once; ${advice}.`, { details: { field } });
}

function numberField(field: string, raw: string): number {
  const text = raw.trim();
  const value = Number(text);
  if (text === '' || !Number.isFinite(value)) throw new BadInputError(`The field \`${field}\` must be a number; got "${text}".`, { details: { field } });
  return value;
}

/** Stores one uploaded file after checking its bytes are of the kind the field wants. */
async function storeUpload(part: MultipartFile, role: 'song' | 'character image', runtime: KilnRuntime, ownerId: string, limitBytes: number) {
  const upload = await checkUpload(part.file, part.mimetype, limitBytes);
  const name = uploadFileName(part.filename, role === 'song' ? 'song' : 'character');
  const fits = role === 'song' ? songTypes.test(upload.mediaType) : upload.mediaType.startsWith('image/');
  if (!fits) {
    part.file.resume();
    throw new UnsupportedMediaTypeError(role === 'song'
      ? `The song ${name} is ${upload.mediaType}, not audio; upload an MP3, WAV, FLAC, Ogg or M4A file.`
      : `The character image ${name} is ${upload.mediaType}, not an image; upload PNG, JPEG, WebP or GIF pictures.`, {
      details: { field: role === 'song' ? 'song' : 'character', found: upload.mediaType },
    });
  }
  return runtime.assets.put({ ownerId, data: upload.data, mediaType: upload.mediaType, name, metadata: { uploadedFor: 'music-video' } });
}

/** An asset named by id in the form: it must be the user's and of the right kind. */
async function existingAsset(runtime: KilnRuntime, ownerId: string, assetId: string, role: 'song' | 'character image') {
  const asset = await runtime.assets.get(ownerId, assetId);
  const fits = role === 'song' ? songTypes.test(asset.mediaType) : asset.mediaType.startsWith('image/');
  if (!fits) throw new UnsupportedMediaTypeError(`The ${role} asset ${assetId} is ${asset.mediaType}; it must be ${role === 'song' ? 'audio' : 'an image'}.`);
  return asset;
}
