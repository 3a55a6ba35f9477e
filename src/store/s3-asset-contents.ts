import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { KilnError } from '../engine/errors/index.ts';
import type { AssetRecord } from '../runtime/contracts.ts';
import { checkByteRange, contentPath, type AssetContents } from './asset-contents.ts';
import { isS3NotFound, type S3Bucket } from './open-s3-bucket.ts';
import { hashingCounter, removeStaleTemporaryFiles } from './write-hashed.ts';

export interface S3AssetContentsOptions {
  bucket: S3Bucket;
  /** This process's data folder: uploads are spooled and request-time downloads kept under its `tmp/`. */
  dataDir: string;
  /** Offer presigned URLs for downloads, valid this many seconds; absent: serve through the API only. */
  presignedUrlSeconds?: number;
}

/** Objects are named by content, as the local files are: `assets/ab/cd/<sha256>`. */
export const s3KeyOf = (sha256: string) => `assets/${contentPath(sha256)}`;

/**
 * Asset bytes in an S3-compatible bucket, so servers and workers on other machines share them with no
 * shared disk. Each object carries its sha256 in its metadata; an upload is checked against it.
 */
export async function createS3AssetContents(options: S3AssetContentsOptions): Promise<AssetContents & {
  /** Uploads `file` as the content of `sha256`; refuses (and removes the object) if its bytes hash otherwise. */
  upload(sha256: string, file: string): Promise<void>;
}> {
  const { client, bucket: Bucket, failure } = options.bucket;
  const spoolFolder = join(options.dataDir, 'tmp', 'asset-uploads');
  const downloadFolder = join(options.dataDir, 'tmp', 'asset-downloads');
  for (const folder of [spoolFolder, downloadFolder]) {
    await mkdir(folder, { recursive: true });
    await removeStaleTemporaryFiles(folder);
  }

  async function has(sha256: string, sizeBytes: number): Promise<boolean> {
    try {
      const head = await client.send(new HeadObjectCommand({ Bucket, Key: s3KeyOf(sha256) }));
      return head.ContentLength === sizeBytes && head.Metadata?.sha256 === sha256;
    } catch (error) {
      if (isS3NotFound(error)) return false;
      throw failure(error, `looking for ${sha256}`);
    }
  }

  async function upload(sha256: string, file: string): Promise<void> {
    const counter = hashingCounter();
    const source = createReadStream(file);
    source.on('error', (error) => counter.stream.destroy(error));
    // lib-storage sends parts of a few MiB (multipart above one part), so memory stays small.
    const sending = new Upload({ client, params: { Bucket, Key: s3KeyOf(sha256), Body: source.pipe(counter.stream), Metadata: { sha256 } } });
    try {
      await sending.done();
    } catch (error) {
      throw failure(error, `uploading ${sha256}`);
    }
    const sent = counter.result();
    if (sent.sha256 !== sha256) {
      await client.send(new DeleteObjectCommand({ Bucket, Key: s3KeyOf(sha256) })).catch(() => undefined);
      throw new KilnError('internal', `The file for ${sha256} hashes to ${sent.sha256}; it was not kept in the asset store.`);
    }
  }

  async function body(asset: AssetRecord, range?: { start: number; end: number }): Promise<Readable> {
    try {
      const answer = await client.send(new GetObjectCommand({ Bucket, Key: s3KeyOf(asset.sha256), Range: range ? `bytes=${range.start}-${range.end}` : undefined }));
      return answer.Body as Readable;
    } catch (error) {
      if (isS3NotFound(error)) throw new KilnError('internal', `The bytes of asset ${asset.id} are missing from the asset store (${options.bucket.where}).`, { cause: error });
      throw failure(error, `reading ${asset.sha256}`);
    }
  }

  async function localFile(asset: AssetRecord, folder: string): Promise<string> {
    const target = join(folder, 'downloaded-assets', asset.sha256);
    if ((await stat(target).then((info) => info.size, () => -1)) === asset.sizeBytes) return target;
    await mkdir(join(folder, 'downloaded-assets'), { recursive: true });
    const partial = `${target}.${randomUUID()}.part`;
    const counter = hashingCounter();
    try {
      await pipeline(await body(asset), counter.stream, createWriteStream(partial, { flags: 'wx' })).catch((error: unknown) => {
        throw failure(error, `downloading ${asset.sha256}`);
      });
      const got = counter.result();
      if (got.sha256 !== asset.sha256 || got.sizeBytes !== asset.sizeBytes) {
        throw failure(new Error(`the download hashes to ${got.sha256} (${got.sizeBytes} bytes)`), `downloading ${asset.sha256}`);
      }
      // A rename, so another step of the job never picks up a half-downloaded file.
      await rename(partial, target);
      return target;
    } finally {
      await rm(partial, { force: true });
    }
  }

  return {
    kind: 's3',
    spoolFolder,
    has,
    upload,
    async prepare(sha256, file, sizeBytes) {
      if (!(await has(sha256, sizeBytes))) await upload(sha256, file);
    },
    // Again under the lock: a delete of the last record may have removed the object since prepare.
    async keep(sha256, file, sizeBytes) {
      if (!(await has(sha256, sizeBytes))) await upload(sha256, file);
    },
    async remove(sha256) {
      try {
        await client.send(new DeleteObjectCommand({ Bucket, Key: s3KeyOf(sha256) }));
      } catch (error) {
        throw failure(error, `deleting ${sha256}`);
      }
    },
    async read(asset) {
      const bytes = await body(asset);
      try {
        return new Uint8Array(await (bytes as Readable & { transformToByteArray(): Promise<Uint8Array> }).transformToByteArray());
      } catch (error) {
        throw failure(error, `reading ${asset.sha256}`);
      }
    },
    stream(asset, range) {
      if (range) checkByteRange(asset, range);
      // The interface hands back a stream at once; the object's bytes flow in when S3 answers.
      const output = new PassThrough();
      body(asset, range).then(
        (bytes) => pipeline(bytes, output).catch((error: unknown) => output.destroy(failure(error, `reading ${asset.sha256}`))),
        (error: unknown) => output.destroy(error as Error),
      );
      return output;
    },
    localFile,
    async withLocalFile(asset, use) {
      const folder = await mkdtemp(join(downloadFolder, 'request-'));
      try {
        return await use(await localFile(asset, folder));
      } finally {
        await rm(folder, { recursive: true, force: true });
      }
    },
    ...(options.presignedUrlSeconds ? {
      async presignedUrl(asset: AssetRecord, { contentDisposition }: { contentDisposition: string }) {
        const request = new GetObjectCommand({
          Bucket,
          Key: s3KeyOf(asset.sha256),
          ResponseContentType: asset.mediaType,
          ResponseContentDisposition: contentDisposition,
        });
        return getSignedUrl(client, request, { expiresIn: options.presignedUrlSeconds });
      },
    } : {}),
  };
}
