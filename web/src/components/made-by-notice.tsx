/**
 * Who made a job's output, said plainly ("Written by llama3.2 on Ollama", "Pictures: built-in
 * illustrator (procedural, not AI)"), and a notice when a preferred backend failed and a later one
 * in the list served instead, with the reason and the way to Settings. Nothing falls back in silence.
 */
import type { JobStep } from '../api/api-types.ts';
import { kilnApi } from '../api/kiln-api.ts';
import { Link } from '../router.tsx';
import { describeModel } from './describe-model.ts';
import { useApiData } from './use-api-data.ts';

/** What each kind of step made, by the last part of its step id (`story.write` → `write`). */
const madeWords: Record<string, (made: string) => string> = {
  write: (made) => `Written by ${made}`,
  illustrate: (made) => `Pictures: ${made}`,
  images: (made) => `Pictures: ${made}`,
  narrate: (made) => `Voice: ${made}`,
  transcribe: (made) => `Transcript: ${made}`,
  enrich: (made) => `Meanings: ${made}`,
  video: (made) => `Motion: ${made}`,
};

/** The lines "who made what" and the fallbacks, from the steps' records; exported for the CLI's words too. */
export function summariseMadeBy(steps: readonly JobStep[], backendTypes: Record<string, string>) {
  const lines = new Map<string, Set<string>>();
  const fallbacks = new Map<string, { candidate: string; reason: string; servedBy: Set<string> }>();
  for (const step of steps) {
    const kind = step.stepId.split('.').at(-1) ?? step.name;
    const words = madeWords[kind] ?? ((made: string) => `${step.name}: ${made}`);
    for (const candidate of step.servedBy) {
      const line = words('');
      if (!lines.has(line)) lines.set(line, new Set());
      lines.get(line)!.add(describeModel(candidate, backendTypes));
    }
    for (const passed of step.passedOver ?? []) {
      const known = fallbacks.get(passed.candidate) ?? { ...passed, servedBy: new Set<string>() };
      for (const candidate of step.servedBy) known.servedBy.add(describeModel(candidate, backendTypes));
      fallbacks.set(passed.candidate, known);
    }
  }
  return {
    made: [...lines].map(([line, models]) => `${line}${[...models].join(', ')}`),
    fallbacks: [...fallbacks.values()].map((fallback) => ({ ...fallback, servedBy: [...fallback.servedBy] })),
  };
}

export function MadeByNotice({ steps }: { steps: readonly JobStep[] }) {
  // Backend names map to their types ("myollama" is Ollama); until health answers, names stand alone.
  const health = useApiData((signal) => kilnApi.health(signal));
  const backendTypes = Object.fromEntries((health.data?.backends ?? []).map((backend) => [backend.name, backend.type]));
  const { made, fallbacks } = summariseMadeBy(steps, backendTypes);
  if (made.length === 0 && fallbacks.length === 0) return null;
  return (
    <div className="made-by" data-testid="made-by">
      {made.length > 0 ? <ul className="made-by__lines">{made.map((line) => <li key={line}>{line}</li>)}</ul> : null}
      {fallbacks.map((fallback) => (
        <div key={fallback.candidate} className="notice notice--warning" role="status" data-testid="fallback-notice">
          <p>
            <strong>{describeModel(fallback.candidate, backendTypes)} was not used:</strong> {fallback.reason}
            {fallback.servedBy.length > 0 ? ` ${fallback.servedBy.join(', ')} served instead.` : ''}
          </p>
          <p><Link href="/settings">Check the backends in Settings</Link></p>
        </div>
      ))}
    </div>
  );
}
