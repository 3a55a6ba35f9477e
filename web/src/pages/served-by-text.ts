import { describeModel } from '../../../src/providers/describe-model.ts';
import type { JobStep } from '../api/api-types.ts';

/** Who served a step, in words a person reads, each backend once. */
export function servedByText(step: JobStep): string {
  if (step.servedBy.length > 0) {
    // One call per picture: seven pictures by one backend read once with "×7", not the name seven times.
    const counts = new Map<string, number>();
    for (const backend of step.servedBy) counts.set(backend, (counts.get(backend) ?? 0) + 1);
    // In words ("built-in illustrator (procedural, not AI)"), not the config's id.
    return [...counts].map(([backend, count]) => (count > 1 ? `${describeModel(backend)} ×${count}` : describeModel(backend))).join(', ');
  }
  if (step.cached) return 'an earlier run, reused';
  // A finished step that called no model ran inside Kiln itself.
  return step.state === 'succeeded' ? 'Kiln itself, no model' : '—';
}
