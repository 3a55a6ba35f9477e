import type { z } from 'zod';

/** `['capabilities', 'text', 0]` becomes `capabilities.text[0]`. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, part) => {
    if (typeof part === 'number') return `${text}[${part}]`;
    return text ? `${text}.${String(part)}` : String(part);
  }, '');
}

/** One entry per problem, naming the field as it is written in the file. */
export function formatConfigIssues(issues: readonly z.core.$ZodIssue[], prefix: PropertyKey[] = []): { field: string; message: string }[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ field: formatFieldPath([...path, key]), message: 'unknown field; check its spelling' }));
    }
    // A bad record key (a backend name) carries the key's own problem inside it.
    const message = issue.code === 'invalid_key' ? (issue.issues[0]?.message ?? issue.message) : issue.message;
    return [{ field: formatFieldPath(path) || '(top level)', message }];
  });
}
