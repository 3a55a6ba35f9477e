import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { ConfigError } from '../engine/errors/index.ts';
import { moderationCategories } from '../providers/spec/index.ts';
import { SafetyMatcher } from './safety-matcher.ts';
import { safetyTopics, type SafetyTopic } from './safety-topic.ts';
import { childStoryTerms, mergeTerms, type GuardrailTerms } from './story-guardrail-terms.ts';

const weight = z.int().min(0).max(7);
const operatorFileSchema = z.strictObject({
  ...Object.fromEntries(moderationCategories.map((category) => [category, z.record(z.string().min(1), weight).optional()])),
  /** Phrases always refused, by topic: `{ "Topics": { "weapons": ["slingshot"] } }`, in the rules' syntax. */
  Topics: z.partialRecord(z.enum(safetyTopics), z.array(z.string().min(1))).optional(),
});

interface OperatorTerms {
  terms: GuardrailTerms;
  topics: Partial<Record<SafetyTopic, string[]>>;
}

async function readOperatorFile(file?: string): Promise<OperatorTerms> {
  if (!file) return { terms: mergeTerms(childStoryTerms), topics: {} };
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new ConfigError(`The safety terms file ${file} could not be read as JSON: ${(error as Error).message}`, { cause: error });
  }
  const checked = operatorFileSchema.safeParse(parsed);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new ConfigError(`The safety terms file ${file} is not valid at ${issue.path.join('.') || 'the top'}: ${issue.message}. Expected { "Fear": { "term": 0-7 }, ..., "Topics": { "weapons": ["phrase"] } }.`);
  }
  const { Topics: topics = {}, ...weighted } = checked.data as { Topics?: Partial<Record<SafetyTopic, string[]>> } & Partial<GuardrailTerms>;
  return { terms: mergeTerms(childStoryTerms, weighted), topics };
}

/**
 * The weighted terms the local guardrails use: the built-in moderator's, the child-story lists and, when
 * an operator names a file (`{ "Fear": { "thunderstorm": 3 } }`), theirs on top. A file that does not
 * parse is a config error: silently checking with fewer terms than the operator asked for would fail open.
 */
export async function loadGuardrailTerms(file?: string): Promise<GuardrailTerms> {
  return (await readOperatorFile(file)).terms;
}

/** The whole local guardrail, weighted terms and topic rules, with the operator's additions to both. */
export async function loadSafetyMatcher(file?: string): Promise<SafetyMatcher> {
  const { terms, topics } = await readOperatorFile(file);
  try {
    return new SafetyMatcher(terms, topics);
  } catch (error) {
    throw new ConfigError(`The safety terms file ${file} has a phrase that cannot be used: ${(error as Error).message}`, { cause: error });
  }
}
