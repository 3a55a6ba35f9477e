import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import type { S3AssetsConfig } from '../../config/index.ts';

/** s3rver's fixed credentials: it checks request signatures against these. */
const credentials = { AWS_ACCESS_KEY_ID: 'S3RVER', AWS_SECRET_ACCESS_KEY: 'S3RVER' };

export interface LocalS3 {
  /** `http://127.0.0.1:<port>` */
  endpoint: string;
  /** The `assets` config section for the bucket it made. */
  settings: S3AssetsConfig;
  /** The credentials it accepts, as environment variables. */
  env: Record<string, string>;
  stop(): Promise<void>;
}

/**
 * A local S3-compatible server (s3rver, a stand-in for MinIO, R2 or AWS S3) on 127.0.0.1 with a
 * folder of its own and one bucket, for tests of the S3 asset store.
 */
export async function startLocalS3(options: { bucket?: string; port?: number } = {}): Promise<LocalS3> {
  const bucket = options.bucket ?? 'kiln-assets';
  const directory = await mkdtemp(join(tmpdir(), 'kiln-s3rver-'));
  const server = new S3rver({ address: '127.0.0.1', port: options.port ?? 0, silent: true, directory, configureBuckets: [{ name: bucket }] });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  let stopping: Promise<void> | undefined;
  return {
    endpoint,
    settings: { type: 's3', bucket, endpoint, region: 'us-east-1', forcePathStyle: true },
    env: { ...credentials },
    // Once only: a test may stop it early (an outage) and its cleanup stop it again.
    stop() {
      stopping ??= server.close().then(() => rm(directory, { recursive: true, force: true }));
      return stopping;
    },
  };
}
