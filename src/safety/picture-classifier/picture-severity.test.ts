import { describe, expect, it } from 'vitest';
import { failingCategories } from '../safety-policy.ts';
import { pictureSeverity } from './picture-severity.ts';

const neutral = { Drawing: 0.6, Hentai: 0.01, Neutral: 0.39, Porn: 0, Sexy: 0 };

describe('pictureSeverity', () => {
  it('passes a picture-book drawing in child mode', () => {
    expect(failingCategories([pictureSeverity(neutral)], 'child')).toEqual([]);
  });

  it('fails child mode once explicit content is a quarter likely, and says why', () => {
    const score = pictureSeverity({ Drawing: 0.5, Hentai: 0.2, Neutral: 0.2, Porn: 0.1, Sexy: 0 });
    expect(score.severity).toBe(2);
    expect(failingCategories([score], 'child')).toHaveLength(1);
    expect(score.reasons?.[0]).toMatch(/explicit 30%/);
  });

  it('weighs suggestive content at half, so a bare shoulder alone does not fail', () => {
    expect(pictureSeverity({ Drawing: 0.6, Hentai: 0, Neutral: 0.2, Porn: 0, Sexy: 0.2 }).severity).toBe(1);
    expect(pictureSeverity({ Drawing: 0.1, Hentai: 0, Neutral: 0.3, Porn: 0, Sexy: 0.6 }).severity).toBe(2);
  });

  it('rates near-certain explicit content as severe', () => {
    expect(pictureSeverity({ Drawing: 0, Hentai: 0.05, Neutral: 0, Porn: 0.95, Sexy: 0 }).severity).toBe(6);
  });
});
