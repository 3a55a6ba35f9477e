import type { AssetSha256 } from '../engine/asset-input-contents.ts';
import { NotFoundError } from '../engine/errors/index.ts';
import type { AssetStore } from '../runtime/contracts.ts';

/**
 * The runner's view of asset contents (RunPipelineOptions.assetSha256): the sha256 recorded with the
 * asset. A deleted or foreign asset reads as absent; any other failure (the database closing) stays one.
 */
export function assetSha256From(assets: AssetStore): AssetSha256 {
  return (ownerId, assetId) => assets.get(ownerId, assetId).then((asset) => asset.sha256, (error: unknown) => {
    if (error instanceof NotFoundError) return undefined;
    throw error;
  });
}
