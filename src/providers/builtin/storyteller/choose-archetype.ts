import type { Archetype } from './archetype.ts';
import { chasingAWish } from './archetypes/chasing-a-wish.ts';
import { helpingAFriend } from './archetypes/helping-a-friend.ts';
import { journey } from './archetypes/journey.ts';
import { lostAndFound } from './archetypes/lost-and-found.ts';
import { makingSomething } from './archetypes/making-something.ts';
import { smallFear } from './archetypes/small-fear.ts';
import { wayHome } from './archetypes/way-home.ts';
import { happyDay } from './archetypes/happy-day.ts';
import { safetyLessonArchetypes } from './archetypes/safety-lessons.ts';
import type { PlotShape } from './read-idea-parts.ts';

export const archetypes: readonly Archetype[] = [journey, wayHome, lostAndFound, smallFear, makingSomething, helpingAFriend, chasingAWish, happyDay, ...safetyLessonArchetypes];

/** The plot shape the idea asked for (see readIdeaParts): a wish to go somewhere is a journey, and so on. */
export function chooseArchetype(plot: PlotShape): Archetype {
  return archetypes.find((archetype) => archetype.id === plot)!;
}
