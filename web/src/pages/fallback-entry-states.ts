/**
 * Which entry of a fallback list would serve a call now: the first whose backend is ready. Those
 * above it would be passed over (with why); those below it wait as the safety net.
 */
import type { BackendHealth } from '../api/api-types.ts';
import { splitCandidate } from '../../../src/providers/describe-model.ts';

export type FallbackEntryState =
  | { state: 'serves' }
  | { state: 'standby' }
  | { state: 'unavailable'; reason: string }
  | { state: 'unsaved' };

export function fallbackEntryStates(models: readonly string[], backends: readonly BackendHealth[]): FallbackEntryState[] {
  let served = false;
  return models.map((model) => {
    const backend = backends.find((known) => known.name === splitCandidate(model).backend);
    if (!backend) return { state: 'unsaved' };
    if (backend.state !== 'ready') return { state: 'unavailable', reason: backend.reason ?? 'it did not answer its health check' };
    if (served) return { state: 'standby' };
    served = true;
    return { state: 'serves' };
  });
}

/** A short label for an entry's state, for the lists on the Settings page. */
export function describeEntryState(entry: FallbackEntryState): string {
  switch (entry.state) {
    case 'serves': return 'serves now';
    case 'standby': return 'next if the ones above fail';
    case 'unavailable': return `unavailable: ${entry.reason}`;
    case 'unsaved': return 'its backend is not saved yet';
  }
}
