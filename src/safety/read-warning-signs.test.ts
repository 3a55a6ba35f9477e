import { describe, expect, it } from 'vitest';
import { readIdeaForSafety } from '../pipelines/story/read-idea-for-safety.ts';
import { readWarningSigns } from './read-warning-signs.ts';
import { SafetyMatcher } from './safety-matcher.ts';
import { childStoryTerms, mergeTerms } from './story-guardrail-terms.ts';

const signsOf = (idea: string) => readWarningSigns(idea, idea, readIdeaForSafety);

describe('readWarningSigns (the whole idea, then sentence by sentence)', () => {
  it('judges a harmful later sentence on its own words, so a gentle first sentence cannot dilute it', () => {
    const idea = 'A little bunny bakes a carrot cake for his friends in the sunny meadow. Afterwards the grumpy fox molests the smallest rabbit.';
    expect(signsOf(idea).map((sign) => sign.kind)).toContain('sexual');
    expect(signsOf('Afterwards the grumpy fox molests the smallest rabbit.')).not.toEqual([]);
  });

  it('reads a grown-up from outside the family, a child and a car or sweets told in emoji alone as a lure; keeps a family\'s day out', () => {
    expect(signsOf('👨‍🦳🍬👧🚗').map((sign) => sign.kind)).toEqual(['a grown-up luring a child, in emoji']);
    for (const idea of ['👨‍👩‍👧🚗🏖️', '👴🍬👧', '🏴‍☠️⛵🌊🗺️💎🐚']) expect(signsOf(idea), idea).toEqual([]);
  });

  it('keeps gentle ideas told in several sentences', () => {
    for (const idea of [
      'A little bunny bakes a carrot cake. His friends come to the meadow and they share it at sunset.',
      'A dragon is scared of the dark. His mum gives him a tiny lantern! Now he sleeps well.',
      'A boy finds a shell on the beach.\nHe hears the sea inside it and falls asleep.',
    ]) expect(signsOf(idea), idea).toEqual([]);
  });

  it('agrees with the rules on the phrases they know to be harmless, and still reads the harm beside one', () => {
    const matcher = new SafetyMatcher(mergeTerms(childStoryTerms));
    const blank = (folded: string) => matcher.blankBenign(folded);
    const idea = 'a knight who kills time reading books';
    expect(signsOf(idea).map((sign) => sign.kind)).toContain('killing');
    expect(readWarningSigns(idea, idea, readIdeaForSafety, undefined, blank)).toEqual([]);
    const harm = 'a knight who kills time and then kills the little boy';
    expect(readWarningSigns(harm, harm, readIdeaForSafety, undefined, blank)).not.toEqual([]);
  });

  it('reads the shapes of harm through a harmless phrase, which only the word lists skip', () => {
    // A phrase harmless as words can still be part of a shape: "cough syrup" was once on the harmless list and hid
    // the medicine given to make a baby sleep. Here the blanking is made to take that phrase out again.
    const blankCoughSyrup = (folded: string) => folded.replace(/cough syrup/g, ' ~ ');
    const idea = 'a mummy who gives the baby cough syrup so she sleeps all night';
    expect(readWarningSigns(idea, idea, readIdeaForSafety, undefined, blankCoughSyrup).map((sign) => sign.kind)).toContain('medicine as a treat or to make a child sleep');
    const gentle = 'a poorly bear cub who has a spoon of cough syrup from his mum and feels better';
    expect(readWarningSigns(gentle, gentle, readIdeaForSafety, undefined, blankCoughSyrup)).toEqual([]);
  });
});
