import { describe, expect, it } from 'vitest';
import { toolMissing } from '../../runtime/testing/tool-missing.ts';
import { checkStoryPrompt, storytellerReadingOf } from './check-prompt-step.ts';
import { readStoryIdeaParts } from './story-request-for.ts';
import { readIdeaForSafety } from './read-idea-for-safety.ts';
import { checkPrompt } from '../../safety/check-prompt.ts';
import { SafetyMatcher } from '../../safety/safety-matcher.ts';
import { childStoryTerms, mergeTerms } from '../../safety/story-guardrail-terms.ts';

describe.skipIf(toolMissing('freedict'))('storytellerReadingOf (what the storyteller reads of an accepted idea; needs FreeDict)', () => {
  it('reads an idea in another language through its gloss, each word\'s gloss the storyteller knows first', async () => {
    // Without Apertium's translation (the checks' rules alone, no translations given): the word-by-word reading.
    const checked = checkPrompt('Un petit hérisson qui a peur de l\'orage', { matcher: new SafetyMatcher(mergeTerms(childStoryTerms)), mode: 'child', readIdea: readIdeaForSafety });
    expect(checked.accepted).toBe(true);
    const reading = checked.accepted ? storytellerReadingOf(checked) : undefined;
    expect(reading).toMatch(/\bhedgehog\b[\s\S]*\bstorm\b/);
    // French "petit": FreeDict's first gloss WordNet knows is "diminutive"; the storyteller knows "little".
    expect(reading).toMatch(/\blittle hedgehog\b/);
  });

  it('reads a short English idea as written, though the checks gloss it too', async () => {
    for (const idea of ['a sword in the stone', 'candy from grandma', 'a storm']) {
      expect(storytellerReadingOf(await checkStoryPrompt(idea, 'child')), idea).toBeUndefined();
    }
  });
});

describe.skipIf(toolMissing('apertium') || toolMissing('freedict'))('an Italian or Portuguese idea, read through Apertium (needs apertium-*, cg3, FreeDict)', () => {
  it('is read as Apertium\'s English sentence, wishes and journeys too, which a word-by-word gloss cannot tell', async () => {
    const result = await checkStoryPrompt('Un riccio che vuole imparare a nuotare.', 'child');
    expect(result.translated).toBe(true);
    const reading = storytellerReadingOf(result);
    expect(reading).toMatch(/hedgehog that wants to learn to swim/);
    expect(readStoryIdeaParts(result.prompt, reading, undefined, true)).toMatchObject({ hero: { word: 'hedgehog' }, plot: 'wish' });
    // Read as a gloss, the same words keep only who it is about.
    expect(readStoryIdeaParts(result.prompt, reading, undefined, false).plot).toBe('happy-day');
  });
});
