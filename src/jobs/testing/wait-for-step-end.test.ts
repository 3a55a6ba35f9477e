import { describe, expect, it } from 'vitest';
import { withinDeadline } from './wait-for-step-end.ts';

describe('withinDeadline', () => {
  it('passes on what the promise gives', async () => {
    await expect(withinDeadline(Promise.resolve(7), 60_000, () => 'late')).resolves.toBe(7);
  });

  it('says what hung when the promise never settles', async () => {
    await expect(withinDeadline(new Promise(() => {}), 10, async () => 'the close hung')).rejects.toThrow('the close hung');
  });
});
