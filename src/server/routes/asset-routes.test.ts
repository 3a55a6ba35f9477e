import { readdir, readFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import sharp from 'sharp';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { assetFiles, createTestRuntime, type TestRuntime } from '../../runtime/testing/create-test-runtime.ts';
import { buildApp, type BuildAppOptions } from '../build-app.ts';
import { jpegHeader, pngHeader, wavFile, withBody } from '../testing/media-headers.ts';
import { multipartBody, type MultipartPart } from '../testing/multipart-body.ts';

let local: TestRuntime;
beforeAll(async () => {
  local = await createTestRuntime();
});
afterAll(() => local.close());

let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function start(testRuntime: TestRuntime = local, options: Partial<BuildAppOptions> = {}): Promise<FastifyInstance> {
  app = await buildApp(testRuntime.runtime, { auth: testRuntime.auth, ...options });
  return app;
}

/** What the store holds: the asset records and every file under assets/, to check a refusal wrote nothing. */
async function storeContents(testRuntime: TestRuntime = local) {
  return { records: await testRuntime.runtime.assets.list('local'), files: await assetFiles(testRuntime.dataDir) };
}

function upload(target: FastifyInstance, parts: MultipartPart[], headers: Record<string, string> = {}) {
  const body = multipartBody(parts);
  return target.inject({ method: 'POST', url: '/api/assets', payload: body.payload, headers: { ...body.headers, ...headers } });
}

const file = (data: Uint8Array, contentType: string, filename = 'picture.png'): MultipartPart => ({ kind: 'file', field: 'file', filename, contentType, data });

/** A real PNG that decodes; `shade` makes bytes no other test stores. */
async function png(shade: number, width = 8, height = 8): Promise<Uint8Array> {
  const image = sharp({ create: { width, height, channels: 3, background: { r: shade, g: 255 - shade, b: 90 } } });
  return new Uint8Array(await image.png().toBuffer());
}

describe('POST /api/assets', () => {
  it('stores a file whose bytes match its type and answers 201 with the record', async () => {
    const picture = await png(1);
    const response = await upload(await start(), [file(picture, 'image/png', '../../holiday.png')]);
    expect(response.statusCode).toBe(201);
    const asset = response.json();
    expect(asset).toMatchObject({ ownerId: 'local', mediaType: 'image/png', sizeBytes: picture.length, name: 'holiday.png', jobId: null });
    expect(response.headers.location).toBe(`/api/assets/${asset.id}`);
    // Stored under its hash in the data folder, never under the name the client sent.
    const { sha256 } = asset;
    const stored = await readFile(join(local.dataDir, 'assets', sha256.slice(0, 2), sha256.slice(2, 4), sha256));
    expect(stored.equals(Buffer.from(picture))).toBe(true);
  });

  it('decides the type from the bytes when the browser declares none', async () => {
    const response = await upload(await start(), [file(wavFile(), 'application/octet-stream', 'take-1.wav')]);
    expect(response.json().mediaType).toBe('audio/wav');
  });

  it('refuses bytes that disagree with the declared type with 415, storing nothing', async () => {
    const before = await storeContents();
    const response = await upload(await start(), [file(withBody(jpegHeader, 200), 'image/png')]);
    expect(response.statusCode).toBe(415);
    expect(response.json().error).toMatchObject({ code: 'unsupported_media_type', details: { found: 'a JPEG image (image/jpeg)' } });
    expect(await storeContents()).toEqual(before);
  });

  it('refuses a file of a type Kiln does not take, naming it', async () => {
    const before = await storeContents();
    const response = await upload(await start(), [file(new TextEncoder().encode('<html><script>alert(1)</script>'), 'image/png', 'x.png')]);
    expect(response.statusCode).toBe(415);
    expect(response.json().error.message).toMatch(/^The upload is a file of an unknown type|^The upload is an HTML document/);
    expect(await storeContents()).toEqual(before);
  });

  it('refuses a file over the upload limit with 413 naming the limit, keeping nothing', async () => {
    const before = await storeContents();
    const response = await upload(await start(local, { uploadLimitBytes: 1024 }), [file(withBody(wavFile(), 4096), 'audio/wav', 'long.wav')]);
    expect(response.statusCode).toBe(413);
    expect(response.json().error).toEqual({
      code: 'payload_too_large', message: 'The file is larger than the upload limit of 1 KiB.', details: { limitBytes: 1024 },
    });
    expect(await storeContents()).toEqual(before);
  });

  it('fails the store\'s stream with 413 when a file passes the limit mid-upload', async () => {
    const before = await storeContents();
    const temporaryFolder = join(local.dataDir, 'assets', 'tmp');
    const address = await (await start(local, { uploadLimitBytes: 64 * 1024 })).listen({ host: '127.0.0.1', port: 0 });
    const { payload, headers } = multipartBody([file(withBody(wavFile(), 256 * 1024), 'audio/wav', 'long.wav')]);
    const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const clientRequest = httpRequest(`${address}/api/assets`, { method: 'POST', headers }, (response) => {
        let body = '';
        response.on('data', (chunk) => (body += chunk)).on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      });
      clientRequest.on('error', reject);
      // The head goes first, so the type is checked and the store starts writing its temporary file
      // before the limit is reached.
      clientRequest.write(payload.subarray(0, 4096));
      vi.waitFor(async () => expect(await readdir(temporaryFolder)).toHaveLength(1), { timeout: 10_000 })
        .then(() => clientRequest.end(payload.subarray(4096)), reject);
    });
    const { status, body } = await answer;
    expect(status).toBe(413);
    expect(JSON.parse(body).error.message).toBe('The file is larger than the upload limit of 64 KiB.');
    expect(await storeContents()).toEqual(before);
  });

  it('asks for multipart when sent JSON, and for a file when the form has none', async () => {
    const target = await start();
    const json = await target.inject({ method: 'POST', url: '/api/assets', payload: { file: 'x' } });
    expect(json.statusCode).toBe(415);
    expect(json.json().error.message).toContain('multipart/form-data');
    const noFile = await upload(target, []);
    expect(noFile.statusCode).toBe(400);
    expect(noFile.json().error.message).toBe('The form has no file; send one in a field named `file`.');
  });
});

