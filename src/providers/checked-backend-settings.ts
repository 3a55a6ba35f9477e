import type { z } from 'zod';
import { formatConfigIssues } from '../config/format-config-issues.ts';
import { ConfigError } from '../engine/errors/index.ts';
import type { BackendBaseSettings } from './backend.ts';

/**
 * A backend entry's own settings, checked against the schema the config file is checked with, so a
 * factory receives its settings typed once, from that schema. Loaded configs pass unchanged; an
 * entry made in code (a test, a plugin's caller) that the file would refuse is refused the same way.
 */
export function checkedBackendSettings<Schema extends z.ZodType<object>>(
  schema: Schema,
  { name, fetch, env, ...own }: BackendBaseSettings & Record<string, unknown>,
): BackendBaseSettings & z.infer<Schema> {
  const checked = schema.safeParse(own);
  if (!checked.success) {
    const problems = formatConfigIssues(checked.error.issues).map(({ field, message }) => `${field}: ${message}`);
    throw new ConfigError(`The settings of backend ${name ?? '(unnamed)'} are not valid: ${problems.join('; ')}.`, { details: { backend: name, problems } });
  }
  return { ...checked.data, name, fetch, env };
}
