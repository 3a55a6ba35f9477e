import type { Archetype } from './archetype.ts';
import { helpingAFriend } from './archetypes/helping-a-friend.ts';
import { journeyHome } from './archetypes/journey-home.ts';
import { lostAndFound } from './archetypes/lost-and-found.ts';
import { makingSomething } from './archetypes/making-something.ts';
import { nightSkyWonder } from './archetypes/night-sky-wonder.ts';
import { smallFear } from './archetypes/small-fear.ts';
import type { SeededRandom } from '../../../engine/seeded-random.ts';

export const archetypes: readonly Archetype[] = [lostAndFound, helpingAFriend, journeyHome, nightSkyWonder, smallFear, makingSomething];

/**
 * The plot whose cue words the idea uses most (a verb like "lost" or "make" decides more than a
 * setting word like "night", so cues earlier in an archetype's list weigh more). An idea with no cue
 * gets a plot from the seed.
 */
export function chooseArchetype(words: readonly string[], random: SeededRandom): Archetype {
  let best: Archetype[] = [];
  let bestScore = 0;
  for (const archetype of archetypes) {
    let score = 0;
    for (const word of words) {
      const position = archetype.cues.indexOf(word);
      if (position >= 0) score += 1 + 1 / (position + 1);
    }
    if (score > bestScore) {
      best = [archetype];
      bestScore = score;
    } else if (score === bestScore && score > 0) best.push(archetype);
  }
  return random.pick(best.length > 0 ? best : archetypes);
}
