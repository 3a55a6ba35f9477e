/**
 * A plot archetype: its own beats, each a row of sentence slots with alternatives, and an illustration
 * brief per beat. Placeholders: {Name} the hero's name, {hero} what the hero is ("the sleepy dragon"),
 * {friend} the listener or companion, {object}, {place}, {interest}, {favourite}, {pal} the animal
 * companion's name. `[[…]]` holds words only older listeners get; `{big|enormous}` picks the plain word
 * for young listeners and the richer one for older ones.
 */
export interface Beat {
  slots: string[][];
  brief: string;
}

export type ArchetypeId = 'lost-and-found' | 'helping-a-friend' | 'journey-home' | 'night-sky-wonder' | 'small-fear' | 'making-something';

export interface Archetype {
  id: ArchetypeId;
  /** Words in the idea that point to this plot, strongest first. */
  cues: string[];
  titles: string[];
  /** The thing the story turns on when the idea names none. */
  defaultObjects: string[];
  problem: Beat;
  /** Stops on the way, one per middle scene, in order (long stories go round again at new places). */
  journey: Beat[];
  resolution: Beat;
}
