import { lemmasOf, sensesOf } from '../../../safety/wordnet-lexicon.ts';
import { titleCase } from './fill-template.ts';
import { thirdPerson } from './read-idea-goal.ts';

const prepositions = new Set(['to', 'in', 'into', 'at', 'across', 'with', 'for', 'from', 'on', 'onto', 'over', 'under', 'through', 'around', 'by']);
const articles = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'my', 'our', 'every', 'some']);
/** A word that names a thing far more often than it describes one ("home", "box"; not "red", "silver", "big"). */
const namesThing = (word: string) => sensesOf(word, 'noun').length > 2 * sensesOf(word, 'adj').length;

/**
 * A title from the hero's name and the idea's goal, never from a place the idea did not name: "Pip
 * Learns to Skip", "Hazel Carries Dreams", "Mia and the Magic Seed". At most three of the goal's words
 * in a row, so a title is told, not the idea pasted (see echoesIdea).
 */
export function goalTitle(name: string, goal: string): string {
  const [verb, ...rest] = goal.split(' ');
  // "slow down and smell the flowers": the title tells the first wish only.
  // "help the ships come home": after the one helped, a verb starts what is done, and is no part of the thing.
  const isThing = (word: string) => lemmasOf(word, 'noun').length > 0 && lemmasOf(word, 'adj').length === 0 && !articles.has(word);
  const startsDoing = (word: string, index: number) => verb === 'help' && index > 0 && isThing(rest[index - 1]) && sensesOf(word, 'verb').length > sensesOf(word, 'noun').length;
  // "give the giraffe a birthday party": a second article starts a second thing.
  const cut = rest.findIndex((word, index) => prepositions.has(word) || word === 'and' || startsDoing(word, index) || (index > 0 && articles.has(word) && rest.slice(0, index).some((earlier) => articles.has(earlier))));
  // "go on a picnic": a goal that goes on with a preposition keeps it, up to the thing ("Pip Goes on a Picnic").
  const led = rest.slice(0, 3).findIndex((word, index) => index > 0 && isThing(word));
  if (cut === 0 && led > 0) return `${name} ${titleCase([thirdPerson(verb), ...rest.slice(0, led + 1)].join(' '))}`;
  const object = cut > 0 ? rest.slice(0, cut) : rest.slice(0, 3);
  const last = object.at(-1);
  // "a new home": after a describing word, the last word is the thing when it names one far more often than it describes ("home"; "red" describes).
  const thingLast = last !== undefined && lemmasOf(last, 'noun').length > 0 && (lemmasOf(last, 'adj').length === 0 || (object.length === 3 && lemmasOf(object[1], 'adj').length > 0 && namesThing(last)));
  if (object.length === 3 && articles.has(object[0]) && thingLast) {
    return `${name} and the ${titleCase(object.slice(1).join(' '))}`;
  }
  const kept = object.slice(0, 2);
  while (kept.length > 0 && (articles.has(kept.at(-1)!) || prepositions.has(kept.at(-1)!) || kept.at(-1) === 'and')) kept.pop();
  // "open the big red box": a title never ends on a describing word; the thing it describes is named instead ("Fig Opens the Box").
  const phrase = cut > 0 ? rest.slice(0, cut) : rest;
  const thing = phrase.find((word, index) => index > 1 && namesThing(word));
  if (kept.length === 2 && articles.has(kept[0]) && !namesThing(kept[1]) && thing) kept[1] = thing;
  return `${name} ${titleCase([thirdPerson(verb), ...kept].join(' '))}`;
}
