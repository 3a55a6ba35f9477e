import { ideaUsage } from '../../providers/builtin/storyteller/idea-usage.ts';
import { readIdeaParts } from '../../providers/builtin/storyteller/read-idea-parts.ts';
import { nameEmoji } from '../../safety/name-emoji.ts';
import type { IdeaReading } from '../../safety/weigh-warning-signs.ts';

/**
 * How much of an idea the storyteller can place (ideaUsage over readIdeaParts), for the prompt check's
 * warning signs: an idea it cannot mostly place is judged by its signs, never silently replaced by an unrelated story.
 */
export function readIdeaForSafety(idea: string): IdeaReading {
  // Emoji are read by their names, as the checks read them: an idea of emoji alone is then judged on what they show.
  const prompt = nameEmoji(idea);
  // The things an idea names (a storm, candy) are shown in the story but give it no plot: they place nothing here, so the
  // warning signs weigh an idea of things alone ("a bottle and pills") as they did before the storyteller showed things.
  // The hero's given name places nothing either: a name is no part of what the idea asks for.
  const { props, heroName, ...plotParts } = readIdeaParts(prompt);
  const usage = ideaUsage(prompt, plotParts);
  const placed = usage.used.join(' ').toLowerCase().split(/[^\p{L}]+/u).filter((word) => word.length > 1 && word !== 'an' && word !== 'the').length;
  const unplaced = usage.notUnderstood.length + usage.leftOut.length;
  return { unplacedShare: unplaced + placed === 0 ? 0 : unplaced / (unplaced + placed), wordCount: prompt.split(/\s+/).filter(Boolean).length };
}
