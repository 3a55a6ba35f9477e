import { checkIdeaPart } from '../../../safety/index.ts';
import { sensesOf } from '../../../safety/wordnet-lexicon.ts';
import { dangles } from './glue-words.ts';

/** Marks that end what one wish can say: a sentence, a clause after a comma, a dash or a bracket. */
export const boundary = /[.!?;:,()[\]–—]|\s-\s/u;

/**
 * The goal cut back to the sentence it starts in. The goal reader reads words without their punctuation (a later sentence
 * may name the hero again, see laterGoal), so "wants a bath. my 3 year old is truck mad" was read as the wish "have a bath
 * my year", and "glows softly, drifting around the harbour" as "glow drifting around the harbour". The goal's words after
 * its verb are found in the idea as written; where a boundary falls among them, the goal ends before it. Every word kept
 * was checked with the goal, and the shorter goal is checked again as a whole; undefined where nothing is left of it but a
 * verb that needs a thing ("have", "be").
 */
export function goalWithinSentence(idea: string, goal: string): string | undefined {
  const [verb, ...rest] = goal.split(' ');
  if (rest.length === 0) return goal;
  // The idea's words in order, each with the number of boundaries before it.
  const written: Array<{ word: string; sentence: number }> = [];
  let sentence = 0;
  for (const piece of idea.toLowerCase().split(/(\p{L}+(?:['’]\p{L}+)?|\d+)/u)) {
    // A number is no word the goal reader sees ("turning 6 tomorrow" reads "turning tomorrow"): kept here as "#".
    if (/^\d/u.test(piece)) written.push({ word: '#', sentence });
    else if (/^\p{L}/u.test(piece)) {
      // "friend's" is read as "friend s" (see ideaWords): the owner and the "s" are two words of one phrase.
      for (const word of piece.split(/['’]/u)) written.push({ word, sentence });
    } else if (boundary.test(piece)) {
      sentence += 1;
    }
  }
  const wanted = rest.map((word) => word.toLowerCase());
  // The words as the goal reader saw them, numbers left out, each with where it stands among all.
  const words = written.flatMap((token, at) => (token.word === '#' ? [] : [{ ...token, at }]));
  for (let start = 0; start + wanted.length <= words.length; start += 1) {
    if (!wanted.every((word, offset) => words[start + offset].word === word)) continue;
    const first = words[start];
    // "glows softly, drifting around": the verb as written, one or two words before (a word saying how between), may lie in
    // the sentence before all of them.
    const verbBefore = [words[start - 1], words[start - 2]].some((before) => before !== undefined && before.sentence !== first.sentence && before.word.startsWith(verb.slice(0, 3)));
    // "Sam turning 6 tomorrow": a number straight after the verb, then a time, was what the verb was about (an age); without
    // it the time says nothing the verb did ("collect 5 shells" keeps its shells).
    const numberFirst = written[first.at - 1]?.word === '#' && (written[first.at - 2]?.word.startsWith(verb.slice(0, 3)) ?? false);
    if (numberFirst && sensesOf(wanted[0], 'noun', 1)[0]?.lexicographerFile === 'noun.time') return undefined;
    if (wanted.length < 2) return goal;
    const crossesAt = verbBefore ? 0 : wanted.findIndex((_, offset) => words[start + offset].sentence !== first.sentence);
    if (crossesAt < 0) return goal;
    const kept = rest.slice(0, crossesAt);
    while (kept.length > 0 && dangles(kept.at(-1)!.toLowerCase())) kept.pop();
    if (kept.length === 0 && (verb === 'have' || verb === 'be')) return undefined;
    const shorter = [verb, ...kept].join(' ');
    return checkIdeaPart(shorter, 'child').safe ? shorter : undefined;
  }
  // Not found as written (a word was put in its plain form, or "it" named the thing before): left as read.
  return goal;
}
