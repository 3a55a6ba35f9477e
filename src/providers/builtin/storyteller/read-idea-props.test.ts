import { describe, expect, it } from 'vitest';
import { ideaUsage } from './idea-usage.ts';
import { propKind } from './prop-kind.ts';
import { readIdeaParts } from './read-idea-parts.ts';
import { propSentence } from './tell-props.ts';

/** Representative words of each WordNet file the storyteller shows, with the kind each is told as. */
export const representativeProps: Record<string, string[]> = {
  phenomenon: ['storm', 'snow', 'fog', 'lightning', 'thunderstorm'],
  food: ['candy', 'pancakes', 'soup', 'apple', 'cookies', 'birthday cake'],
  object: ['volcano', 'stone', 'rainbow', 'sun'],
  plant: ['flowers', 'tree', 'mushroom', 'sunflower', 'forget-me-not'],
  building: ['museum', 'bridge', 'lighthouse', 'bakery'],
  artifact: ['candles', 'pillow', 'stethoscope', 'xylophone', 'umbrella', 'fireworks'],
};

describe('the things an idea names', () => {
  it('reads a word after a linking verb as describing, never as a thing ("feel safe" draws no safe)', () => {
    expect(readIdeaParts('a bedside lamp who helps a little girl feel safe in the dark').props ?? []).not.toContain('safe');
    // A safe the idea names as a thing is still one (here what the wish is about).
    expect(readIdeaParts('a lamp who guards a safe').goal).toBe('guard a safe');
  });

  it('files every representative word under its kind by WordNet', () => {
    for (const [kind, words] of Object.entries(representativeProps)) for (const word of words) expect(propKind(word), word).toBe(kind);
  });

  it('takes the concrete things no other part took, as the idea said them, at most two', () => {
    const cases: Array<[string, string[] | undefined]> = [
      ['a storm at sea with a brave little boat', ['storm']],
      // "only" between "who" and the verb: "drinks" is what the vampire does, not a thing called drinks.
      ['a vampire who only drinks tomato juice', ['tomato juice']],
      ['candy from grandma', ['candy']],
      // After "before", "so" or "when" and its subject, a verb's -s form is what the subject does: no "launches" to look at.
      ['an astronaut who forgot her lunchbox at home and needs it back before the rocket launches', ['rocket']],
      ['a clockmaker whose clocks all stop at bedtime so he has to wind every one before the town wakes', ['clocks']],
      // "mum" is a flower to WordNet first, but family here: the story never stops "to look at the mum".
      ['a duckling who gets separated from his mum in the reeds', ['reeds']],
      ['a volcano island', ['volcano']],
      ['a campfire with marshmallows', ['marshmallows']],
      ['the candles on a birthday cake', ['candles', 'birthday cake']],
      ['forget-me-not flowers in the garden', ['forget-me-not flowers']],
      ['a sword fight with cardboard swords', ['sword']],
      ['a bear who eats ice cream', ['ice cream']],
      // "can get" is a verb helped, no tin can.
      ['a snowplough that clears the road so the children can get to school', undefined],
      ['a dragon brings a lantern to a knight so the knight can finally sleep', undefined],
      ['our cat Biscuit got lost last week and came back yesterday, can you write about her adventure', undefined],
      // The hero, the place and the wish are told already; "to wash" is a doing; a made thing is the plot's.
      ['a sleepy dragon who wants to go to the moon', undefined],
      ['a bear who wants to bake a cake', undefined],
      ['a hippo who does not want to wash', undefined],
      // Clothes, medicines, what strikes a fire and names are no things to show.
      ['a story about pills', undefined],
      ['a boy who plays with matches', undefined],
      ['a romantic story where two kids take off their clothes', undefined],
      ['a story about my daughter Emma who lives at 12 Elm Street', undefined],
      // Only English is read for things: "frappe" is French for "hits", not the drink.
      ['Un garçon qui frappe son camarade de classe', undefined],
      // A word the safety check refuses is not told, nor the phrase it is in ("root beer").
      ['a root beer float', undefined],
    ];
    for (const [idea, props] of cases) expect(readIdeaParts(idea).props, idea).toEqual(props);
  });

  it('tells the parent it used them', () => {
    const storm = 'a storm at sea with a brave little boat';
    expect(ideaUsage(storm, readIdeaParts(storm))).toMatchObject({ used: ['a brave little boat', 'the sea', 'a storm'], notUnderstood: [] });
    const marshmallows = 'a campfire with marshmallows';
    expect(ideaUsage(marshmallows, readIdeaParts(marshmallows)).used).toEqual(['marshmallows']);
  });

  it('reads as a sentence for every kind, one thing or many, with and without a place', () => {
    for (const words of Object.values(representativeProps)) {
      for (const prop of words) {
        for (const place of [undefined, 'the sea']) {
          const sentence = propSentence(prop, { Name: 'Pip', friend: 'Dot the duck', place });
          expect(sentence, prop).toMatch(new RegExp(`^Pip (?:and Dot the duck )?[a-z ]+ the ${prop}\\b[^{}]*\\.$`));
          expect(sentence).not.toMatch(/\s{2}|\s[,.]|\ban? the\b/);
        }
      }
    }
  });
});
