import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { NotFoundError } from '../engine/errors/index.ts';
import type { AssetRecord, AssetStore } from '../runtime/contracts.ts';
import type { AssetContents } from './asset-contents.ts';
import type { Database, SqlSession } from './database.ts';
import { writeHashed } from './write-hashed.ts';

// Two-key advisory locks: this class id keeps asset locks apart from any other lock in the database.
const assetLockClass = 4_204_118;

/** An `assets` row as both drivers return it: jsonb parsed, timestamptz as a Date. */
interface AssetRow {
  id: string;
  owner_id: string;
  sha256: string;
  media_type: string;
  // bigint: node-postgres answers a string, PGlite a number.
  size_bytes: string | number;
  name: string;
  job_id: string | null;
  metadata: Record<string, unknown>;
  created_at: Date;
}

const assetColumns = 'id, owner_id, sha256, media_type, size_bytes, name, job_id, metadata, created_at';

const toRecord = (row: AssetRow): AssetRecord => ({
  id: row.id,
  ownerId: row.owner_id,
  sha256: row.sha256,
  mediaType: row.media_type,
  sizeBytes: Number(row.size_bytes),
  name: row.name,
  jobId: row.job_id,
  metadata: row.metadata,
  createdAt: row.created_at.toISOString(),
});

/**
 * Content-addressed assets with ownership in the `assets` table, whichever place holds the bytes
 * (a local folder or an object store). Callers name assets by id; contents are addressed by sha256.
 */
export function createRecordedAssetStore(database: Database, contents: AssetContents): AssetStore {
  // Held while content appears or disappears, so a delete never removes bytes a concurrent put of
  // the same bytes has just recorded.
  const lockContent = (session: SqlSession, sha256: string) =>
    session.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [assetLockClass, sha256]);
  const usersOf = async (session: SqlSession, sha256: string) => {
    const [{ users }] = await session.query<{ users: number }>('SELECT count(*)::int AS users FROM assets WHERE sha256 = $1', [sha256]);
    return users;
  };

  async function findOwned(ownerId: string, assetId: string): Promise<AssetRow> {
    const [row] = await database.query<AssetRow>(`SELECT ${assetColumns} FROM assets WHERE id = $1 AND owner_id = $2`, [assetId, ownerId]);
    if (!row) throw new NotFoundError(`Asset ${assetId}`);
    return row;
  }

  return {
    async put(input) {
      const spooled = join(contents.spoolFolder, `${randomUUID()}.part`);
      try {
        const { sha256, sizeBytes } = await writeHashed(input.data, spooled);
        await contents.prepare?.(sha256, spooled, sizeBytes);
        const id = randomUUID();
        await database.transaction(async (session) => {
          await lockContent(session, sha256);
          // Counted before the insert: after a failed insert the transaction answers no more queries.
          const usersBefore = await usersOf(session, sha256);
          await contents.keep(sha256, spooled, sizeBytes);
          try {
            await session.query(
              `INSERT INTO assets (id, owner_id, sha256, media_type, size_bytes, name, job_id, metadata)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb)`,
              [id, input.ownerId, sha256, input.mediaType, sizeBytes, input.name, input.jobId ?? null, JSON.stringify(input.metadata ?? {})],
            );
          } catch (error) {
            // Under the lock no other record can have appeared, so content nobody used before is unused.
            if (usersBefore === 0) await contents.remove(sha256).catch(() => undefined);
            throw error;
          }
        });
        return toRecord(await findOwned(input.ownerId, id));
      } finally {
        await rm(spooled, { force: true });
      }
    },

    async get(ownerId, assetId) {
      return toRecord(await findOwned(ownerId, assetId));
    },

    read: (asset) => contents.read(asset),
    stream: (asset, range) => contents.stream(asset, range),
    localFile: (asset, folder) => contents.localFile(asset, folder),
    withLocalFile: (asset, use) => contents.withLocalFile(asset, use),
    ...(contents.presignedUrl ? { presignedUrl: contents.presignedUrl } : {}),

    async list(ownerId, listOptions = {}) {
      const limit = Math.min(Math.max(listOptions.limit ?? 100, 1), 1000);
      const byJob = listOptions.jobId ? 'AND job_id = $3' : '';
      const rows = await database.query<AssetRow>(
        `SELECT ${assetColumns} FROM assets WHERE owner_id = $1 ${byJob} ORDER BY created_at DESC, id DESC LIMIT $2`,
        listOptions.jobId ? [ownerId, limit, listOptions.jobId] : [ownerId, limit],
      );
      return rows.map(toRecord);
    },

    async delete(ownerId, assetId) {
      const row = await findOwned(ownerId, assetId);
      await database.transaction(async (session) => {
        await lockContent(session, row.sha256);
        await session.query('DELETE FROM assets WHERE id = $1 AND owner_id = $2', [assetId, ownerId]);
        // Should the store refuse, the transaction rolls back and the record stays with its content.
        if ((await usersOf(session, row.sha256)) === 0) await contents.remove(row.sha256);
      });
    },
  };
}
