import { lemmasOf } from '../../../safety/wordnet-lexicon.ts';
import { personifyingWords, placingWords, relativeWords, storyWords } from './hero-phrase-words.ts';
import { heroTraits, placeWords } from './idea-vocabulary.ts';
import { concreteThing, mayComeFirst } from './personified-thing.ts';
import { nounLemma } from './prop-kind.ts';
import { safe } from './safe-for-child.ts';

/** How a tale opens before the thing it tells of: "there once was", "once upon a time". */
const taleOpenings = new Set(['there', 'once']);
/** What a story of someone is told as, before "of" ("the adventures of", "the life of", "a day in the life of"). */
const storyOfWords = new Set(['adventure', 'adventures', 'journey', 'day', 'life', 'story', 'tale', 'diary', 'legend']);
const storyOf = (words: readonly string[], at: number) => storyOfWords.has(words[at]) && (words[at + 1] === 'of' || (words[at] === 'day' && words[at + 1] === 'in'));
/** Words that say what a thing has with it or lacks. */
const withWords = new Set(['with', 'without']);

/**
 * Where the thing an idea names alone stands ("an old teapot in granny's kitchen", "a little boat"): the idea opens with
 * "a", "an", "the", "story" or a tale's opening and describing words, then one concrete thing that is no place, and nothing
 * but where it is or what it has with it comes after; else -1.
 */
export function thingNamedAlone(words: readonly string[]): number {
  // "story about a croissant", typed with no article before it, asks as "a story about a croissant" does.
  // "the wind", "the old lighthouse": one thing with "the" is that thing too.
  // "there once was a pumpkin", "once upon a time a lighthouse": a tale's opening words lead to the thing as "a" does.
  if (!['a', 'an', 'the'].includes(words[0] ?? '') && !storyWords.has(words[0] ?? '') && !taleOpenings.has(words[0] ?? '')) return -1;
  let at = 1;
  // "a brave little lamp": a word the storyteller knows as a hero's trait describes, though WordNet's "brave" is also a warrior.
  // "the adventures of a tiny teapot", "a day in the life of a lighthouse": what the story of a thing is told as leads to it.
  while (at < words.length - 1 && (heroTraits.has(words[at]) || storyOf(words, at) || (mayComeFirst(words[at]) && !concreteThing(words[at], 1)))) at += 1;
  const word = words[at];
  const rest = words.slice(at + 1);
  // "a pumpkin with a red umbrella", "a snowman without a nose": what it has with it says which thing, as where it is does.
  const onlyWhere = rest.length === 0 || ((placingWords.has(rest[0]) || withWords.has(rest[0])) && !rest.some((next) => personifyingWords.has(next) || relativeWords.has(next) || lemmasOf(next, 'verb').some((lemma) => lemma !== next)));
  // One thing, in the singular: "the candles on a birthday cake" is a scene, told to the listener. A thing among the word's
  // three commonest meanings ("a kite at the zoo": WordNet's kite is a cheque twice before the toy).
  const thing = word !== undefined && !(word in placeWords) && concreteThing(word, 3) && nounLemma(word) === word && safe(word);
  return thing && onlyWhere ? at : -1;
}
