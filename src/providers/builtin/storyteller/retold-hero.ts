import { isKindOf } from '../../../safety/wordnet-lexicon.ts';
import { heroTraits } from './idea-vocabulary.ts';
import { madeSomeone } from './made-someone.ts';
import { muchWords } from './later-goal.ts';

/** Words that say the one just named wants something: "the wolf just wants", "the mouse who wishes". */
const wishingWords = new Set(['wants', 'wishes', 'dreams']);

/**
 * The hero of a tale retold ("cinderella but it's a mouse who wants to go to the ball", "cinderella but she's a mouse", "three little pigs but the wolf
 * just wants to borrow a cup of sugar", "… but this year it's the shy goldfish's turn"): after "but", a being said to be the
 * one ("it is a …"), or one who wants, wishes or is the hero; undefined when the idea retells nothing.
 * Only a being the hero reader reads there (`heroAt`).
 */
export function retoldHero(words: readonly string[], first: number, heroAt: (at: number) => unknown): number | undefined {
  // "a fox who is scared of the dark but the owl wants to help": a hero the idea made someone keeps the story.
  const but = words.findIndex((word, at) => word === 'but' && at > first && first >= 0);
  if (but < 0 || madeSomeone(words, first)) return undefined;
  let at = but + 1;
  // "but this time", "but this year it's the shy goldfish's turn".
  if (words[at] === 'this' && ['time', 'year'].includes(words[at + 1] ?? '')) at += 2;
  // "cinderella but she's a mouse": straight after the tale's hero, "she" or "he" is the hero retold as well as "it" is.
  // "three bears but goldilocks is a robot": so is anyone of the tale named there, said to be someone else (never the
  // family: "but mum is a witch" tells who mum is).
  const retoldAs = words[at] === 'it' || (but === first + 1 && (['she', 'he'].includes(words[at])
    || (words[at + 1] === 'is' && ['a', 'an'].includes(words[at + 2] ?? '') && !isKindOf(words[at], [['relative', 1]], 2))));
  const saidToBe = retoldAs && words[at + 1] === 'is' && ['a', 'an', 'the'].includes(words[at + 2] ?? '');
  if (saidToBe) at += 3;
  else if (words[at] === 'the') at += 1;
  // "little red riding hood but grandma is the one going …": someone named with no article, said to be the one.
  else if (!(words[at + 1] === 'is' && words[at + 2] === 'the' && ['hero', 'one'].includes(words[at + 3] ?? ''))) return undefined;
  while (at < words.length && heroTraits.has(words[at])) at += 1;
  if (heroAt(at) === undefined) return undefined;
  const next = words.slice(at + 1, at + 4);
  const wantsOrIsTheOne = next.some((word) => wishingWords.has(word) || word === 'who' || word === 'that') || (next[0] === 'is' && next[1] === 'the' && ['hero', 'one'].includes(next[2] ?? ''));
  return saidToBe || wantsOrIsTheOne || wantsAfterBeingTold(words, at) ? at : undefined;
}


/**
 * "three little pigs but the wolf is a vegetarian and just wants to borrow some sugar": the being told about after "but"
 * who then, in the same clause, wants something ("and just wants", "and really wishes", "a vegetarian who just wants"); not when "and" brings in
 * someone else ("but the giant is lonely and Jack just wants").
 */
function wantsAfterBeingTold(words: readonly string[], at: number): boolean {
  if (words[at + 1] !== 'is') return false;
  for (let next = at + 2; next < Math.min(words.length, at + 10); next += 1) {
    if (words[next] === 'but') return false;
    // "… is a vegetarian who just wants": the one it is said to be wants, as "and just wants" does.
    if (words[next] !== 'and' && words[next] !== 'who') continue;
    let verb = next + 1;
    while (muchWords.has(words[verb] ?? '')) verb += 1;
    return wishingWords.has(words[verb] ?? '');
  }
  return false;
}
