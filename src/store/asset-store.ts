import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open, readFile, readdir, rename, rm, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { and, desc, eq } from 'drizzle-orm';
import { BadInputError, NotFoundError } from '../engine/errors/index.ts';
import type { AssetRecord, AssetStore } from '../runtime/contracts.ts';
import type { Database, SqlSession } from './database.ts';
import { assets } from './schema.ts';

// Two-key advisory locks: this class id keeps asset locks apart from any other lock in the database.
const assetLockClass = 4_204_118;

export interface AssetStoreOptions {
  database: Database;
  /** Kiln's data folder; files live in `<dataDir>/assets/ab/cd/<sha256>`. */
  dataDir: string;
}

type AssetRow = typeof assets.$inferSelect;

const toRecord = (row: AssetRow): AssetRecord => ({
  id: row.id,
  ownerId: row.ownerId,
  sha256: row.sha256,
  mediaType: row.mediaType,
  sizeBytes: row.sizeBytes,
  name: row.name,
  jobId: row.jobId,
  metadata: row.metadata,
  createdAt: row.createdAt.toISOString(),
});

/**
 * Content-addressed files with ownership in the `assets` table. Paths are only ever built from a
 * sha256 this store computed, never from anything a caller sends; callers name assets by id.
 */
export async function createAssetStore(options: AssetStoreOptions): Promise<AssetStore> {
  const { database } = options;
  const root = join(options.dataDir, 'assets');
  const temporaryFolder = join(root, 'tmp');
  await mkdir(temporaryFolder, { recursive: true });
  await removeStaleTemporaryFiles(temporaryFolder);

  const fileOf = (sha256: string) => {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error(`Not a sha256: ${sha256}`);
    return join(root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  };
  // Held while a file appears or disappears, so a delete never removes a file a concurrent put of
  // the same bytes has just recorded.
  const lockContent = (session: SqlSession, sha256: string) =>
    session.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [assetLockClass, sha256]);

  async function findOwned(ownerId: string, assetId: string): Promise<AssetRow> {
    const [row] = await database.db
      .select()
      .from(assets)
      .where(and(eq(assets.id, assetId), eq(assets.ownerId, ownerId)));
    if (!row) throw new NotFoundError(`Asset ${assetId}`);
    return row;
  }

  return {
    async put(input) {
      const temporaryFile = join(temporaryFolder, `${randomUUID()}.part`);
      try {
        const { sha256, sizeBytes } = await writeHashed(input.data, temporaryFile);
        const target = fileOf(sha256);
        await mkdir(join(target, '..'), { recursive: true });
        const id = randomUUID();
        await database.transaction(async (session) => {
          await lockContent(session, sha256);
          // Same bytes already stored: keep that file. Otherwise the rename makes the whole file
          // appear at once, never a half-written one.
          const created = !(await stat(target).then(() => true, () => false));
          if (created) await rename(temporaryFile, target);
          else await unlink(temporaryFile);
          try {
            await session.query(
              `INSERT INTO assets (id, owner_id, sha256, media_type, size_bytes, name, job_id, metadata)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb)`,
              [id, input.ownerId, sha256, input.mediaType, sizeBytes, input.name, input.jobId ?? null, JSON.stringify(input.metadata ?? {})],
            );
          } catch (error) {
            // Under the lock no other record can have appeared, so a file this put created is unused.
            if (created) await rm(target, { force: true });
            throw error;
          }
        });
        return toRecord(await findOwned(input.ownerId, id));
      } finally {
        await rm(temporaryFile, { force: true });
      }
    },

    async get(ownerId, assetId) {
      return toRecord(await findOwned(ownerId, assetId));
    },

    async read(asset) {
      return new Uint8Array(await readFile(fileOf(asset.sha256)));
    },

    stream(asset, range) {
      if (!range) return createReadStream(fileOf(asset.sha256));
      const { start, end } = range;
      if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end >= asset.sizeBytes) {
        throw new BadInputError(`Byte range ${start}-${end} is outside the asset (${asset.sizeBytes} bytes); ask for a range within it.`);
      }
      return createReadStream(fileOf(asset.sha256), { start, end });
    },

    pathOf(asset) {
      return fileOf(asset.sha256);
    },

    async list(ownerId, listOptions = {}) {
      const limit = Math.min(Math.max(listOptions.limit ?? 100, 1), 1000);
      const ownerFilter = eq(assets.ownerId, ownerId);
      const rows = await database.db
        .select()
        .from(assets)
        .where(listOptions.jobId ? and(ownerFilter, eq(assets.jobId, listOptions.jobId)) : ownerFilter)
        .orderBy(desc(assets.createdAt), desc(assets.id))
        .limit(limit);
      return rows.map(toRecord);
    },

    async delete(ownerId, assetId) {
      const row = await findOwned(ownerId, assetId);
      await database.transaction(async (session) => {
        await lockContent(session, row.sha256);
        await session.query('DELETE FROM assets WHERE id = $1 AND owner_id = $2', [assetId, ownerId]);
        const [{ users }] = await session.query<{ users: number }>(
          'SELECT count(*)::int AS users FROM assets WHERE sha256 = $1',
          [row.sha256],
        );
        if (users === 0) await rm(fileOf(row.sha256), { force: true });
      });
    },
  };
}

/** Streams the bytes into `file`, hashing on the way, and flushes them to disk before returning. */
async function writeHashed(data: Uint8Array | Readable, file: string): Promise<{ sha256: string; sizeBytes: number }> {
  const hash = createHash('sha256');
  let sizeBytes = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      sizeBytes += chunk.length;
      done(null, chunk);
    },
  });
  const source = data instanceof Uint8Array ? Readable.from([Buffer.from(data.buffer, data.byteOffset, data.byteLength)]) : data;
  await pipeline(source, counter, createWriteStream(file, { flags: 'wx' }));
  // Without this a power cut after the rename could leave a named but empty file.
  const handle = await open(file, 'r');
  await handle.sync().finally(() => handle.close());
  return { sha256: hash.digest('hex'), sizeBytes };
}

// A process that died mid-write leaves a `.part` file; a day is far longer than any write takes.
async function removeStaleTemporaryFiles(folder: string): Promise<void> {
  const dayAgo = Date.now() - 24 * 60 * 60 * 1000;
  for (const name of await readdir(folder)) {
    const file = join(folder, name);
    const info = await stat(file).catch(() => undefined);
    if (info && info.mtimeMs < dayAgo) await rm(file, { force: true });
  }
}
