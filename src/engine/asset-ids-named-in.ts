// `assetId`, `videoAssetId`, `imageAssetIds`…: the naming every step output follows for asset references.
const assetKey = /(?:^a|A)ssetIds?$/;

/**
 * The asset ids a step output names, under keys such as `videoAssetId` or `imageAssetIds`, at any
 * depth. The step cache checks these still exist before it hands an output back.
 */
export function assetIdsNamedIn(output: unknown): string[] {
  const found = new Set<string>();
  const visit = (value: unknown, underAssetKey: boolean) => {
    if (typeof value === 'string') {
      if (underAssetKey) found.add(value);
    } else if (Array.isArray(value)) {
      for (const item of value) visit(item, underAssetKey);
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) visit(item, assetKey.test(key));
    }
  };
  visit(output, false);
  return [...found];
}
