import type { PlotShape } from './idea-parts.ts';

/**
 * When a beat happens: a fixed time, the story's own time (from the idea, or the plot's), or the light
 * of the place the journey reaches (the moon at night, the sea by day). Pictures take their light from it.
 */
export type BeatTime = 'morning' | 'day' | 'evening' | 'night' | 'story' | 'arrival';

/**
 * A beat of a plot: rows of sentence slots with alternatives, and the picture's brief. Placeholders:
 * {Name} the hero's name, {hero} the hero introduced with its article ("a shy little hedgehog"),
 * {star} the hero as the picture names it ("Pip the hedgehog"), {friend} who helps, {pal} the friend
 * in trouble, {place} where the journey goes, {stop} a place on the way, {object} the thing the plot
 * turns on, {make}/{made} the verb that makes it, {fear}, {trouble}, {feeling}, {when} ("morning"),
 * {interest}, {favourite}, {interests} and {props} (whole sentences: what the listener loves, the things the idea named). `[[…]]` holds words only older listeners
 * get; `{plain|rich}` picks the plain word for young listeners and the richer one for older ones.
 * A sentence whose placeholder has no value is skipped, never left with a gap.
 */
export interface Beat {
  slots: string[][];
  brief: string;
  time: BeatTime;
  /**
   * The picture shows the characters leaving where they are ("setting off from a little house near the beach"): the
   * next scene, unless its words say where, is on the way, out in this place ("the meadow"), not back where they left.
   */
  leavesFor?: string;
}

export interface Archetype {
  id: PlotShape;
  titles: string[];
  /** What the plot turns on when the idea names nothing that fits (a lantern is never baked). */
  defaultObjects: string[];
  /** Places on the way that suit this plot (a search goes through the garden, not the starlit valley). */
  stops: string[];
  problem: Beat;
  /** Stops on the way, one per middle scene, in order (long stories go round again at new places). */
  journey: Beat[];
  resolution: Beat;
}
