// `kiln assets migrate --to s3` as a user runs it, against s3rver (a local S3-compatible stand-in).
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { s3KeyOf } from '../store/s3-asset-contents.ts';
import { startLocalS3, type LocalS3 } from '../store/testing/start-local-s3.ts';
import { temporaryDataDir } from '../store/testing/temporary-data-dir.ts';

const binary = fileURLToPath(new URL('../../bin/kiln.js', import.meta.url));
const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

describe('kiln assets migrate --to s3 (s3rver as a local stand-in)', () => {
  let s3: LocalS3;
  let data: Awaited<ReturnType<typeof temporaryDataDir>>;
  const assetsFolder = () => join(data.dataDir, 'assets');

  beforeAll(async () => {
    s3 = await startLocalS3();
    data = await temporaryDataDir();
  });
  afterAll(async () => {
    await s3?.stop();
    await data?.remove();
  });

  function kiln(args: string[], config: unknown): Promise<{ code: number; stdout: string; stderr: string }> {
    return new Promise((resolve, reject) => {
      writeFile(join(data.dataDir, 'kiln.config.json'), JSON.stringify(config)).then(() => {
        execFile(process.execPath, [binary, ...args], { env: { ...process.env, ...s3.env, KILN_DATA_DIR: data.dataDir }, cwd: data.dataDir }, (error, stdout, stderr) => {
          resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
        });
      }, reject);
    });
  }

  async function place(name: string, content: string): Promise<string> {
    const folder = join(assetsFolder(), name.slice(0, 2), name.slice(2, 4));
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, name), content);
    return join(folder, name);
  }

  it('copies every file, reports a damaged one, and skips what is there on the next run', async () => {
    await place(sha256('first asset'), 'first asset');
    await place(sha256('second asset'), 'second asset');
    // Named for other bytes than it holds: a damaged file must not reach the bucket.
    const damaged = await place(sha256('what it was'), 'what it became');
    await mkdir(join(assetsFolder(), 'tmp'), { recursive: true });
    await writeFile(join(assetsFolder(), 'tmp', 'leftover.part'), 'half');
    const config = { assets: s3.settings };

    const first = await kiln(['assets', 'migrate', '--to', 's3', '--json'], config);
    expect(first.code, first.stderr).toBe(1);
    const firstSummary = JSON.parse(first.stdout);
    expect(firstSummary).toMatchObject({ copied: 2, skipped: 0, failed: [{ sha256: sha256('what it was') }] });
    expect(firstSummary.failed[0].reason).toContain('hashes to');

    const client = new S3Client({ endpoint: s3.endpoint, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });
    try {
      const object = await client.send(new GetObjectCommand({ Bucket: s3.settings.bucket, Key: s3KeyOf(sha256('second asset')) }));
      expect(await object.Body!.transformToString()).toBe('second asset');
      await expect(client.send(new GetObjectCommand({ Bucket: s3.settings.bucket, Key: s3KeyOf(sha256('what it was')) }))).rejects.toThrow();
    } finally {
      client.destroy();
    }

    await rm(damaged);
    const second = await kiln(['assets', 'migrate', '--to', 's3'], config);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain('Copied 0 files (0.0 MB)');
    expect(second.stdout).toContain('2 were there already; 0 failed');
  }, 60_000);

  it('exits 2 with a sentence for bad usage or a config without an S3 store', async () => {
    const badTarget = await kiln(['assets', 'migrate', '--to', 'gcs'], { assets: s3.settings });
    expect(badTarget.code).toBe(2);
    expect(badTarget.stderr).toContain('--to must be s3');
    const noStore = await kiln(['assets', 'migrate', '--to', 's3'], {});
    expect(noStore.code).toBe(2);
    expect(noStore.stderr).toContain('no S3 asset store');
    const missingBucket = await kiln(['assets', 'migrate', '--to', 's3'], { assets: { ...s3.settings, bucket: 'not-there' } });
    expect(missingBucket.code).toBe(2);
    expect(missingBucket.stderr).toContain(`bucket "not-there" at ${s3.endpoint} does not exist`);
  }, 60_000);
});
