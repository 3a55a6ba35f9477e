import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { NotFoundError } from '../../engine/errors/index.ts';
import type { AssetRecord, AssetStore } from '../../runtime/contracts.ts';

/**
 * An asset store in one folder with its records in memory, for running a pipeline inside a
 * command (`kiln musicvideo`) without a database: nothing is shared with a server, so a running
 * `kiln serve` and its locked data folder are never touched. It keeps the store's contract:
 * ownership checks, write to a temporary name then rename.
 */
export async function createLocalAssetStore(folder: string): Promise<AssetStore> {
  await mkdir(folder, { recursive: true });
  const records = new Map<string, AssetRecord>();
  const pathOf = (asset: AssetRecord) => join(folder, asset.id);

  const owned = (ownerId: string, assetId: string) => {
    const record = records.get(assetId);
    if (!record || record.ownerId !== ownerId) throw new NotFoundError(`Asset ${assetId}`);
    return record;
  };

  return {
    async put(input) {
      const id = randomUUID();
      const temporary = join(folder, `${id}.partial`);
      const hash = createHash('sha256');
      let sizeBytes = 0;
      const count = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          hash.update(chunk);
          sizeBytes += chunk.length;
          done(null, chunk);
        },
      });
      const source = input.data instanceof Uint8Array ? Readable.from([Buffer.from(input.data)]) : input.data;
      try {
        await pipeline(source, count, createWriteStream(temporary));
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
      await rename(temporary, join(folder, id));
      const record: AssetRecord = {
        id,
        ownerId: input.ownerId,
        sha256: hash.digest('hex'),
        mediaType: input.mediaType,
        sizeBytes,
        name: input.name,
        jobId: input.jobId ?? null,
        metadata: input.metadata ?? {},
        createdAt: new Date().toISOString(),
      };
      records.set(id, record);
      return record;
    },
    async get(ownerId, assetId) {
      return owned(ownerId, assetId);
    },
    async read(asset) {
      return new Uint8Array(await readFile(pathOf(asset)));
    },
    stream(asset, range) {
      return createReadStream(pathOf(asset), range);
    },
    async localFile(asset) {
      return pathOf(asset);
    },
    async withLocalFile(asset, use) {
      return use(pathOf(asset));
    },
    async list(ownerId, options = {}) {
      const mine = [...records.values()].filter((record) => record.ownerId === ownerId && (!options.jobId || record.jobId === options.jobId));
      return mine.reverse().slice(0, options.limit ?? 100);
    },
    async delete(ownerId, assetId) {
      owned(ownerId, assetId);
      records.delete(assetId);
      await rm(join(folder, assetId), { force: true });
    },
  };
}
