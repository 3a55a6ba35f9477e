import type { z } from 'zod';

/** One line a person can read, e.g. `steps: Too big: expected number to be <=20; label: Invalid input: ...`. */
export function describeZodError(error: z.ZodError): string {
  return error.issues.map((issue) => {
    const path = issue.path.map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`,
    ).join('');
    return path === '' ? issue.message : `${path}: ${issue.message}`;
  }).join('; ');
}

/**
 * The issues as plain data for an error's `details`, so an API client can point at the fields. The
 * path is dotted (`scenes.2.text`, empty for the whole input), the same shape the server's request
 * validation answers with.
 */
export function zodIssues(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}
