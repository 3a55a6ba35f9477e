import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeIdeaParts, readOutline } from './idea-outline.ts';
import { readIdeaParts } from './read-idea-parts.ts';

const tuning = JSON.parse(readFileSync(new URL('../../../../bench/safety/tuning-set.json', import.meta.url), 'utf8')) as { safe: { text: string }[] };
const ideas = [
  'a sleepy dragon who wants to go to the moon', 'a little fox who lost her scarf in the forest', 'a robot who makes a kite with a bee',
  'a shy penguin afraid of the dark', 'a brave bear who helps a friend who is stuck', 'a girl and her dog at the beach in the evening',
  'a curious owl and a lamb who climb the hill to see the sunset', 'a girl who plants a magic seed', 'a toy soldier who guards the sandcastle',
  'a volcano who sneezes glitter', 'a storm at sea with a brave little boat', 'a penguin who dreams of flying just once', 'the candles on a birthday cake',
  'a rocket who wants to fly to Mars', 'a kangaroo in Australia who loves to bounce', 'a penguin at the zoo who asks everyone how to get home to Antarctica',
  'a calf looking for her mum in the big field', 'my daughter Zara who just got a baby brother', 'Kai who loves trains and wants to ride the night train to Scotland', ...tuning.safe.map((entry) => entry.text),
];

describe('idea outline', () => {
  it('reads back into exactly the parts it was made from, so the storyteller writes the same story from the outline alone', () => {
    for (const idea of ideas) {
      const parts = readIdeaParts(idea);
      expect(readOutline(describeIdeaParts(parts)), idea).toEqual(parts);
    }
  });

  it('carries the things the idea named', () => {
    expect(describeIdeaParts(readIdeaParts('the candles on a birthday cake'))).toContain('things in the story: candles, birthday cake');
  });

  it('says a goal the idea said as a doing the same way, and reads it back as the goal', () => {
    const outline = describeIdeaParts(readIdeaParts('a penguin who dreams of flying just once'));
    expect(outline).toContain('goal: flying');
    expect(readOutline(outline)).toMatchObject({ goal: 'fly', goalDoing: 'flying' });
    expect(describeIdeaParts(readIdeaParts('a penguin who wants to fly just once'))).toContain('goal: to fly');
  });

  it('is not an outline without a plot line', () => {
    expect(readOutline('a dragon who wants to go to the moon')).toBeUndefined();
  });

  it('writes "an" before a vowel, as a model reads the outline as English, and reads it back', () => {
    const outline = describeIdeaParts(readIdeaParts('an otter and an eagle who want to build a raft'));
    expect(outline).toContain('hero: an otter');
    expect(readOutline(outline)?.hero?.word).toBe('otter');
  });
  it('names a home the idea named by its name, and reads back only a place known so', () => {
    const outline = describeIdeaParts(readIdeaParts('a penguin at the zoo who asks everyone how to get home to Antarctica'));
    expect(outline).toContain('home: Antarctica');
    expect(readOutline('plot: way home; hero: a penguin; home: Antarctica')?.homeIn).toBe('Antarctica');
    expect(readOutline('plot: way home; hero: a penguin; home: Grandpa Joe at 12 Elm Street')?.homeIn).toBeUndefined();
  });
});
