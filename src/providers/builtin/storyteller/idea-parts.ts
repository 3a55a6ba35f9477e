import type { SafetyLessonId } from '../../../safety/find-safety-lesson.ts';
import type { Being } from './find-idea-hero.ts';

/** A plot the idea asks for, or one of Kiln's own safety stories (see find-safety-lesson.ts). */
export type PlotShape = 'journey' | 'way-home' | 'happy-day' | 'lost-and-found' | 'small-fear' | 'making-something' | 'helping-a-friend' | 'wish' | SafetyLessonId;
export type TimeOfDay = 'morning' | 'day' | 'evening' | 'night';

export type { Being };

/**
 * What the storyteller takes from an idea: only recognised words, each also passed by the safety
 * check on its own. The idea's own sentences are never kept.
 */
export interface IdeaParts {
  /** Absent when the idea names no creature: the listener is then the hero. */
  hero?: Being;
  /** How the idea named the listener when the listener is the hero ("girl", "boy"): the story calls them so. */
  listener?: string;
  traits: string[];
  /** A thing the hero hopes for, when the idea's wish could not be read as a doing ("hoping to be picked for the parade"): see read-hoped-for.ts. */
  hopedFor?: string;
  /** The name the idea gives its hero ("a tractor named Tilly"), when it is safe to tell (see read-hero-name.ts). */
  heroName?: string;
  /** The people or faith the idea gives a person hero or the listener ("hindu" in "a little Hindu girl"), see read-heritage.ts. */
  heritage?: string;
  companions: Being[];
  /** A place the hero wishes to reach (`sea`), for journeys. */
  destination?: string;
  /** The journey's place is the hero's own home, gone back to ("fell out of the sky and wants to get back home"). */
  returnsHome?: boolean;
  /** Where the way home ends, when the idea names the home by its name ("get home to Antarctica"): the hero lives there. */
  homeIn?: string;
  /** Family the way home ends with the hero back with, as the idea owns them ("looking for her mum": "her mum"). */
  reunitedWith?: string;
  /** The journey as the idea said it, read and checked as a goal is ("ride on a whale to the other side"): the last scene says it was done. */
  trip?: string;
  /** Where the story happens when it is not a journey. */
  setting?: string;
  /** The thing at the heart of the story: lost, or to be made. */
  thing?: string;
  /** Things the idea names that are no character and no place ("storm", "marshmallows", "museum"), as it said them: the story shows each once. */
  props?: string[];
  /** What the hero wants to do, in the idea's own words ("paint the moon silver"); the last scene says it is done. */
  goal?: string;
  /** The goal as a doing, when the idea said it so ("dreams of flying" → "flying"): the last scene says it the same way. */
  goalDoing?: string;
  fear?: string;
  trouble?: string;
  feeling?: string;
  time?: TimeOfDay;
  /** A safety story's parent or grandparent the idea names ("Mum", "Dad", "Grandma"): who helps, or in "not my fault" who is having a hard time. */
  grownUp?: string;
  plot: PlotShape;
}
