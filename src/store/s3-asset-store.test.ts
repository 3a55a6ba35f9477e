// The S3 asset store against s3rver, a local S3-compatible server standing in for MinIO, Garage,
// Ceph RGW, R2 or AWS S3: only this stand-in is exercised here, not a real cloud store.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, StorageUnavailableError } from '../engine/errors/index.ts';
import { describeAssetStoreConformance } from './asset-store.conformance.ts';
import { createAssetStore } from './asset-store.ts';
import { openDatabase, type Database } from './database.ts';
import { s3KeyOf } from './s3-asset-contents.ts';
import { startLocalS3, type LocalS3 } from './testing/start-local-s3.ts';
import { temporaryDataDir } from './testing/temporary-data-dir.ts';

const secret = 'S3RVER';

async function openS3Store(options: { presignedUrls?: boolean } = {}) {
  const s3 = await startLocalS3();
  const folder = await temporaryDataDir();
  const database = await openDatabase({ dataDir: folder.dataDir });
  const store = await createAssetStore({ database, dataDir: folder.dataDir, assets: { ...s3.settings, ...options }, env: s3.env });
  const client = new S3Client({ endpoint: s3.endpoint, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: secret, secretAccessKey: secret } });
  const head = (sha256: string) => client.send(new HeadObjectCommand({ Bucket: s3.settings.bucket, Key: s3KeyOf(sha256) }));
  return {
    s3,
    store,
    database,
    dataDir: folder.dataDir,
    head,
    hasContent: (sha256: string) => head(sha256).then(() => true, () => false),
    spoolFiles: () => readdir(join(folder.dataDir, 'tmp', 'asset-uploads')),
    async close() {
      client.destroy();
      await database.close();
      await s3.stop();
      await folder.remove();
    },
  };
}

describeAssetStoreConformance('createAssetStore on S3 (s3rver as a local stand-in)', openS3Store);

describe('createAssetStore on S3 (s3rver as a local stand-in), its own behaviour', () => {
  let subject: Awaited<ReturnType<typeof openS3Store>>;
  beforeAll(async () => {
    subject = await openS3Store({ presignedUrls: true });
  }, 60_000);
  afterAll(() => subject?.close());

  it('names objects assets/ab/cd/<sha256>, carrying their hash, and keeps nothing in the data folder', async () => {
    const asset = await subject.store.put({ ownerId: 'alice', data: new TextEncoder().encode('in the bucket'), mediaType: 'text/plain', name: 'b.txt' });
    const head = await subject.head(asset.sha256);
    expect(s3KeyOf(asset.sha256)).toBe(`assets/${asset.sha256.slice(0, 2)}/${asset.sha256.slice(2, 4)}/${asset.sha256}`);
    expect(head).toMatchObject({ ContentLength: 13, Metadata: { sha256: asset.sha256 } });
    expect(await readdir(subject.dataDir)).not.toContain('assets');
  });

  it('uploads a file larger than one part as a multipart upload and serves a range from its middle', async () => {
    const part = Buffer.alloc(4 * 1024 * 1024);
    const chunks = [0, 1, 2].map((index) => Buffer.from(part).fill(65 + index));
    const asset = await subject.store.put({ ownerId: 'alice', data: Readable.from(chunks), mediaType: 'video/mp4', name: 'big.mp4' });
    expect(asset.sizeBytes).toBe(12 * 1024 * 1024);
    const start = 8 * 1024 * 1024 - 2;
    const slice = Buffer.concat(await subject.store.stream(asset, { start, end: start + 3 }).toArray());
    expect(slice.toString()).toBe('BBCC');
  });

  it('gives short-lived presigned URLs that serve the bytes, their type, ranges and download name', async () => {
    const asset = await subject.store.put({ ownerId: 'alice', data: new TextEncoder().encode('presigned bytes'), mediaType: 'text/plain', name: 'p.txt' });
    const url = await subject.store.presignedUrl!(asset, { contentDisposition: 'attachment; filename="p.txt"' });
    expect(url).toContain('X-Amz-Expires=300');
    const whole = await fetch(url);
    expect(whole.headers.get('content-type')).toBe('text/plain');
    expect(whole.headers.get('content-disposition')).toBe('attachment; filename="p.txt"');
    expect(await whole.text()).toBe('presigned bytes');
    const part = await fetch(url, { headers: { range: 'bytes=10-14' } });
    expect(part.status).toBe(206);
    expect(await part.text()).toBe('bytes');
  });
});

describe('createAssetStore on S3 (s3rver as a local stand-in), refusals', () => {
  let s3: LocalS3;
  let folder: Awaited<ReturnType<typeof temporaryDataDir>>;
  let database: Database;
  beforeAll(async () => {
    s3 = await startLocalS3();
    folder = await temporaryDataDir();
    database = await openDatabase({ dataDir: folder.dataDir });
  }, 60_000);
  afterAll(async () => {
    await database?.close();
    await s3?.stop();
    await folder?.remove();
  });

  const open = (settings: Partial<LocalS3['settings']>, env: Record<string, string>) =>
    createAssetStore({ database, dataDir: folder.dataDir, assets: { ...s3.settings, ...settings } as LocalS3['settings'], env });

  it('refuses a missing bucket at start-up, naming the bucket and the endpoint', async () => {
    const failure = await open({ bucket: 'no-such-bucket' }, s3.env).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ConfigError);
    expect((failure as Error).message).toContain(`bucket "no-such-bucket" at ${s3.endpoint} does not exist`);
  });

  it('refuses wrong credentials at start-up without repeating the secret', async () => {
    // s3rver checks the key id, not the secret's signature on HEAD, so both are wrong here.
    const failure = await open({}, { AWS_ACCESS_KEY_ID: 'NOT-A-KEY', AWS_SECRET_ACCESS_KEY: 'not-the-secret-value' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ConfigError);
    expect((failure as Error).message).toContain(`bucket "kiln-assets" at ${s3.endpoint} refused the credentials in AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY`);
    expect((failure as Error).message).not.toContain('not-the-secret-value');
  });

  it('asks for the credential variables the config names when they are unset', async () => {
    await expect(open({ accessKeyIdEnv: 'KILN_S3_KEY', secretAccessKeyEnv: 'KILN_S3_SECRET' }, s3.env)).rejects.toThrow(/set KILN_S3_KEY and KILN_S3_SECRET/);
  });

  it('records nothing and fails retryable when the store goes away during an upload', async () => {
    const store = await open({}, s3.env);
    let sent = false;
    const source = new Readable({
      read() {
        if (sent) return;
        sent = true;
        this.push(Buffer.from('a video cut short'));
        // The store stops while the bytes are still coming in, before any of them reach it.
        void s3.stop().then(() => this.push(null));
      },
    });
    const failure = await store.put({ ownerId: 'erin', data: source, mediaType: 'video/mp4', name: 'lost.mp4' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StorageUnavailableError);
    expect((failure as StorageUnavailableError).isRetryable).toBe(true);
    expect((failure as Error).message).toContain('bucket "kiln-assets"');
    expect(await store.list('erin')).toEqual([]);
    expect(await readdir(join(folder.dataDir, 'tmp', 'asset-uploads'))).toEqual([]);
  }, 60_000);
});
