import { eq } from 'drizzle-orm';
import type { StepCache } from '../runtime/contracts.ts';
import type { Database } from './database.ts';
import { stepCache } from './schema.ts';

/**
 * Finished steps' outputs by cache key, in the `step_cache` table. Every worker sharing the
 * database shares the cache, which is what lets a job resume on another machine without redoing
 * the steps that already finished.
 */
export function createStepCache(database: Database): StepCache {
  return {
    async get(key) {
      const [row] = await database.db
        .select({ output: stepCache.output, assetIds: stepCache.assetIds })
        .from(stepCache)
        .where(eq(stepCache.key, key));
      return row ? { output: row.output, assetIds: row.assetIds } : undefined;
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
