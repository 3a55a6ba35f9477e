/**
 * Who made a job's output, said plainly ("Written by llama3.2 on Ollama", "Pictures: built-in
 * illustrator (procedural, not AI)"), and a notice when a preferred backend failed and a later one
 * in the list served instead, with the reason and the way to Settings. Nothing falls back in silence.
 */
import type { JobStep } from '../api/api-types.ts';
import { kilnApi } from '../api/kiln-api.ts';
import { Link } from '../router.tsx';
import { describeModel } from '../../../src/providers/describe-model.ts';
import { summariseMadeBy } from '../../../src/jobs/summarise-made-by.ts';
import { useApiData } from './use-api-data.ts';

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

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
            {fallback.servedBy.length > 0 ? ` ${capitalise(fallback.servedBy.join(', '))} served instead.` : ''}
          </p>
          <p><Link href="/settings">Check the backends in Settings</Link></p>
        </div>
      ))}
    </div>
  );
}
