/**
 * Comprehension while watching: the share of a cue's running words the learner knows, and whether
 * the cue is "i+1" (exactly one expression not yet known: the best sentence to mine). Counted as
 * the stream's comprehension counts: particles and punctuation are no running words, and words the
 * extraction made no item of are everyday words, known.
 */
import type { ExpressionStatus, ReaderWord } from './reader-api.ts';

export interface CueShare {
  /** Running words in the cue. */
  total: number;
  /** Of them, words of expressions not known yet. */
  unknown: number;
  /** Distinct expressions not known yet. */
  unknownExpressions: number;
}

export type StatusOf = (entryId: string) => ExpressionStatus | undefined;

export function cueShare(words: readonly ReaderWord[], statusOf: StatusOf): CueShare {
  const unknownIds = new Set<string>();
  let total = 0;
  let unknown = 0;
  for (const word of words) {
    total += word.runningWords;
    if (word.entryId && (statusOf(word.entryId) ?? word.status) !== 'known') {
      unknown += word.runningWords;
      unknownIds.add(word.entryId);
    }
  }
  return { total, unknown, unknownExpressions: unknownIds.size };
}

/** Known share 0..1; null for a cue without running words. */
export const knownShare = (share: Pick<CueShare, 'total' | 'unknown'>): number | null => (share.total > 0 ? (share.total - share.unknown) / share.total : null);

export const isIPlusOne = (share: CueShare) => share.unknownExpressions === 1;

/** The whole stream's share, summed over its cues. */
export function streamShare(shares: readonly CueShare[]): number | null {
  return knownShare(shares.reduce((sum, share) => ({ total: sum.total + share.total, unknown: sum.unknown + share.unknown }), { total: 0, unknown: 0 }));
}

/** The cue playing at `seconds`: the last one started by then (a gap between cues keeps the one before); -1 before the first. */
export function cueAt(cues: readonly { start: number | null }[], seconds: number): number {
  let found = -1;
  for (const [index, cue] of cues.entries()) {
    if (cue.start === null) continue;
    if (cue.start <= seconds + 0.01) found = index;
    else break;
  }
  return found;
}
