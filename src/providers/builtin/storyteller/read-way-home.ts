import { checkIdeaPart } from '../../../safety/index.ts';
import { commonNounSenses } from '../../../media/illustrator/common-noun-senses.ts';
import { hypernymClosure, lemmasOf, senseOffset } from '../../../safety/wordnet-lexicon.ts';

/*
 * Going home, as readIdeaParts reads it: a hero's own way home is the way-home plot ("has to get home before dark"),
 * another's is the helping plot, and going away, off or home is never a wish granted.
 */

/** Where going leaves from rather than to: a goal that goes away, off or home is no wish of its own. */
export const leavingWords = new Set(['away', 'off', 'home', 'out']);
/** Verbs a hero goes home by: "get home", "go back home", "fly home", "find the way home". */
const homeGoingVerbs = new Set(['get', 'go', 'come', 'return', 'head', 'hurry', 'walk', 'fly', 'swim', 'run', 'sail', 'find', 'make', 'travel', 'hop', 'drive', 'float', 'crawl', 'wander']);
/** Words that leave a hero at a place it must come home from ("left behind at the airport", "stuck at the top of the tree"). */
export const strandedWords = new Set(['left', 'behind', 'lost', 'stuck', 'stranded']);

/** Whether the hero (from `from` on) goes home: "home" after "way", or after a verb of going with only "back" between. */
export function goesHome(words: readonly string[], from: number): boolean {
  return words.some((word, at) => {
    if (word !== 'home' || at <= from) return false;
    const before = words.slice(Math.max(from, at - 3), at);
    if (before.at(-1) === 'way' || (before.at(-1) === 'back' && before.at(-2) === 'way')) return true;
    const verb = before.at(-1) === 'back' ? before.at(-2) : before.at(-1);
    return verb !== undefined && lemmasOf(verb, 'verb').some((lemma) => homeGoingVerbs.has(lemma));
  });
}

/** A goal that is the hero's own way home ("find his way home", "get back home"), not one done for others ("help the ships come home"). */
export function goalGoesHome(goal: string): boolean {
  const [verb, ...rest] = goal.split(' ');
  // "look for his way home", "search for the way home": looking for the way is finding it.
  if ((verb === 'look' || verb === 'search') && rest[0] === 'for') return rest.slice(1, 4).includes('way') && rest.slice(2, 5).includes('home');
  return homeGoingVerbs.has(verb) && rest.slice(0, 3).includes('home');
}

/** Words that own family in a story: "her mum", "his grandpa" (never "my" or "our": the parent's own family stays out). */
export const familyOwners = new Set(['his', 'her', 'their', 'its']);
/** Words of looking before "for": "looking for her mum", "searches for his dad". */
const lookingWords = new Set(['look', 'looks', 'looking', 'search', 'searches', 'searching', 'hunt', 'hunts', 'hunting']);
/** Words of finding straight before the one sought: "find her mum". */
const findingWords = new Set(['find', 'finds', 'finding']);

/**
 * The family the hero looks for, is parted from or finds the way back to ("looking for her mum in the big field",
 * "separated from her mum on the ice", "find his way back to his mum"), as the idea owns them ("her mum"): the way home
 * ends with the hero back with them. Only family by WordNet (isFamilyWord), owned by "his", "her", "their" or "its".
 */
export function familySought(words: readonly string[], from: number): string | undefined {
  for (let at = from + 1; at < words.length - 1; at += 1) {
    if (!familyOwners.has(words[at])) continue;
    const kin = words[at + 1];
    // "looking for her grandma's glasses": what belongs to them is sought, not them.
    if (words[at + 2] === 's' || !isSafeFamilyWord(kin)) continue;
    const [before, twoBefore] = [words[at - 1], words[at - 2]];
    const sought = (before === 'for' && lookingWords.has(twoBefore ?? '')) || (before === 'from' && ['separated', 'apart', 'parted'].includes(twoBefore ?? ''))
      || (before === 'to' && twoBefore === 'back') || findingWords.has(before ?? '');
    if (sought) return `${words[at]} ${kin}`;
  }
  return undefined;
}

/** Family by either of a word's two commonest meanings: "mum" is a flower to WordNet first, then a mother. */
export function isFamilyWord(word: string): boolean {
  const relative = senseOffset('relative', 'noun', 1);
  return relative !== undefined && commonNounSenses(lemmasOf(word, 'noun')[0] ?? word, 2).some((sense) => hypernymClosure('noun', sense).has(relative));
}

/** A family word the child-mode check lets through alone: what both readers below may put into a story. */
const isSafeFamilyWord = (word: string) => isFamilyWord(word) && checkIdeaPart(word, 'child').safe;

/** Words of visiting straight before the one visited: "visit her cousin", "visiting Grandma". */
const visitingWords = new Set(['visit', 'visits', 'visiting', 'visited']);

/**
 * The family the hero visits, as the story says them ("visit her cousin" → "her cousin", "visits grandma" → "Grandma"): a
 * family word by WordNet, owned by "his", "her", "their" or "its" or by no one; never the parent's own ("my mum").
 */
export function familyVisited(words: readonly string[], from: number, options: { finding?: boolean } = {}): { family: string; verb: string } | undefined {
  // "sets off through the forest to find her cousin": finding them, on a journey, is visiting them.
  const cue = (word: string | undefined) => word !== undefined && (visitingWords.has(word) || (options.finding === true && findingWords.has(word)));
  for (let at = from + 1; at < words.length; at += 1) {
    if (!cue(words[at - 1]) && !(familyOwners.has(words[at - 1] ?? '') && cue(words[at - 2]))) continue;
    const word = words[at];
    if (familyOwners.has(word) || words[at + 1] === 's' || !isSafeFamilyWord(word)) continue;
    const owner = familyOwners.has(words[at - 1] ?? '') ? words[at - 1] : undefined;
    const verb = visitingWords.has(words[owner ? at - 2 : at - 1]!) ? 'visit' : 'find';
    return { family: owner ? `${owner} ${word}` : `${word[0].toUpperCase()}${word.slice(1)}`, verb };
  }
  return undefined;
}
