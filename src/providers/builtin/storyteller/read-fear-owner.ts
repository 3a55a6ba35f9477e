import { checkIdeaPart } from '../../../safety/index.ts';
import { beingOf, nounForms, type Being } from './find-idea-hero.ts';
import { heroFromWordNet } from './hero-from-wordnet.ts';
import { heroWords, personWords } from './idea-vocabulary.ts';

/** Words between "who" and the word of fear that say how or how much: "who is always a little bit afraid". */
const betweenWhoAndFear = new Set(['is', 'was', 'gets', 'feels', 'seems', 'very', 'so', 'always', 'a', 'little', 'bit', 'really', 'quite', 'too', 'still', 'sometimes', 'often']);

/**
 * The one a fear is said of when it is another being than the hero: "a dragon brings a lantern to a knight who is
 * afraid of the dark", "a brave owl and a mouse who is scared of the dark" (the knight, the mouse). A small-fear story
 * is told of whoever has the fear, with the one who helps beside them. Only a creature or role found as the hero is
 * (the storyteller's own words, then WordNet) that passes the child-mode check alone.
 */
export function readFearOwner(words: readonly string[], fearAt: number, heroWord: string | undefined): (Being & { index: number }) | undefined {
  let at = fearAt - 1;
  while (at >= 0 && betweenWhoAndFear.has(words[at])) at -= 1;
  if (words[at] !== 'who' && words[at] !== 'that') return undefined;
  const index = at - 1;
  const word = words[index];
  if (word === undefined || heroWord?.split(' ').includes(word)) return undefined;
  // The storyteller's own creatures, else a creature or role WordNet has ("a knight who"); "a girl who" is the listener's own.
  const listed = personWords.has(word) ? undefined : nounForms(word).find((candidate) => candidate in heroWords) ?? heroFromWordNet(word, { named: true });
  if (!listed || (heroWord !== undefined && nounForms(heroWord.split(' ').at(-1)!).includes(listed)) || !checkIdeaPart(listed, 'child').safe) return undefined;
  return { ...beingOf(listed), index };
}
