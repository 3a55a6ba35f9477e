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
  /** Cache keys of the upstream nodes, by node name; a change upstream changes this key. */
  upstreamKeys: Record<string, string>;
}

// Bump to retire every cache entry at once if the way keys are built ever changes.
const keyFormat = 'kiln-step/1';

/** sha256 (hex) over the step's identity, its owner, its canonical input and its upstream keys. */
export function stepCacheKey(parts: StepCacheKeyParts): string {
  const { stepId, version, ownerId, input, upstreamKeys } = parts;
  // canonicalJson sorts the upstream keys by node name, so the order nodes finished in does not matter.
  const text = canonicalJson({ format: keyFormat, stepId, version, ownerId, input, upstream: upstreamKeys });
  return createHash('sha256').update(text).digest('hex');
}

/**
 * The key handed downstream by a node whose step is not cacheable. Its output may differ between
 * runs with the same input, so the key mixes in the output itself: downstream nodes then reuse their
 * cached outputs only when that output really came out the same.
 */
export function outputBoundKey(key: string, output: unknown): string {
  return createHash('sha256').update(`${key}\n${canonicalJson(output)}`).digest('hex');
}
