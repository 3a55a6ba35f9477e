import { guardrailTermsFileEnv, loadSafetyMatcher } from '../../safety/load-guardrail-terms.ts';
import type { SafetyMatcher } from '../../safety/safety-matcher.ts';

const matchers = new Map<string, Promise<SafetyMatcher>>();
let configuredTermsFile: string | undefined;

/**
 * Names the operator's terms file for this process (the config's `safety.termsFile`, which
 * KILN_SAFETY_TERMS_FILE overrides); the runtime calls it once at start.
 */
export function useGuardrailTermsFile(file: string | undefined): void {
  configuredTermsFile = file;
}

/**
 * The local guardrails (weighted terms and topic rules), compiled once per terms file (the operator's,
 * from the config or KILN_SAFETY_TERMS_FILE). The prompt check, idea parts and story text share it.
 */
export function guardrailMatcher(file = configuredTermsFile ?? process.env[guardrailTermsFileEnv]): Promise<SafetyMatcher> {
  const key = file ?? '';
  let matcher = matchers.get(key);
  if (!matcher) {
    matcher = loadSafetyMatcher(file);
    matcher.catch(() => matchers.delete(key));
    matchers.set(key, matcher);
  }
  return matcher;
}
