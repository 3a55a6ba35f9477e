import { isDictionaryWord } from '../../../safety/wordnet-lexicon.ts';
import { nounForms } from './find-idea-hero.ts';
import { goalNamesPlace } from './is-trip.ts';
import { withPlaceNamesWritten } from './named-place.ts';
import { readChildName } from './read-child-name.ts';
import { readIdeaProps } from './read-idea-props.ts';
import { readHeroName } from './read-hero-name.ts';
import { readHopedFor } from './read-hoped-for.ts';
import type { IdeaParts } from './idea-parts.ts';
import { ideaWords } from './idea-words.ts';
import { parentsPreambleLength } from './parents-preamble-length.ts';
import { readPlotParts } from './read-plot-parts.ts';

/** Reads the parts of an idea; every part is a vocabulary word that passed the safety check. */
export function readIdeaParts(idea: string): IdeaParts {
  const words = ideaWords(idea);
  const childName = readChildName(idea, words);
  const read = placedWhereItHappens(readPlotParts(words, parentsPreambleLength(idea, words), childName, idea));
  // "12 Elm Street", "Emma", "Santa": a word written with a capital inside a sentence is a name.
  const names = namesIn(idea);
  // A name in the wish keeps the capital the idea gave it ("pull Santa's sleigh"); a word in capitals ("SYSTEM") stays as read.
  const capitalised = (word: string) => { const written = names.get(word); return written !== undefined && /^\p{Lu}\p{Ll}+$/u.test(written) ? written : word; };
  // So does a place known by its name, written in lower case or not ("fly to mars" → "fly to Mars").
  const written = (phrase: string) => withPlaceNamesWritten(phrase.replace(/\p{L}+/gu, capitalised));
  const parts = { ...read, ...(read.goal ? { goal: written(read.goal) } : {}), ...(read.trip ? { trip: written(read.trip) } : {}) };
  // Whatever another part took ("lost her scarf", "to the sea", "bake a cake") is told there, not again as a thing.
  const said = [parts.hero?.word, parts.listener, ...parts.traits, parts.heritage, ...parts.companions.map((being) => being.word), parts.destination, parts.setting, parts.thing, parts.goal, parts.fear, parts.trouble, parts.feeling];
  const taken = new Set(said.flatMap((part) => part?.toLowerCase().split(' ') ?? []).flatMap((word) => [word, ...nounForms(word), `${word}s`, `${word}es`]));
  // A name is never a thing to show.
  for (const name of names.keys()) taken.add(name);
  // "Milo is a cat who …": the child's name, opening the idea, is no thing either (WordNet's milo is a grain).
  if (childName) taken.add(childName.name.toLowerCase());
  // Things are read from English only: "frappe" (French "hits") and "mit" (German "with") are words WordNet also has.
  const english = words.filter(isDictionaryWord).length * 2 > words.length;
  // "a little girl named Priya": a child the idea names is told by that name, not the listener's.
  // The parent's own child ("my daughter Emma") is named from the idea only as read-child-name.ts reads it, never beside
  // where they live; otherwise the profile names them.
  const namedWord = parts.hero?.word ?? parts.listener;
  // "my daughter Zara", "Kai who loves trains": the child the idea names, when the story is theirs, is told by that name.
  // "my son Arlo (7) who is a wizard": the child is the hero the idea says they are, by their name.
  const heroName = (namedWord ? readHeroName(idea, namedWord) : undefined) ?? (parts.hero === undefined || (childName && childIsHero(words, childName.index, parts.hero.word)) ? childName?.name : undefined);
  // "Biscuit, the little fox": the hero's name is no thing to show either.
  if (heroName) taken.add(heroName.split(' ').at(-1)!.toLowerCase());
  const props = english ? readIdeaProps(words, taken) : [];
  // A wish the goal reader could not read as a doing keeps the thing hoped for (read-hoped-for.ts).
  const hopedFor = english && !parts.goal && !parts.thing && !parts.destination ? readHopedFor(words, taken) : undefined;
  return { ...parts, ...(props.length > 0 ? { props } : {}), ...(heroName ? { heroName } : {}), ...(hopedFor ? { hopedFor } : {}) };
}

/** "Arlo who is a wizard", "Ella is a little mermaid": the named child at `at` is said to be the hero. */
function childIsHero(words: readonly string[], at: number, heroWord: string): boolean {
  let next = at + 1;
  if (words[next] === 'who') next += 1;
  if (words[next] !== 'is' || !['a', 'an'].includes(words[next + 1] ?? '')) return false;
  const head = heroWord.split(' ').at(-1)!;
  return words.slice(next + 2, next + 5).some((word) => nounForms(word).includes(head));
}

/** The words an idea writes with a capital inside a sentence, by their lower case: names ("Santa", "Bert", "TV"). */
function namesIn(idea: string): Map<string, string> {
  return new Map((idea.match(/(?<![.!?]\s*|^[\s"'“]*)\b\p{Lu}\p{L}*/gu) ?? []).map((name) => [name.toLowerCase(), name]));
}

/**
 * "an axolotl who moves to a new pond and wants to make friends", "building a raft so they can cross the pond": a place a
 * wish or a thing made never travels to, and the wish does not name, is where the story happens, so the story tells it (it was an
 * untold "wish: to reach the pond").
 */
function placedWhereItHappens(parts: IdeaParts): IdeaParts {
  if ((parts.plot !== 'wish' && parts.plot !== 'making-something') || parts.destination === undefined || parts.setting !== undefined) return parts;
  // "deliver a package to a castle in the clouds": a place the wish itself names is where it comes true, not home's neighbourhood (see storyPlaces).
  if (parts.goal !== undefined && goalNamesPlace(parts.goal, parts.destination)) return parts;
  // "has to get to her cousin's party": a family's place is somewhere to go, never where the hero lives.
  if (parts.destination.includes("'s ")) return parts;
  const { destination, ...rest } = parts;
  return { ...rest, setting: destination };
}
