import type { StepServices } from '../../engine/step.ts';
import { optionalService } from '../../runtime/step-services.ts';
import { loadSafetyMatcher } from '../../safety/load-guardrail-terms.ts';
import type { SafetyMatcher } from '../../safety/safety-matcher.ts';

// A cache of compiled matchers, one per terms file: no setting lives here, each caller names its file.
const matchers = new Map<string, Promise<SafetyMatcher>>();

/**
 * The local guardrails (weighted terms and topic rules) with the operator's terms file added: the
 * config's `safety.termsFile`, which KILN_SAFETY_TERMS_FILE overrides when the config is loaded; none
 * means the built-in terms alone. Compiled once per file; the prompt check, idea parts and story text share it.
 */
export function guardrailMatcher(termsFile?: string): Promise<SafetyMatcher> {
  const key = termsFile ?? '';
  let matcher = matchers.get(key);
  if (!matcher) {
    matcher = loadSafetyMatcher(termsFile);
    matcher.catch(() => matchers.delete(key));
    matchers.set(key, matcher);
  }
  return matcher;
}

/** The guardrails of the config a step runs under (the built-in terms for a step run without one). */
export function stepGuardrailMatcher(services: StepServices): Promise<SafetyMatcher> {
  return guardrailMatcher(optionalService(services, 'config')?.safety.termsFile);
}
