import { describe, expect, it } from 'vitest';
import { harmMeaningHead, weighHarmMeaning, type HarmMeaningHead } from './harm-meaning.ts';

// A three-number stand-in for the 512 of the real head: the first number reads harm.
const head: HarmMeaningHead = {
  about: 'test', threshold: 0.9, bias: -2, weights: [8, 0, 0],
  topics: { weapons: [1, 0, 0], sexual: [0, 1, 0], frightening: [0, 0, 1] },
};

describe('weighHarmMeaning', () => {
  it('lets the most harmful reading decide (the idea or its gloss), with the topic nearest that reading', () => {
    const reading = weighHarmMeaning([[0, 0, 1], [0.9, 0.1, 0]], head);
    expect(reading.likelihood).toBeCloseTo(1 / (1 + Math.exp(-(8 * 0.9 - 2))));
    expect(reading.harmful).toBe(true);
    expect(reading.topic).toBe('weapons');
  });

  it('refuses nothing at or under the threshold', () => {
    expect(weighHarmMeaning([[0.3, 0, 1]], head)).toMatchObject({ harmful: false, topic: 'frightening' });
  });
});

describe('the fitted head beside the code', () => {
  it('holds 512 weights, a threshold and the topics the sets name', () => {
    const fitted = harmMeaningHead();
    expect(fitted.weights).toHaveLength(512);
    expect(fitted.threshold).toBeGreaterThan(0.5);
    expect(Object.keys(fitted.topics)).toEqual(expect.arrayContaining(['sexual', 'grooming', 'violence', 'hate', 'dangerous-instructions']));
    expect(fitted.about).toMatch(/train-harm-meaning/);
  });
});
