import { lemmasOf, sensesOf } from '../../../safety/wordnet-lexicon.ts';
import { modifierFiles, openingWords, personifyingWords, possessives, storyWords } from './hero-phrase-words.ts';
import { heroTraits, personWords } from './idea-vocabulary.ts';
import { madeSomeone } from './made-someone.ts';

/** The words after a story asked for ("a story", "one", "a tale") that say who it is about. */
const storySubjectWords = new Set(['where', 'about', 'when', 'starring', 'featuring']);
/** Words that make the listener someone else in the story: "is a knight", "becomes a pirate", "plays a dragon", "as a fox". */
const roleWords = new Set(['is', 'be', 'becomes', 'became', 'plays', 'as', 'turns', 'turned', 'dressed']);

/** The parent's own child, as the story calls them: "my son" is a boy, "our kids" children; a son of someone else is no listener. */
const ownChildWords: Record<string, string> = { son: 'boy', sons: 'boy', daughter: 'girl', daughters: 'girl', kids: 'kid', children: 'child' };

/** "a girl who", "my son is learning to ride": the word naming the listener at `at`, as the story says it ("boy"). */
export function listenerWordAt(words: readonly string[], at: number): string | undefined {
  if (personWords.has(words[at])) return words[at];
  return words[at - 1] === 'my' || words[at - 1] === 'our' ? ownChildWords[words[at]] : undefined;
}

/** What the hero reader (find-idea-hero.ts) has read of an idea when it looks for the idea's listener. */
export interface ListenerReading {
  /** Where the first hero stands, or -1. */
  first: number;
  /** How many words the parent's preamble takes ("my son loves diggers, so"). */
  preamble: number;
  /** Where the first hero after the preamble stands, or -1. */
  afterPreamble: number;
  /** Where the child the idea names stands (read-child-name.ts), if it names one. */
  childIndex?: number;
  /** The being the hero reader reads at a word, if any. */
  heroAt: (at: number) => unknown;
  /** The word naming the listener at a word, as the story says it, if any. */
  listenerHere: (at: number) => string | undefined;
}

/**
 * Where the idea names its listener ("a girl who", "my son", the child named), or -1: the first such word that is not
 * only the owner of, or a listener to, a hero the idea tells about.
 */
export function ideaListenerAt(words: readonly string[], { first, preamble, afterPreamble, childIndex, heroAt, listenerHere }: ListenerReading): number {
  // "my kid wants a story about a llama": the parent's own child is who listens, not the hero, when a hero is named after
  // as the story's subject (or after the parent's own sentence: "my son is obsessed with owls so one where an owl …"); "my son is learning to ride a bike" is the son's own story, the bike only what he rides.
  // "a very old tortoise": an article within three words before a being introduces it.
  const articleBefore = (at: number) => words.slice(Math.max(0, at - 3), at).some((word) => word === 'a' || word === 'an' || word === 'the');
  const introduced = first > 0 && articleBefore(first)
    && (personifyingWords.has(words[first + 1] ?? '') || afterPreamble >= 0 || words.slice(0, first).some((word) => openingWords.has(word) && word !== 'a' && word !== 'an' && word !== 'the' && word !== 'is' && word !== 'was'));
  // "my son Arlo (7) who is a wizard": the name after "my son" is the son's, and listens as "my son" does.
  const owned = (at: number) => possessives.has(words[at - 1] ?? '') || (heroTraits.has(words[at - 1] ?? '') && possessives.has(words[at - 2] ?? ''))
    || (at === childIndex && listenerWordAt(words, at - 1) !== undefined);
  // "my son's teddy who goes on an adventure", "Noah's teddy bear wants to go to the beach": what the child owns is the hero.
  // "my daughter's old toy rabbit": describing words and a noun naming its kind may come between.
  let ownedAt = first - 1;
  while (ownedAt > first - 3 && ownedAt > 0 && words[ownedAt] !== 's' && (heroTraits.has(words[ownedAt]) || lemmasOf(words[ownedAt], 'adj').length > 0 || sensesOf(words[ownedAt], 'noun', 2).some((sense) => modifierFiles.has(sense.lexicographerFile)))) ownedAt -= 1;
  const ownedByListener = first > 1 && ownedAt > 0 && words[ownedAt] === 's' && listenerHere(ownedAt - 1) !== undefined;
  // "Theo, 5, loves trains. A steam train that is trying …", "a story for Ava about a fox who …", "for Noah (6) - a very old
  // tortoise who": the named child only listens when a hero is made someone later ("a … that", "the … who"), is named after
  // the parent's preamble, or is the child's own ("Noah's teddy bear").
  const personifiedLater = (at: number) => words.some((_, later) => later > at && madeSomeone(words, later) && heroAt(later) !== undefined
    && articleBefore(later));
  // "Sammy (5) has his tonsils out. something about a brave giraffe going to hospital": a hero asked "about" after the name.
  const askedAboutLater = (at: number) => words.some((_, later) => later > at && heroAt(later) !== undefined && words.slice(at + 1, later).includes('about')
    && articleBefore(later));
  // "… Her name is Isla. Could you make a story where Isla rides a pony": named again after the preamble as the story's
  // subject, the child is its hero, and what follows is what she rides or meets.
  const namedAgainAsSubject = (at: number) => afterPreamble >= 0 && words.some((word, later) => later >= preamble && later < first && word === words[at] && storySubjectWords.has(words[later - 1] ?? ''));
  const namedListens = (at: number) => at === childIndex && first > at && !namedAgainAsSubject(at)
    && (afterPreamble >= 0 || personifiedLater(at) || askedAboutLater(at) || (ownedByListener && ownedAt - 1 === at));
  // "a story where my son rides a dragon", "one about my daughter meeting a unicorn": the parent's own child the story is said
  // to be about, straight after "where" or "about", is its subject; the creature named after is who they meet. Not one the
  // child plays ("a story where my son is a knight", "about my son Arlo who is a wizard"): that is the hero, as before.
  const toldAbout = (at: number) => storySubjectWords.has(words[at - 2] ?? '') && words.slice(0, at - 2).some((word) => storyWords.has(word) || word === 'one')
    && !words.slice(at + 1, first).some((word) => roleWords.has(word));
  return words.findIndex((word, at) => listenerHere(at) !== undefined && !(owned(at) && first > at && ((introduced && !toldAbout(at)) || ownedByListener)) && !namedListens(at));
}
