import { HeadBucketCommand, S3Client } from '@aws-sdk/client-s3';
import type { S3AssetsConfig } from '../config/index.ts';
import { ConfigError, KilnError, StorageUnavailableError } from '../engine/errors/index.ts';

/** A checked bucket: the client, its name, and how errors from it become Kiln's errors. */
export interface S3Bucket {
  client: S3Client;
  bucket: string;
  /** `bucket "kiln" at http://minio:9000`, for messages; never holds a secret. */
  where: string;
  /** The error to throw when the store fails during `action` (a sentence fragment: "uploading …"). */
  failure(error: unknown, action: string): KilnError;
}

const statusOf = (error: unknown) => (error as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode;

/** Whether an S3 error says the key (or bucket) does not exist. */
export function isS3NotFound(error: unknown): boolean {
  const name = (error as { name?: string })?.name;
  return statusOf(error) === 404 || name === 'NotFound' || name === 'NoSuchKey';
}

/**
 * Builds the S3 client from the `assets` settings, with credentials from the environment only, and
 * checks at start-up that the bucket is there and the credentials open it, so a mistake fails with a
 * sentence naming the bucket and endpoint, not on the first upload.
 */
export async function openS3Bucket(settings: S3AssetsConfig, env: Record<string, string | undefined>): Promise<S3Bucket> {
  const endpoint = settings.endpoint ?? `AWS S3 (${settings.region ?? 'us-east-1'})`;
  const where = `bucket "${settings.bucket}" at ${endpoint}`;
  const idVariable = settings.accessKeyIdEnv ?? 'AWS_ACCESS_KEY_ID';
  const secretVariable = settings.secretAccessKeyEnv ?? 'AWS_SECRET_ACCESS_KEY';
  const accessKeyId = env[idVariable]?.trim();
  const secretAccessKey = env[secretVariable]?.trim();
  if (!accessKeyId || !secretAccessKey) {
    throw new ConfigError(`The asset store (${where}) needs credentials: set ${[!accessKeyId && idVariable, !secretAccessKey && secretVariable].filter(Boolean).join(' and ')} in the environment.`, {
      details: { bucket: settings.bucket, endpoint, variables: [idVariable, secretVariable] },
    });
  }
  const client = new S3Client({
    ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
    region: settings.region ?? 'us-east-1',
    forcePathStyle: settings.forcePathStyle ?? false,
    credentials: { accessKeyId, secretAccessKey, sessionToken: env.AWS_SESSION_TOKEN?.trim() || undefined },
    // Checksums only where S3 requires them: several S3-compatible stores refuse the newer defaults.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  try {
    await client.send(new HeadBucketCommand({ Bucket: settings.bucket }), { abortSignal: AbortSignal.timeout(20_000) });
  } catch (error) {
    client.destroy();
    const status = statusOf(error);
    const reason = status === 404 ? 'does not exist; create it or correct assets.bucket'
      : status === 401 || status === 403 ? `refused the credentials in ${idVariable} and ${secretVariable}; check them and the bucket's permissions`
      : status === 301 ? 'lives in another region; correct assets.region'
      : `could not be reached (${status ? `HTTP ${status}` : (error as Error).message}); check assets.endpoint and that the store is running`;
    throw new ConfigError(`The asset store's ${where} ${reason}.`, { cause: error, details: { bucket: settings.bucket, endpoint, status } });
  }
  return {
    client,
    bucket: settings.bucket,
    where,
    failure(error, action) {
      if (error instanceof KilnError) return error;
      const message = error instanceof Error ? error.message : String(error);
      return new StorageUnavailableError(`The asset store (${where}) failed while ${action}: ${message || (error as Error)?.name}.`, { cause: error });
    },
  };
}
