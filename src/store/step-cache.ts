import { eq } from './drizzle-orm.ts';
import { assetIdsNamedIn } from '../engine/asset-ids-named-in.ts';
import type { StepCache } from '../runtime/contracts.ts';
import type { Database } from './database.ts';
import { stepCache } from './schema.ts';

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
      const [row] = await database.db
        .select({ ownerId: stepCache.ownerId, output: stepCache.output, assetIds: stepCache.assetIds })
        .from(stepCache)
        .where(eq(stepCache.key, key));
      if (!row) return undefined;
      const named = [...new Set([...row.assetIds, ...assetIdsNamedIn(row.output)])];
      if (!(await assetsStillThere(row.ownerId, named))) {
        await database.db.delete(stepCache).where(eq(stepCache.key, key));
        return undefined;
      }
      return { output: row.output, assetIds: row.assetIds };
    },
    async set(key, entry) {
      // A key names one result, so a second writer (a retried step that raced a resume) stores the same thing.
      await database.db
        .insert(stepCache)
        .values({ key, ownerId: entry.ownerId, stepId: entry.stepId, output: entry.output ?? null, assetIds: entry.assetIds })
        .onConflictDoUpdate({
          target: stepCache.key,
          set: { output: entry.output ?? null, assetIds: entry.assetIds, createdAt: new Date() },
        });
    },
  };
}
