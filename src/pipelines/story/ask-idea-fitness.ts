import { z } from 'zod';
import { AllProvidersFailedError, CancelledError, toKilnError } from '../../engine/errors/index.ts';
import type { PassedOver } from '../../engine/step.ts';
import { parseCandidate } from '../../providers/registry.ts';
import type { TextModel } from '../../providers/spec/index.ts';
import type { ProviderRegistry } from '../../runtime/contracts.ts';
import { ideaFitnessPrompt, ideaFitnessSystem } from '../../safety/idea-fitness-prompt.ts';
import { readIdeaFitnessAnswer, type IdeaFitnessVerdict } from '../../safety/read-idea-fitness-answer.ts';
import { isBuiltinCandidate, type BackendTypeOf } from './builtin-text-only.ts';

/** How long one text model may take to classify an idea (a local model may first have to load). */
export const ideaFitnessTimeoutMs = 90_000;

/** Who judged an idea and what it said, kept with the story so the parent can read "Checked by llama3.2 on Ollama". */
export const ideaFitnessRecordSchema = z.object({
  /** The `backend:model` that answered, e.g. `ollama:llama3.2`. */
  model: z.string(),
  /** Its backend's type: `ollama`, `openai`, `llamacpp`, `gemini`. */
  backendType: z.string(),
  /** The answer as given (trimmed, at most 200 characters). */
  answer: z.string(),
  passed: z.boolean(),
  /** Text models asked before it that could not answer, with why. */
  passedOver: z.array(z.object({ candidate: z.string(), reason: z.string() })),
});

export type IdeaFitnessRecord = z.output<typeof ideaFitnessRecordSchema>;

/**
 * The text models to ask: those in the text fallback list ahead of the first built-in one (the
 * storyteller is not a language model; it reads only known parts).
 */
export function aiTextCandidates(providers: ProviderRegistry, typeOf: BackendTypeOf): { candidate: string; backendType: string }[] {
  const found: { candidate: string; backendType: string }[] = [];
  for (const candidate of providers.candidates('text')) {
    if (isBuiltinCandidate(candidate, typeOf)) break;
    let backendName = candidate;
    try {
      ({ backendName } = parseCandidate(candidate));
    } catch {
      // Not of the form backend:model: asking it fails below and is reported with the rest.
    }
    found.push({ candidate, backendType: typeOf(backendName) ?? backendName });
  }
  return found;
}

/**
 * Asks the configured text models, in fallback order, whether the (checked) idea is fit for a bedtime
 * story for a child of `childAge`. The first that answers decides, and only a clear `safe` passes. One
 * that fails to answer (unreachable, an error status, past `timeoutMs`) hands the question to the next;
 * when none answers it throws AllProvidersFailedError naming each, and the check step then lets only the
 * built-in storyteller write, or fails closed (see check-prompt-step.ts). Undefined when none is configured.
 */
export async function askIdeaFitness(options: {
  providers: ProviderRegistry; typeOf: BackendTypeOf; idea: string; childAge: number;
  signal: AbortSignal; timeoutMs?: number;
}): Promise<{ record: IdeaFitnessRecord; verdict: IdeaFitnessVerdict } | undefined> {
  const candidates = aiTextCandidates(options.providers, options.typeOf);
  if (candidates.length === 0) return undefined;
  const timeoutMs = options.timeoutMs ?? ideaFitnessTimeoutMs;
  const passedOver: PassedOver[] = [];
  for (const { candidate, backendType } of candidates) {
    if (options.signal.aborted) throw new CancelledError(undefined, { cause: options.signal.reason });
    const timeout = AbortSignal.timeout(timeoutMs);
    try {
      const model = options.providers.modelById('text', candidate) as TextModel;
      const result = await model.generate({
        prompt: ideaFitnessPrompt(options.idea, options.childAge), system: ideaFitnessSystem,
        temperature: 0, maxTokens: 24, seed: 1, abortSignal: AbortSignal.any([options.signal, timeout]),
      });
      const answer = result.text.trim().slice(0, 200);
      const verdict = readIdeaFitnessAnswer(result.text);
      return { record: { model: candidate, backendType, answer, passed: verdict.fit, passedOver }, verdict };
    } catch (thrown) {
      if (options.signal.aborted) throw new CancelledError(undefined, { cause: options.signal.reason });
      const error = toKilnError(thrown);
      // It answered, with nothing usable (no text at all): that is not a yes, and no other model is asked.
      if (error.code === 'invalid_output') {
        return { record: { model: candidate, backendType, answer: '', passed: false, passedOver }, verdict: { fit: false, kind: 'unclear' } };
      }
      const reason = timeout.aborted ? `did not answer within ${timeoutMs / 1000} s` : error.message.replace(/\.$/, '');
      passedOver.push({ candidate, reason });
    }
  }
  const tried = passedOver.map((skipped) => `${skipped.candidate} (${skipped.reason})`).join('; ');
  throw new AllProvidersFailedError(
    `Before writing, Kiln asks the configured text model whether an idea suits a bedtime story, and none could answer, so nothing was written. Tried ${tried}. Try again once one of them is back, or ask the operator.`,
    { details: { capability: 'text', check: 'idea-fitness', attempts: passedOver } },
  );
}
