import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json.ts';

/** Everything that decides whether a stored step output may be reused. */
export interface StepCacheKeyParts {
  /** The step definition's id, e.g. `music-video.analyze`. */
  stepId: string;
  /** The step definition's version; bumping it retires every old output. */
  version: number;
  /** Outputs name assets, and assets belong to one user, so users never share cache entries. */
  ownerId: string;
  /** The step's validated input. */
  input: unknown;
  /**
   * The sha256 of each asset input's bytes by field (see StepDefinition.assetInputs); those fields'
   * ids are left out of the key, so two uploads of the same bytes share it. Absent: ids are keyed.
   */
  assetContents?: Record<string, string | string[]>;
  /** Cache keys of the upstream nodes, by node name; a change upstream changes this key. */
  upstreamKeys: Record<string, string>;
}

// Bump to retire every cache entry at once if the way keys are built ever changes.
// 2: asset inputs keyed by the sha256 of their bytes, not by id.
const keyFormat = 'kiln-step/2';

/**
 * sha256 (hex) over the step's identity, its owner, its canonical input (asset inputs by their
 * contents) and its upstream keys.
 */
export function stepCacheKey(parts: StepCacheKeyParts): string {
  const { stepId, version, ownerId, upstreamKeys, assetContents } = parts;
  const input = assetContents === undefined ? parts.input : withoutFields(parts.input, Object.keys(assetContents));
  // canonicalJson sorts the upstream keys by node name, so the order nodes finished in does not matter.
  const text = canonicalJson({ format: keyFormat, stepId, version, ownerId, input, assets: assetContents ?? null, upstream: upstreamKeys });
  return createHash('sha256').update(text).digest('hex');
}

function withoutFields(input: unknown, fields: string[]): unknown {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return input;
  return Object.fromEntries(Object.entries(input).filter(([field]) => !fields.includes(field)));
}

/**
 * The key handed downstream by a node whose step is not cacheable. Its output may differ between
 * runs with the same input, so the key mixes in the output itself: downstream nodes then reuse their
 * cached outputs only when that output really came out the same.
 */
export function outputBoundKey(key: string, output: unknown): string {
  return createHash('sha256').update(`${key}\n${canonicalJson(output)}`).digest('hex');
}
