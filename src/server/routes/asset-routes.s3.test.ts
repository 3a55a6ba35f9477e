// The asset routes on an S3 asset store, with s3rver as a local stand-in for MinIO or S3: uploads
// probed from a download, content and ranges through the API, or a 302 to a presigned URL.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestRuntime, type TestRuntime } from '../../runtime/testing/create-test-runtime.ts';
import { startLocalS3, type LocalS3 } from '../../store/testing/start-local-s3.ts';
import { temporaryDataDir } from '../../store/testing/temporary-data-dir.ts';
import { buildApp } from '../build-app.ts';
import { multipartBody } from '../testing/multipart-body.ts';

describe.each([
  { presignedUrls: false, title: 'through the API' },
  { presignedUrls: true, title: 'by presigned URL' },
])('asset routes on S3 (s3rver as a stand-in), downloads $title', ({ presignedUrls }) => {
  let s3: LocalS3;
  let folder: Awaited<ReturnType<typeof temporaryDataDir>>;
  let kiln: TestRuntime;
  let app: FastifyInstance;

  beforeAll(async () => {
    [s3, folder] = await Promise.all([startLocalS3(), temporaryDataDir()]);
    const configFile = join(folder.dataDir, 'kiln.config.json');
    await writeFile(configFile, JSON.stringify({ assets: { ...s3.settings, presignedUrls } }));
    kiln = await createTestRuntime({ authMode: 'jwt', env: { KILN_CONFIG: configFile, ...s3.env } });
    app = await buildApp(kiln.runtime, { auth: kiln.auth });
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await kiln?.close();
    await s3?.stop();
    await folder?.remove();
  });

  it('stores an upload that decodes, then serves it whole and by range to its owner only', async () => {
    const picture = new Uint8Array(await sharp({ create: { width: 8, height: 8, channels: 3, background: { r: 10, g: 20, b: presignedUrls ? 40 : 30 } } }).png().toBuffer());
    const body = multipartBody([{ kind: 'file', field: 'file', filename: 'p.png', contentType: 'image/png', data: picture }]);
    const alice = await kiln.bearer('alice');
    const created = await app.inject({ method: 'POST', url: '/api/assets', payload: body.payload, headers: { ...body.headers, ...alice } });
    expect(created.statusCode, created.body).toBe(201);
    const asset = created.json() as { id: string; sizeBytes: number };

    const whole = await app.inject({ method: 'GET', url: `/api/assets/${asset.id}/content?download=1`, headers: alice });
    const ranged = await app.inject({ method: 'GET', url: `/api/assets/${asset.id}/content`, headers: { range: 'bytes=1-3', ...alice } });
    if (presignedUrls) {
      expect(whole.statusCode).toBe(302);
      const fetched = await fetch(whole.headers.location as string);
      expect(fetched.headers.get('content-type')).toBe('image/png');
      expect(fetched.headers.get('content-disposition')).toContain('attachment');
      expect(new Uint8Array(await fetched.arrayBuffer())).toEqual(picture);
      const part = await fetch(ranged.headers.location as string, { headers: { range: 'bytes=1-3' } });
      expect(part.status).toBe(206);
      expect(await part.text()).toBe('PNG');
    } else {
      expect(whole.statusCode).toBe(200);
      expect(new Uint8Array(whole.rawPayload)).toEqual(picture);
      expect(ranged.statusCode).toBe(206);
      expect(ranged.headers['content-range']).toBe(`bytes 1-3/${asset.sizeBytes}`);
      expect(ranged.body).toBe('PNG');
    }
    // The owner check comes first: another user gets neither the bytes nor an address of them.
    const other = await app.inject({ method: 'GET', url: `/api/assets/${asset.id}/content`, headers: await kiln.bearer('mallory') });
    expect(other.statusCode).toBe(404);
    expect(other.headers.location).toBeUndefined();
  });
});
