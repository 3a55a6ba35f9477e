import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeZodError, zodIssues } from './describe-zod-error.ts';

describe('describeZodError', () => {
  const schema = z.strictObject({
    steps: z.number().max(20),
    nested: z.object({ items: z.array(z.number()) }),
  });

  it('names each failing field with its path', () => {
    const result = schema.safeParse({ steps: 30, nested: { items: [1, 'two'] }, extra: true });
    expect(result.success).toBe(false);
    const message = describeZodError(result.error!);
    expect(message).toContain('steps: Too big');
    expect(message).toContain('nested.items[1]: Invalid input: expected number');
    expect(message).toContain('Unrecognized key: "extra"');
    expect(zodIssues(result.error!)).toContainEqual({ path: 'nested.items.1', message: expect.any(String) });
  });
});
