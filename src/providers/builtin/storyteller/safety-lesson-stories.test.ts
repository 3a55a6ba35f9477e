import { describe, expect, it } from 'vitest';
import { guardrailMatcher } from '../../../pipelines/story/guardrail-matcher.ts';
import { readStoryIdeaParts, storyRequestFor } from '../../../pipelines/story/story-request-for.ts';
import { safetyLessonIds } from '../../../safety/find-safety-lesson.ts';
import { moderateText } from '../../../safety/moderate-content.ts';
import { planStory } from './plan-story.ts';

const listener = (name: string, age: number) => ({ name, age, interests: [], favouriteThings: [], readingLevel: 'auto' as const, language: 'en' });

describe('Kiln\'s own safety stories', () => {
  it('keeps only the hero of the idea and tells the lesson in every length', async () => {
    const idea = 'a little hedgehog who finds matches under the sofa, does not touch them and tells his mum';
    const parts = readStoryIdeaParts(idea, undefined, 'leave-it-and-tell');
    expect(parts).toMatchObject({ plot: 'leave-it-and-tell', hero: { word: 'hedgehog' }, companions: [] });
    expect(parts.props).toBeUndefined();
    const request = storyRequestFor({ prompt: idea, parts, profile: listener('Mia', 5), scenes: 4 });
    expect(request.outline).not.toMatch(/matches|sofa/);
    const story = planStory(request, 1);
    const text = story.scenes.map((scene) => scene.text).join(' ');
    expect(text).toMatch(/Do not touch\. Move away\. Tell a grown-up\./);
    expect(text).not.toMatch(/matches|sofa/);
  });

  it('lets the parent or grandparent the idea names help, or be the one having a hard time when it is not the hero\'s fault', () => {
    const body = 'a penguin who learns her body belongs to her and tells her mummy';
    const bodyRequest = storyRequestFor({ prompt: body, parts: readStoryIdeaParts(body, undefined, 'my-body-is-mine'), profile: listener('Ava', 5), scenes: 4 });
    expect(bodyRequest.outline).toMatch(/grown-up: mummy/);
    expect(planStory(bodyRequest, 2).scenes.map((scene) => scene.text).join(' ')).toMatch(/said Mummy/);
    const away = 'her dad is in prison and she keeps asking where he is, I want a story that says he still loves her';
    const awayRequest = storyRequestFor({ prompt: away, parts: readStoryIdeaParts(away, undefined, 'not-my-fault'), profile: listener('Ava', 5), scenes: 4 });
    const awayText = planStory(awayRequest, 1).scenes.map((scene) => scene.text).join(' ');
    expect(awayText).toMatch(/Ava's dad was having a hard time/);
    expect(awayText).not.toMatch(/prison/);
  });

  it('never makes a grown-up the idea names other than a parent the hero, nor the helper', () => {
    const idea = 'a coach who teaches the team that their body belongs to them and to tell their uncle';
    const parts = readStoryIdeaParts(idea, undefined, 'my-body-is-mine');
    expect(parts.hero).toBeUndefined();
    expect(parts.grownUp).toBeUndefined();
    expect(planStory(storyRequestFor({ prompt: idea, parts, profile: listener('Sam', 6), scenes: 3 }), 1).scenes.map((scene) => scene.text).join(' ')).not.toMatch(/coach|uncle/i);
  });

  it('passes the story\'s own child-mode checks, the outline and every scene of every lesson, seed, age and length, so no scene is swapped for a fallback', async () => {
    const matcher = await guardrailMatcher();
    const failing: string[] = [];
    for (const lesson of safetyLessonIds) {
      // A language model that echoes its request writes the lesson's own words: they pass the same checks.
      const outline = storyRequestFor({ prompt: 'a boy', parts: readStoryIdeaParts('a boy', undefined, lesson), profile: listener('Sam', 5), scenes: 4 }).outline!;
      if (!(await moderateText(outline, { mode: 'child', matcher })).passed) failing.push(`${lesson} outline: ${outline}`);
      for (const [idea, name, age] of [['a boy', 'Sam', 4], ['a little penguin', 'Ava', 8]] as const) {
        for (const seed of [1, 2, 3]) {
          for (const scenes of [1, 3, 4, 6]) {
            const request = storyRequestFor({ prompt: idea, parts: readStoryIdeaParts(idea, undefined, lesson), profile: listener(name, age), scenes });
            for (const scene of planStory(request, seed).scenes) {
              if (!(await moderateText(`${scene.text}\n${scene.illustration}`, { mode: 'child', matcher })).passed) failing.push(`${lesson}: ${scene.text}`);
            }
          }
        }
      }
    }
    expect(failing).toEqual([]);
  });
});
