import { guardrailTermsFileEnv, loadGuardrailTerms } from '../../safety/load-guardrail-terms.ts';
import { TermMatcher } from '../../safety/term-matcher.ts';

const matchers = new Map<string, Promise<TermMatcher>>();

/** The local guardrails, compiled once per terms file (the operator's, named by KILN_SAFETY_TERMS_FILE). */
export function guardrailMatcher(file = process.env[guardrailTermsFileEnv]): Promise<TermMatcher> {
  const key = file ?? '';
  let matcher = matchers.get(key);
  if (!matcher) {
    matcher = loadGuardrailTerms(file).then((terms) => new TermMatcher(terms));
    matcher.catch(() => matchers.delete(key));
    matchers.set(key, matcher);
  }
  return matcher;
}
