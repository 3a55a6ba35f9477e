import type { KilnConfig } from '../config/index.ts';
import { summariseMadeBy } from '../jobs/summarise-made-by.ts';
import type { JobRecord } from '../runtime/contracts.ts';

/**
 * What the CLI says after a job about who made its output, and about every preferred backend that
 * failed so a later one served: the same words as the studios, for the text output and `--json`.
 */
export function describeMadeBy(job: Pick<JobRecord, 'steps'>, config: Pick<KilnConfig, 'backends'>) {
  const backendTypes = Object.fromEntries(Object.entries(config.backends).map(([name, backend]) => [name, backend.type]));
  const { made, fallbacks } = summariseMadeBy(job.steps, backendTypes);
  const notices = fallbacks.map((fallback) => `Not used: ${fallback.candidate} (${fallback.reason.replace(/\.$/, '')})`
    + `${fallback.servedBy.length > 0 ? `; ${fallback.servedBy.join(', ')} served instead` : ''}. Check it with \`kiln doctor\` or on the Settings page.`);
  return {
    /** For `--json`: the lines, and each fallback with its reason. */
    json: { madeBy: made, fallbacks },
    /** For the text output: one line per thing made, then a line per fallback. */
    text: [...made, ...notices].map((line) => `${line}\n`).join(''),
  };
}
