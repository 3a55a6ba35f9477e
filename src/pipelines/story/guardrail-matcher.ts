import { guardrailTermsFileEnv, loadGuardrailTerms } from '../../safety/load-guardrail-terms.ts';
import { TermMatcher } from '../../safety/term-matcher.ts';

const matchers = new Map<string, Promise<TermMatcher>>();
let configuredTermsFile: string | undefined;

/**
 * Names the operator's terms file for this process (the config's `safety.termsFile`, which
 * KILN_SAFETY_TERMS_FILE overrides); the runtime calls it once at start.
 */
export function useGuardrailTermsFile(file: string | undefined): void {
  configuredTermsFile = file;
}

/** The local guardrails, compiled once per terms file (the operator's, from the config or KILN_SAFETY_TERMS_FILE). */
export function guardrailMatcher(file = configuredTermsFile ?? process.env[guardrailTermsFileEnv]): Promise<TermMatcher> {
  const key = file ?? '';
  let matcher = matchers.get(key);
  if (!matcher) {
    matcher = loadGuardrailTerms(file).then((terms) => new TermMatcher(terms));
    matcher.catch(() => matchers.delete(key));
    matchers.set(key, matcher);
  }
  return matcher;
}
