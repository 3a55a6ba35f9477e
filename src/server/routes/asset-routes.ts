import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { KilnError } from '../../engine/errors/index.ts';
import { sendError } from '../error-handler.ts';
import { contentDisposition } from '../http/content-disposition.ts';
import { parseByteRange } from '../http/parse-byte-range.ts';
import { assertMultipart } from '../uploads/assert-multipart.ts';
import { receiveOneFile } from '../uploads/receive-one-file.ts';
import { assetContentQuerySchema, assetParamsSchema, assetSchema, listAssetsQuerySchema } from './asset-schemas.ts';
import type { RouteOptions } from './route-options.ts';

export interface AssetRouteOptions extends RouteOptions {
  /** Largest file an upload may be. */
  uploadLimitBytes: number;
}

export const assetRoutes: FastifyPluginAsyncZod<AssetRouteOptions> = async (app, { runtime, rateLimits, uploadLimitBytes }) => {
  app.post('/assets', {
    onRequest: rateLimits.uploads,
    schema: {
      summary: 'Upload a file',
      description: 'multipart/form-data with one file in a field named `file` and nothing else. Images (PNG, JPEG, WebP, '
        + 'GIF, up to 4096×4096), audio (WAV, MP3, FLAC, Ogg, M4A) and video (MP4, WebM, Matroska), up to 20 minutes, are '
        + 'accepted, decided from the bytes and decoded in full before they are kept; a declared type that disagrees with '
        + 'the bytes answers 415, a file that does not decode 422, one past the limits 400.',
      tags: ['assets'],
      consumes: ['multipart/form-data'],
      response: { 201: assetSchema },
    },
  }, async (request, reply) => {
    assertMultipart(request, 'send the file as multipart/form-data in a field named `file`.');
    const asset = await receiveOneFile(request, runtime, uploadLimitBytes);
    return reply.code(201).header('location', `/api/assets/${encodeURIComponent(asset.id)}`).send(asset);
  });

  app.get('/assets', {
    onRequest: rateLimits.reads,
    schema: {
      summary: 'Your assets, uploads and job outputs',
      tags: ['assets'],
      querystring: listAssetsQuerySchema,
      response: { 200: z.object({ assets: z.array(assetSchema) }) },
    },
  }, async (request) => ({ assets: await runtime.assets.list(request.userId, request.query) }));

  app.get('/assets/:id', {
    onRequest: rateLimits.reads,
    schema: { summary: 'One asset\'s record', tags: ['assets'], params: assetParamsSchema, response: { 200: assetSchema } },
  }, async (request) => runtime.assets.get(request.userId, request.params.id));

  app.get('/assets/:id/content', {
    onRequest: rateLimits.reads,
    schema: {
      summary: 'The asset\'s bytes',
      description: 'Answers with the asset\'s media type. Takes one `Range: bytes=…` (206 Partial Content) for seeking in '
        + 'audio and video; `?download=1` asks the browser to save instead of show. With an object store configured for '
        + 'presigned URLs it answers 302 to a short-lived address of the bytes instead.',
      tags: ['assets'],
      params: assetParamsSchema,
      querystring: assetContentQuerySchema,
    },
  }, async (request, reply) => {
    const asset = await runtime.assets.get(request.userId, request.params.id);
    const etag = `"${asset.sha256}"`;
    if (request.headers['if-none-match'] === etag) return reply.code(304).header('etag', etag).send();
    const range = parseByteRange(request.headers.range, asset.sizeBytes);
    if (range.kind === 'unsatisfiable') {
      const error = new KilnError('bad_input', `The range ${request.headers.range} is outside the file, which is ${asset.sizeBytes} bytes long.`);
      return sendError(reply.header('content-range', `bytes */${asset.sizeBytes}`), error, 416);
    }
    const download = request.query.download === '1' || request.query.download === 'true';
    const disposition = contentDisposition(asset.name, download ? 'attachment' : 'inline');
    if (runtime.assets.presignedUrl) {
      // After the owner check, the object store serves the bytes (and any Range) itself; `no-store`,
      // because the address expires within minutes.
      const location = await runtime.assets.presignedUrl(asset, { contentDisposition: disposition });
      return reply.code(302).header('cache-control', 'private, no-store').header('location', location).send();
    }
    reply
      .header('accept-ranges', 'bytes')
      .header('etag', etag)
      // The bytes behind an id never change; `private` because they are one user's.
      .header('cache-control', 'private, max-age=31536000, immutable')
      .header('content-disposition', disposition)
      // Opened on its own, a file from a user or a model runs no script with this origin's rights.
      .header('content-security-policy', 'sandbox');
    reply.type(asset.mediaType);
    if (range.kind === 'whole') {
      return reply.header('content-length', asset.sizeBytes).send(runtime.assets.stream(asset));
    }
    return reply
      .code(206)
      .header('content-range', `bytes ${range.start}-${range.end}/${asset.sizeBytes}`)
      .header('content-length', range.end - range.start + 1)
      .send(runtime.assets.stream(asset, { start: range.start, end: range.end }));
  });

  app.delete('/assets/:id', {
    onRequest: rateLimits.uploads,
    schema: {
      summary: 'Delete an asset',
      tags: ['assets'],
      params: assetParamsSchema,
      response: { 204: z.undefined().describe('Deleted.') },
    },
  }, async (request, reply) => {
    await runtime.assets.delete(request.userId, request.params.id);
    return reply.code(204).send();
  });
};
