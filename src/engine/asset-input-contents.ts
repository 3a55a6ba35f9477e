import { ConfigError } from './errors/index.ts';
import type { StepDefinition } from './step.ts';

/** Answers the sha256 of an asset's bytes, or undefined when the owner has no such asset. */
export type AssetSha256 = (ownerId: string, assetId: string) => Promise<string | undefined>;

export interface AssetInputContents {
  /** The sha256 of each declared field's asset (or list of assets), for the cache key. */
  contents: Record<string, string | string[]>;
  /** Every asset id those fields name: a stored output must not name them. */
  ids: string[];
}

/**
 * The contents of the asset inputs a step declares (StepDefinition.assetInputs), by field. `missing`
 * when one of them is not the owner's asset (deleted, or never theirs): nothing may then be reused
 * or kept, and the step runs, to fail as it would without a cache.
 */
export async function assetInputContents(
  step: StepDefinition,
  input: unknown,
  ownerId: string,
  sha256Of: AssetSha256,
): Promise<AssetInputContents | 'missing'> {
  const fields = input !== null && typeof input === 'object' ? (input as Record<string, unknown>) : {};
  const contents: Record<string, string | string[]> = {};
  const ids: string[] = [];
  for (const field of step.assetInputs ?? []) {
    const value = fields[field];
    // An optional asset left out (a shorts job without a chat log) is keyed as absent.
    if (value === undefined || value === null) continue;
    const named = typeof value === 'string' ? [value] : value;
    if (!Array.isArray(named) || !named.every((id) => typeof id === 'string')) {
      throw new ConfigError(`Step ${step.id} declares \`${field}\` an asset input, but it holds neither an asset id nor a list of them.`);
    }
    const hashes: string[] = [];
    for (const id of named) {
      const sha256 = await sha256Of(ownerId, id);
      if (sha256 === undefined) return 'missing';
      hashes.push(sha256);
      ids.push(id);
    }
    contents[field] = typeof value === 'string' ? hashes[0] : hashes;
  }
  return { contents, ids };
}

/** Whether any string anywhere in `output` is one of `ids`. */
export function namesAnyOf(output: unknown, ids: readonly string[]): boolean {
  if (ids.length === 0) return false;
  if (typeof output === 'string') return ids.includes(output);
  if (Array.isArray(output)) return output.some((item) => namesAnyOf(item, ids));
  if (output !== null && typeof output === 'object') return Object.values(output).some((item) => namesAnyOf(item, ids));
  return false;
}
