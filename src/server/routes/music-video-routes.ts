import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  BadInputError, KilnError, MediaError, UnsupportedMediaTypeError,
} from '../../engine/errors/index.ts';
import { probeMedia } from '../../media/video/probe-media.ts';
import { longestSongSeconds, mostCharacters } from '../../pipelines/music-video/music-video-input.ts';
import type { AssetRecord, KilnRuntime } from '../../runtime/contracts.ts';
import { cleanFileName } from '../http/content-disposition.ts';
import { checkUpload } from '../uploads/read-upload.ts';
import { jobSchema } from './job-schemas.ts';
import type { RouteOptions } from './route-options.ts';

export interface MusicVideoRouteOptions extends RouteOptions {
  /** Largest file an upload may be. */
  uploadLimitBytes: number;
}

/** Form fields taken as numbers; the pipeline's schema checks their ranges. */
const numberFields = ['moments', 'width', 'height', 'fps', 'beatOffsetSeconds'] as const;
const songTypes = /^(audio\/|video\/(mp4|webm|x-matroska|ogg)$)/;

/**
 * `POST /api/music-videos`: one multipart request with the song and the character images stores
 * them as the user's assets and starts a `music-video` job. Everything is checked before the job
 * starts: types by their bytes, sizes, the song's length by probing it. On any refusal the assets
 * this request stored are deleted again, so nothing is left behind.
 */
export const musicVideoRoutes: FastifyPluginAsyncZod<MusicVideoRouteOptions> = async (app, { runtime, rateLimits, uploadLimitBytes }) => {
  app.post('/music-videos', {
    onRequest: [rateLimits.uploads, rateLimits['jobs-create']],
    schema: {
      summary: 'Start a music video from a song and character images',
      description: 'multipart/form-data: `song` (one audio file: MP3, WAV, FLAC, Ogg or M4A, up to 20 minutes) or '
        + '`songAssetId` (an asset you uploaded before, which lets a new style reuse the analysis); `character` (0 to 8 '
        + 'images) and/or `characterAssetId` fields; optional `style`, `moments`, `width`, `height`, `fps`, '
        + '`beatOffsetSeconds`. Answers 202 with the job; its output names `final_video.mp4` and the other assets. '
        + 'Wrong file types answer 415, files over the upload limit 413, a song over 20 minutes 400.',
      tags: ['music videos'],
      consumes: ['multipart/form-data'],
      response: { 202: jobSchema },
    },
  }, async (request, reply) => {
    if (!request.isMultipart()) {
      throw new UnsupportedMediaTypeError(`Content-Type ${request.headers['content-type'] ?? '(none)'} is not accepted here; send multipart/form-data with the song in a field named \`song\`.`);
    }
    const stored: AssetRecord[] = [];
    try {
      const input = await readForm(request, runtime, uploadLimitBytes, stored);
      const job = await runtime.jobs.create(request.userId, 'music-video', input);
      return reply.code(202).header('location', `/api/jobs/${encodeURIComponent(job.id)}`).send(job);
    } catch (error) {
      await Promise.all(stored.map((asset) => runtime.assets.delete(request.userId, asset.id).catch(() => undefined)));
      throw error;
    }
  });
};

