import { describe, expect, it } from 'vitest';
import { skyJourney } from './archetypes/sky-journey.ts';
import { journey } from './archetypes/journey.ts';
import { chooseArchetype } from './choose-archetype.ts';

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
});
