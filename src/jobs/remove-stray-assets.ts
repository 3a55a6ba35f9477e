import { assetIdsNamedIn } from '../engine/asset-ids-named-in.ts';
import type { PipelineRunResult } from '../engine/run-pipeline.ts';
import type { AssetStore } from '../runtime/contracts.ts';

/**
 * After a job succeeds, deletes the files it wrote that no finished step recorded or names: what an
 * attempt cut short by a crash or a shutdown stored before it could be cleaned up. Only this job's
 * own files are considered (uploads carry no job), so nothing a step reused from another job goes.
 * Answers how many went.
 */
export async function removeStrayAssets(assets: AssetStore, ownerId: string, jobId: string, result: PipelineRunResult): Promise<number> {
  const kept = new Set(assetIdsNamedIn(result.output));
  for (const node of Object.values(result.nodes)) {
    for (const assetId of node.assetIds) kept.add(assetId);
    for (const assetId of assetIdsNamedIn(node.output)) kept.add(assetId);
  }
  const made = await assets.list(ownerId, { jobId, limit: 1000 });
  const strays = made.filter((asset) => !kept.has(asset.id));
  for (const asset of strays) await assets.delete(ownerId, asset.id);
  return strays.length;
}