describe('reading assets', () => {
  async function stored(target: FastifyInstance, headers: Record<string, string> = {}) {
    const bytes = await png(2, 40, 30);
    return { bytes, asset: (await upload(target, [file(bytes, 'image/png', 'café menu.png')], headers)).json() };
  }

  it('serves the bytes with type, length and a safe download name', async () => {
    const target = await start();
    const { asset, bytes } = await stored(target);
    const response = await target.inject({ method: 'GET', url: `/api/assets/${asset.id}/content?download=1` });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('image/png');
    expect(response.headers['content-length']).toBe(String(bytes.length));
    expect(response.headers['accept-ranges']).toBe('bytes');
    expect(response.headers['content-disposition']).toBe(`attachment; filename="cafe menu.png"; filename*=UTF-8''caf%C3%A9%20menu.png`);
    expect(response.headers['content-security-policy']).toBe('sandbox');
    expect(response.rawPayload.equals(Buffer.from(bytes))).toBe(true);
  });

  it('serves one byte range with 206, and 416 for a range past the end', async () => {
    const target = await start();
    const { asset, bytes } = await stored(target);
    const partial = await target.inject({ method: 'GET', url: `/api/assets/${asset.id}/content`, headers: { range: 'bytes=10-19' } });
    expect(partial.statusCode).toBe(206);
    expect(partial.headers['content-range']).toBe(`bytes 10-19/${bytes.length}`);
    expect(partial.rawPayload.equals(Buffer.from(bytes.subarray(10, 20)))).toBe(true);
    const outside = await target.inject({ method: 'GET', url: `/api/assets/${asset.id}/content`, headers: { range: `bytes=${bytes.length + 10}-` } });
    expect(outside.statusCode).toBe(416);
    expect(outside.headers['content-range']).toBe(`bytes */${bytes.length}`);
    expect(outside.json().error.code).toBe('bad_input');
  });

  it('answers 304 when the client already has the bytes', async () => {
    const target = await start();
    const { asset } = await stored(target);
    const response = await target.inject({ method: 'GET', url: `/api/assets/${asset.id}/content`, headers: { 'if-none-match': `"${asset.sha256}"` } });
    expect(response.statusCode).toBe(304);
  });

  it('deletes an asset with 204; it is gone afterwards, and so is its file', async () => {
    const target = await start();
    // Bytes no other test stores, so no other record keeps the file.
    const asset = (await upload(target, [file(await png(3), 'image/png', 'to-delete.png')])).json();
    const fileName = (await assetFiles(local.dataDir)).find((name) => name.endsWith(asset.sha256));
    expect(fileName).toBeDefined();
    expect((await target.inject({ method: 'DELETE', url: `/api/assets/${asset.id}` })).statusCode).toBe(204);
    expect((await target.inject({ method: 'GET', url: `/api/assets/${asset.id}` })).statusCode).toBe(404);
    expect(await assetFiles(local.dataDir)).not.toContain(fileName);
  });
});

describe('another user\'s assets', () => {
  let jwt: TestRuntime;
  beforeAll(async () => {
    jwt = await createTestRuntime({ authMode: 'jwt' });
  });
  afterAll(() => jwt.close());

  it('lists a user\'s own assets and answers 404 for another user\'s', async () => {
    const target = await start(jwt);
    const alice = await jwt.bearer('alice');
    const bob = await jwt.bearer('bob');
    const bytes = await png(4);
    const asset = (await upload(target, [file(bytes, 'image/png', 'alice.png')], alice)).json();
    expect((await target.inject({ method: 'GET', url: '/api/assets', headers: alice })).json().assets).toHaveLength(1);
    expect((await target.inject({ method: 'GET', url: '/api/assets', headers: bob })).json()).toEqual({ assets: [] });
    for (const [method, url] of [['GET', `/api/assets/${asset.id}`], ['GET', `/api/assets/${asset.id}/content`], ['DELETE', `/api/assets/${asset.id}`]] as const) {
      const response = await target.inject({ method, url, headers: bob });
      expect(response.statusCode, `${method} ${url}`).toBe(404);
      expect(response.json().error.code).toBe('not_found');
    }
    // Bob's delete did nothing: Alice still has the asset and its bytes.
    expect((await target.inject({ method: 'GET', url: `/api/assets/${asset.id}`, headers: alice })).statusCode).toBe(200);
    const content = await target.inject({ method: 'GET', url: `/api/assets/${asset.id}/content`, headers: alice });
    expect(content.rawPayload.equals(Buffer.from(bytes))).toBe(true);
  });
});
