import { z } from 'zod';
import { InvalidOutputError } from '../engine/errors/index.ts';
import type { JsonSchema } from './spec/index.ts';

/**
 * Parses a model's JSON answer and checks it against the schema it was asked to follow. Models that
 * were cut short (token limit) or ignore the format answer text that does not parse: that is an
 * InvalidOutputError, which the runner retries.
 */
export function parseStructuredOutput(text: string, schema: JsonSchema, provider: string): unknown {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InvalidOutputError(`${provider} answered text that is not JSON: ${JSON.stringify(text.slice(0, 120))}.`, {
      cause: error,
      details: { provider },
    });
  }
  const checked = z.fromJSONSchema(schema as Parameters<typeof z.fromJSONSchema>[0]).safeParse(json);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const where = issue.path.length > 0 ? issue.path.join('.') : 'the answer';
    throw new InvalidOutputError(`${provider} answered JSON that does not fit the schema: ${where}: ${issue.message}.`, {
      details: { provider, issues: checked.error.issues.map((item) => ({ path: item.path, message: item.message })) },
    });
  }
  return json;
}
