import { describe, expect, it } from 'vitest';
import { harmMeaningHead, weighHarmMeaning, type HarmMeaningHead } from './harm-meaning.ts';

// A three-number stand-in for the 512 of the real head: the first number reads harm.
const head: HarmMeaningHead = {
  about: 'test', bias: -2, weights: [8, 0, 0],
  topics: { weapons: [1, 0, 0], sexual: [0, 1, 0], frightening: [0, 0, 1] },
};

describe('weighHarmMeaning', () => {
  it('lets the most harmful reading decide (the idea or its gloss), with the topic nearest that reading', () => {
    const reading = weighHarmMeaning([[0, 0, 1], [0.9, 0.1, 0]], head);
    expect(reading.likelihood).toBeCloseTo(1 / (1 + Math.exp(-(8 * 0.9 - 2))));
    expect(reading.topic).toBe('weapons');
  });

  it('names the topic nearest the text it leans on most, even where it leans little', () => {
    const reading = weighHarmMeaning([[0.1, 0, 1]], head);
    expect(reading).toMatchObject({ topic: 'frightening' });
    expect(reading.likelihood).toBeLessThan(0.5);
  });
});

describe('the fitted head beside the code', () => {
  it('holds 512 weights and the topics the sets name', () => {
    const fitted = harmMeaningHead();
    expect(fitted.weights).toHaveLength(512);
    expect(Object.keys(fitted.topics)).toEqual(expect.arrayContaining(['sexual', 'grooming', 'violence', 'hate', 'dangerous-instructions']));
    expect(fitted.about).toMatch(/train-harm-reading/);
  });
});
