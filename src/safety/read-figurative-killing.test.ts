import { describe, expect, it } from 'vitest';
import { blankFigurativeKilling } from './read-figurative-killing.ts';

describe('blankFigurativeKilling', () => {
  it('blanks a joke or a show that "killed", and keeps a killing by anyone or of anyone', () => {
    expect(blankFigurativeKilling('his knock-knock joke absolutely killed at the family dinner')).not.toContain('killed');
    expect(blankFigurativeKilling('her dance routine killed, everyone clapped')).not.toContain('killed');
    expect(blankFigurativeKilling('a comedian frog whose jokes always kill, everyone laughs')).not.toContain('kill');
    for (const text of ['the joke killed the king', 'the hunter killed at dawn', 'the dragon killed.', 'a trick killed at the party', 'the attack killed at dawn', 'the shooting killed, and the town wept'])
      expect(blankFigurativeKilling(text), text).toBe(text);
  });
});
