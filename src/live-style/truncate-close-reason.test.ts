import { describe, expect, it } from 'vitest';
import { truncateCloseReason } from './truncate-close-reason.ts';

describe('close reasons', () => {
  it('keeps short reasons and cuts long ones to 123 bytes without splitting a character', () => {
    expect(truncateCloseReason('The session ended.')).toBe('The session ended.');
    const long = 'é'.repeat(100);
    const cut = truncateCloseReason(long);
    expect(new TextEncoder().encode(cut).length).toBeLessThanOrEqual(123);
    expect(cut).toMatch(/^é+\.\.\.$/);
  });
});
