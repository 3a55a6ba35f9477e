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

  it('blanks dying or killing of laughter, as English and the readings of other languages say it', () => {
    for (const text of ['grandpa tells jokes that kill everyone with laughter', 'we nearly died laughing', 'my son dies of laugh with the jokes', 'jokes that kill of laugh to all the village', 'the clown is died to laugh'])
      expect(blankFigurativeKilling(text), text).not.toMatch(/\b(?:kill|died|dies|death)\b/);
    for (const text of ['he kills the dog with laughing gas', 'he kills the girl and laughs', 'the man killed the boy with a laugh'])
      expect(blankFigurativeKilling(text), text).toBe(text);
  });
});
