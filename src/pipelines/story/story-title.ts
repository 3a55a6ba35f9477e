import { titleCase } from '../../providers/builtin/storyteller/fill-template.ts';
import type { IdeaParts } from '../../providers/builtin/storyteller/idea-parts.ts';

function words(text: string): string[] {
  return text.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter(Boolean);
}

/** True when a text repeats four or more of the idea's words in a row: the idea was pasted, not told. */
export function echoesIdea(text: string, idea: string): boolean {
  const ideaWords = words(idea);
  const told = ` ${words(text).join(' ')} `;
  for (let start = 0; start + 4 <= ideaWords.length; start += 1) {
    if (told.includes(` ${ideaWords.slice(start, start + 4).join(' ')} `)) return true;
  }
  return false;
}

/** A title built from the idea's checked parts and the hero's name, for a writer whose own title pasted the idea. */
export function titleFromParts(parts: IdeaParts, heroName: string): string {
  if (parts.plot === 'journey' && parts.destination) return `${heroName}'s Trip to ${titleCase(parts.destination)}`;
  if (parts.plot === 'way-home') return `${heroName} Finds the Way Home`;
  if (parts.plot === 'lost-and-found' && parts.thing) return `${heroName} and the Missing ${titleCase(parts.thing)}`;
  if (parts.plot === 'making-something' && parts.thing) return `${heroName} and the Best ${titleCase(parts.thing)} Ever`;
  if (parts.plot === 'small-fear') return `${heroName} Is Brave`;
  if (parts.plot === 'helping-a-friend') return `${heroName} Lends a Hand`;
  return `${heroName}'s Bedtime Story`;
}
