import { describe, expect, it } from 'vitest';
import { seaJourney } from './archetypes/sea-journey.ts';
import { skyJourney } from './archetypes/sky-journey.ts';
import { journey } from './archetypes/journey.ts';
import { chooseArchetype } from './choose-archetype.ts';
import { readIdeaParts } from './read-idea-parts.ts';

describe('chooseArchetype', () => {
  it('takes a journey up to the moon, the stars or a planet through the sky, and any other on foot', () => {
    expect(chooseArchetype('journey', { destination: 'the moon' })).toBe(skyJourney);
    expect(chooseArchetype('journey', { destination: 'the planet Mars' })).toBe(skyJourney);
    expect(chooseArchetype('journey', { destination: 'the sea' })).toBe(journey);
    expect(chooseArchetype('journey')).toBe(journey);
    // A star going home to the sky it fell from goes back the way the plain journey tells it.
    expect(chooseArchetype('journey', { destination: 'the stars', returnsHome: true })).toBe(journey);
    expect(chooseArchetype('wish', { destination: 'the moon' }).id).toBe('wish');
  });
  it('takes a journey to an island or a reef over the sea, and a swimmer or a sailor to the sea itself; a walker walks to the sea', () => {
    const journeyOf = (idea: string) => { const parts = readIdeaParts(idea); return chooseArchetype(parts.plot, parts); };
    expect(journeyOf('a little fish who wants to swim to the coral reef')).toBe(seaJourney);
    expect(journeyOf('a penguin who wants to visit a warm island')).toBe(seaJourney);
    expect(journeyOf('a sailboat who wants to cross the ocean')).toBe(seaJourney);
    expect(journeyOf('a snail who wants to see the sea')).toBe(journey);
    expect(journeyOf('a duck who wants to swim to the pond')).not.toBe(seaJourney);
  });
});
