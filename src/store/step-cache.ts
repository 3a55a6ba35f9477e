import { assetIdsNamedIn } from '../engine/asset-ids-named-in.ts';
import type { StepCache } from '../runtime/contracts.ts';
import type { Database } from './database.ts';

/**
 * Finished steps' outputs by cache key, in the `step_cache` table. Every worker sharing the
 * database shares the cache, which is what lets a job resume on another machine without redoing
 * the steps that already finished. An entry whose assets the owner has since deleted is a miss and
 * is forgotten, so the step runs again instead of answering ids that are 404.
 */
export function createStepCache(database: Database): StepCache {
  async function assetsStillThere(ownerId: string, assetIds: string[]): Promise<boolean> {
    if (assetIds.length === 0) return true;
    const [{ found }] = await database.query<{ found: number }>(
      'SELECT count(*)::int AS found FROM assets WHERE owner_id = $1 AND id = ANY($2::text[])',
      [ownerId, assetIds],
    );
    return found === assetIds.length;
  }

  return {
    async get(key) {
      const [row] = await database.query<{ owner_id: string; output: unknown; asset_ids: string[] }>(
        'SELECT owner_id, output, asset_ids FROM step_cache WHERE key = $1',
        [key],
      );
      if (!row) return undefined;
      const named = [...new Set([...row.asset_ids, ...assetIdsNamedIn(row.output)])];
      if (!(await assetsStillThere(row.owner_id, named))) {
        await database.query('DELETE FROM step_cache WHERE key = $1', [key]);
        return undefined;
      }
      return { output: row.output, assetIds: row.asset_ids };
    },
    async set(key, entry) {
      // A key names one result, so a second writer (a retried step that raced a resume) stores the same thing.
      // An absent output is stored as SQL NULL, not as the JSON value null.
      const output = entry.output === undefined || entry.output === null ? null : JSON.stringify(entry.output);
      await database.query(
        `INSERT INTO step_cache (key, owner_id, step_id, output, asset_ids) VALUES ($1, $2, $3, $4::jsonb, $5::jsonb)
         ON CONFLICT (key) DO UPDATE SET output = excluded.output, asset_ids = excluded.asset_ids, created_at = $6::timestamptz`,
        [key, entry.ownerId, entry.stepId, output, JSON.stringify(entry.assetIds), new Date().toISOString()],
      );
    },
  };
}
