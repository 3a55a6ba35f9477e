import { lemmasOf } from '../../../safety/wordnet-lexicon.ts';
import { nounForms, type Being } from './find-idea-hero.ts';
import { speaking } from './made-someone.ts';
import { isKinWord } from './is-friend-word.ts';

/**
 * "a girl and her dog fly a kite", "a fox and a rabbit who want to see the stars": when the hero's companion is
 * named with it, the goal is read after the companion, the hero and companion doing it together. A plain verb
 * straight after the companion is read as wanted ("fly a kite" as "to fly a kite"); anything else leaves `from` as it was.
 */
export function afterCompanion(words: readonly string[], from: number, companions: readonly Being[]): { goalWords: readonly string[]; goalFrom: number } {
  const unchanged = { goalWords: words, goalFrom: from };
  if (words[from] !== 'and') return unchanged;
  // "a girl and her grandpa go fishing": family goes along as a friend does, though no creature to draw beside the hero.
  const last = companions[0]?.word.split(' ').at(-1);
  const at = words.findIndex((word, index) => index > from && index <= from + 4 && (last !== undefined ? word === last || nounForms(word).includes(last) : isKinWord(word)));
  // "the moon and the stars saying goodnight": what the two of them do, when the other is made someone as the hero is.
  const together = words.findIndex((word, index) => index > from && index <= from + 4 && speaking(words[index + 1]) && lemmasOf(word, 'noun').length > 0);
  if (at < 0 && together > 0) return { goalWords: words, goalFrom: together + 1 };
  if (at < 0) return unchanged;
  const next = words[at + 1] ?? '';
  if (['who', 'that'].includes(next)) return { goalWords: words, goalFrom: at + 1 };
  // A plain present form agrees with the two of them ("fly", "go", "want"); "named", "flies" or "with" does not.
  if (!lemmasOf(next, 'verb').includes(next)) return unchanged;
  return { goalWords: [...words.slice(0, at + 1), 'to', ...words.slice(at + 1)], goalFrom: at + 1 };
}
