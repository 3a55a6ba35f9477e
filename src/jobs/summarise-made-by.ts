import type { JobStepRecord } from '../runtime/contracts.ts';
import { describeModel } from '../providers/describe-model.ts';

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

/**
 * "Who made what" in a person's words ("Written by llama3.2 on Ollama"), and each preferred backend
 * that was passed over, with why and who served instead: what the studios and the CLI say after a job.
 */
export function summariseMadeBy(steps: readonly Pick<JobStepRecord, 'name' | 'stepId' | 'servedBy' | 'passedOver'>[], backendTypes: Record<string, string>) {
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
