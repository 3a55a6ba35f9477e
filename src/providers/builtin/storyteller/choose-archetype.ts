import type { Archetype } from './archetype.ts';
import { chasingAWish } from './archetypes/chasing-a-wish.ts';
import { seeingAWish } from './archetypes/seeing-a-wish.ts';
import { helpingAFriend } from './archetypes/helping-a-friend.ts';
import { journey } from './archetypes/journey.ts';
import { seaJourney } from './archetypes/sea-journey.ts';
import { skyJourney } from './archetypes/sky-journey.ts';
import { lostAndFound } from './archetypes/lost-and-found.ts';
import { makingSomething } from './archetypes/making-something.ts';
import { smallFear } from './archetypes/small-fear.ts';
import { wayHome } from './archetypes/way-home.ts';
import { happyDay } from './archetypes/happy-day.ts';
import { safetyLessonArchetypes } from './archetypes/safety-lessons.ts';
import type { IdeaParts, PlotShape } from './idea-parts.ts';
import { goesBySea, isUpAbove } from './story-places.ts';
import { sensesOf } from '../../../safety/wordnet-lexicon.ts';

export const archetypes: readonly Archetype[] = [journey, skyJourney, seaJourney, wayHome, lostAndFound, smallFear, makingSomething, helpingAFriend, chasingAWish, seeingAWish, happyDay, ...safetyLessonArchetypes];

/** "see the cherry blossoms", "watch the fireworks": a wish whose verb's commonest meaning is seeing, watching or hearing (WordNet's verb.perception). */
const wishesToSee = (goal: string | undefined) => goal !== undefined && sensesOf(goal.split(' ')[0], 'verb', 1)[0]?.lexicographerFile === 'verb.perception';

/**
 * The plot shape the idea asked for (see readIdeaParts): a wish to go somewhere is a journey, and so on; a journey up to
 * the moon, the stars or a planet goes through the sky, and one to an island, a reef or (for a swimmer or a sailor) the
 * sea goes over the sea (given the idea's parts), never along a country lane; a wish to see or hear something is looked and
 * waited for, not practised.
 */
export function chooseArchetype(plot: PlotShape, parts?: Pick<IdeaParts, 'destination' | 'returnsHome' | 'hero' | 'trip' | 'goal'>): Archetype {
  if (plot === 'wish' && wishesToSee(parts?.goal)) return seeingAWish;
  if (plot === 'journey' && parts?.destination !== undefined && !parts.returnsHome && isUpAbove(parts.destination)) return skyJourney;
  if (plot === 'journey' && parts !== undefined && !parts.returnsHome && goesBySea(parts)) return seaJourney;
  return archetypes.find((archetype) => archetype.id === plot)!;
}