async function readForm(request: FastifyRequest, runtime: KilnRuntime, limitBytes: number, stored: AssetRecord[]) {
  const ownerId = request.userId;
  let song: AssetRecord | undefined;
  const characters: AssetRecord[] = [];
  const input: Record<string, unknown> = {};
  const parts = request.parts({ limits: { fileSize: limitBytes, files: mostCharacters + 2, fields: 30, parts: 40 } });
  for await (const part of parts) {
    if (part.type === 'file') {
      if (part.fieldname === 'song' && !song) {
        song = await storeUpload(part, 'song', runtime, ownerId, limitBytes);
        stored.push(song);
        await checkSong(runtime, song);
      } else if (part.fieldname === 'character' && characters.length < mostCharacters) {
        const character = await storeUpload(part, 'character image', runtime, ownerId, limitBytes);
        stored.push(character);
        characters.push(character);
      } else {
        part.file.resume();
        throw new BadInputError(part.fieldname === 'song' || part.fieldname === 'character'
          ? `Send one song and at most ${mostCharacters} character images.`
          : `The form has a file in a field named \`${part.fieldname}\`; send the song in \`song\` and pictures in \`character\`.`);
      }
    } else if (part.fieldname === 'songAssetId' && !song) {
      song = await existingAsset(runtime, ownerId, String(part.value), 'song');
    } else if (part.fieldname === 'characterAssetId' && characters.length < mostCharacters) {
      characters.push(await existingAsset(runtime, ownerId, String(part.value), 'character image'));
    } else if (part.fieldname === 'style') {
      input.style = String(part.value);
    } else if ((numberFields as readonly string[]).includes(part.fieldname)) {
      const text = String(part.value).trim();
      const value = Number(text);
      if (text === '' || !Number.isFinite(value)) throw new BadInputError(`The field \`${part.fieldname}\` must be a number; got "${text}".`);
      input[part.fieldname] = value;
    } else {
      throw new BadInputError(`The form has an unexpected field \`${part.fieldname}\` (or one too many of it).`);
    }
  }
  if (!song) throw new BadInputError('The form has no song: send an audio file in a field named `song`.');
  return { ...input, songAssetId: song.id, characterAssetIds: characters.map((character) => character.id) };
}

/** Stores one uploaded file after checking its bytes are of the kind the field wants. */
async function storeUpload(part: MultipartFile, role: 'song' | 'character image', runtime: KilnRuntime, ownerId: string, limitBytes: number) {
  const upload = await checkUpload(part.file, part.mimetype, limitBytes);
  const fits = role === 'song' ? songTypes.test(upload.mediaType) : upload.mediaType.startsWith('image/');
  if (!fits) {
    part.file.resume();
    throw new UnsupportedMediaTypeError(role === 'song'
      ? `The song ${cleanFileName(part.filename)} is ${upload.mediaType}, not audio; upload an MP3, WAV, FLAC, Ogg or M4A file.`
      : `The character image ${cleanFileName(part.filename)} is ${upload.mediaType}, not an image; upload PNG, JPEG, WebP or GIF pictures.`, {
      details: { field: role === 'song' ? 'song' : 'character', found: upload.mediaType },
    });
  }
  const name = cleanFileName(part.filename) || (role === 'song' ? 'song' : 'character');
  return runtime.assets.put({ ownerId, data: upload.data, mediaType: upload.mediaType, name, metadata: { uploadedFor: 'music-video' } });
}

/** An asset named by id in the form: it must be the user's and of the right kind. */
async function existingAsset(runtime: KilnRuntime, ownerId: string, assetId: string, role: 'song' | 'character image') {
  const asset = await runtime.assets.get(ownerId, assetId);
  const fits = role === 'song' ? songTypes.test(asset.mediaType) : asset.mediaType.startsWith('image/');
  if (!fits) throw new UnsupportedMediaTypeError(`The ${role} asset ${assetId} is ${asset.mediaType}; it must be ${role === 'song' ? 'audio' : 'an image'}.`);
  return asset;
}

/** Reads the song's header (fast: nothing is decoded) to refuse what the job would fail on anyway. */
async function checkSong(runtime: KilnRuntime, song: AssetRecord): Promise<void> {
  const probed = await probeMedia(runtime.assets.pathOf(song)).catch((error: unknown) => {
    if (!(error instanceof KilnError) || error.code !== 'media_failed') throw error;
    throw new MediaError(`The song ${song.name} could not be read; it is corrupt or not really audio.`, { details: { stderr: error.details?.stderr } });
  });
  if (!probed.streams.some((stream) => stream.kind === 'audio')) {
    throw new UnsupportedMediaTypeError(`The song ${song.name} has no sound in it; upload an audio file.`);
  }
  if (probed.duration !== undefined && probed.duration > longestSongSeconds) {
    const minutes = Math.round(probed.duration / 6) / 10;
    throw new BadInputError(`The song is ${minutes} minutes long; the studio takes songs up to ${longestSongSeconds / 60} minutes. Trim it and upload it again.`, {
      details: { durationSeconds: probed.duration, limitSeconds: longestSongSeconds },
    });
  }
  if (probed.duration !== undefined && probed.duration < 2) {
    throw new BadInputError(`The song is ${probed.duration.toFixed(2)} s long; at least 2 seconds are needed to find a beat.`);
  }
}
