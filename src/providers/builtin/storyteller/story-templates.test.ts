import { describe, expect, it } from 'vitest';
import { createSeededRandom } from '../../../engine/seeded-random.ts';
import type { Beat } from './archetype.ts';
import { castStory } from './cast-story.ts';
import { archetypes, chooseArchetype } from './choose-archetype.ts';
import { capitalise, fillTemplate, type AgeBand } from './fill-template.ts';
import { keepsakeWords, makeableWords } from './idea-vocabulary.ts';
import { readIdeaParts } from './read-idea-parts.ts';
import type { IdeaParts } from './idea-parts.ts';
import { safetyLessonIds } from '../../../safety/find-safety-lesson.ts';
import { settingBeat, windDownBeat } from './story-world.ts';

// Representative ideas: every plot, heroes with and without traits, the listener as hero, companions
// drawn and not, every kind of object role, vowel-initial words for the articles.
const ideas = [
  'a shy hedgehog who wants to see the sea', 'an owl who wants to fly to the moon', 'a unicorn who dreams of the northern lights',
  'a girl who wants to visit the stars', 'a frog and a duck who go to the island', 'a little fox who lost her red scarf',
  'a sleepy bunny who lost her umbrella', 'an elephant who lost his glasses', 'a penguin who is afraid of the dark',
  'a robot who is scared of thunder', 'a boy who is nervous about school', 'a bear who wants to bake a cake',
  'an octopus who paints a picture', 'a mouse who sews a quilt', 'a turtle who makes a song', 'a kitten whose friend the mouse is stuck',
  'a butterfly whose friend the bee has a broken wing', 'a horse who helps a lamb', 'a dragon', 'something nobody recognises',
  'a cow who wants to learn to whistle', 'a hedgehog who knits a blanket for the winter',
  'a rabbit who has to get home before dark', 'a teddy bear left behind at the airport who wants to get home',
  // Things the idea names, of every kind: weather, food, an object, a plant, a building, a made thing, two at once.
  'a storm at sea with a brave little boat', 'candy from grandma', 'a volcano island', 'forget-me-not flowers in the garden',
  'a night at the museum with a dinosaur', 'a pillow fight at a sleepover', 'lighting the candles on a birthday cake',
];
// Kiln's own safety stories keep only the hero of an idea (see readStoryIdeaParts): one hero with traits, one the listener.
const lessonParts = safetyLessonIds.map((lesson, index) => {
  const { hero, traits, listener: called } = readIdeaParts(index % 2 === 0 ? 'a shy little otter' : 'a boy');
  return { idea: `${lesson} lesson`, parts: { hero, traits, ...(called ? { listener: called } : {}), companions: [], plot: lesson } as IdeaParts };
});
const representative = [...ideas.map((idea) => ({ idea, parts: readIdeaParts(idea) })), ...lessonParts];
const listener = { name: 'Mia', age: 5, interests: ['space', 'cats'], favouriteThings: ['strawberries'], readingLevel: 'auto' as const, language: 'en' };
const bands: AgeBand[] = ['young', 'older'];

/** Every alternative of every slot, with every `{plain|rich}` choice the band allows. */
function sentences(beat: Beat): string[] {
  return beat.slots.flat();
}

function problems(sentence: string, heroWord: string | undefined, opening: boolean): string[] {
  const found: string[] = [];
  if (/[{}[\]|]/.test(sentence)) found.push('unfilled slot');
  if (!/[.!?"]$/.test(sentence)) found.push('no end punctuation');
  if (/\s{2,}|\s[,.!?]/.test(sentence)) found.push('stray space');
  if (/\ba [aeio]/i.test(sentence) || /\ban [^aeiou\s]/i.test(sentence) || /\ban u(?:ni)/i.test(sentence)) found.push('article');
  if (/\b(\w+) \1\b/i.test(sentence)) found.push('repeated word');
  // The hero is introduced once, in the opening: "a hedgehog" anywhere else is a second hedgehog.
  if (heroWord && !opening && new RegExp(`\\ban? (?:\\w+ )?${heroWord}\\b`, 'i').test(sentence)) found.push('second hero');
  if (sentence.charAt(0) !== sentence.charAt(0).toUpperCase()) found.push('lower-case start');
  return found;
}

describe('every storyteller sentence with every representative cast', () => {
  it('fills every slot, agrees its articles, fits verbs to objects and never introduces a second hero', () => {
    const failures: string[] = [];
    let checked = 0;
    for (const { idea, parts } of representative) {
      const archetype = chooseArchetype(parts.plot);
      for (let seed = 0; seed < 3; seed += 1) {
        const cast = castStory(parts, archetype, listener, createSeededRandom(seed));
        const { object, make } = cast.values;
        if (make !== undefined && makeableWords[object]?.make !== make) failures.push(`${idea}: "${make}" does not make a ${object}`);
        if (archetype.id === 'lost-and-found' && !keepsakeWords.has(object)) failures.push(`${idea}: a ${object} is not something one loses`);
        for (const beat of [settingBeat, archetype.problem, ...archetype.journey, archetype.resolution, windDownBeat]) {
          for (const template of sentences(beat)) {
            const missing = [...template.matchAll(/\{(\w+)\}/g)].some((match) => !cast.values[match[1]] && match[1] !== 'stop' && match[1] !== 'light');
            if (missing) continue;
            for (const stop of cast.stops) {
              for (const band of bands) {
                const sentence = capitalise(fillTemplate(template, { ...cast.values, stop, light: 'bright daylight' }, band));
                checked += 1;
                for (const problem of problems(sentence, parts.hero?.word, beat === settingBeat)) failures.push(`${problem}: ${sentence}  [${idea}]`);
              }
            }
          }
        }
        const title = fillTemplate(cast.title, cast.values, 'older');
        for (const problem of problems(`${capitalise(title)}.`, undefined, true)) failures.push(`title ${problem}: ${title}`);
      }
    }
    expect(failures.slice(0, 20)).toEqual([]);
    expect(checked).toBeGreaterThan(5000);
  });

  it('says "were" of a place named in the plural ("But the stars were a long way from home")', () => {
    const placeWas = (idea: string) => { const parts = readIdeaParts(idea); return castStory(parts, chooseArchetype(parts.plot), listener, createSeededRandom(0)).values.placeWas; };
    expect(placeWas('a girl who wants to catch a shooting star')).toBe('were');
    expect(placeWas('a shy hedgehog who wants to see the sea')).toBe('was');
  });

  it('covers every plot shape with the representative ideas', () => {
    expect(new Set(representative.map(({ parts }) => parts.plot))).toEqual(new Set(archetypes.map((archetype) => archetype.id)));
  });
});
