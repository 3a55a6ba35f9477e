import { isDictionaryWord, lemmasOf, sensesOf } from '../../../safety/wordnet-lexicon.ts';
import { wantingWords } from './wanting-words.ts';
import { adjectiveLemmas } from './word-lemmas.ts';
import { glueWords } from './glue-words.ts';
import { misspeltPutRight } from './misspelt-put-right.ts';

export function ideaWords(idea: string): string[] {
  // "Obon festival", "the Bosphorus": a word written with a capital is a name, never a misspelling ("oboe").
  const capitalised = new Set((idea.match(/\p{Lu}\p{Ll}+/gu) ?? []).map((word) => word.toLowerCase()));
  // "a glow-worm" is WordNet's "glowworm"; "a well-known owl" stays two words.
  // "a crane (the bird) flying to japan", "(yes really)": an aside in brackets says which one or how the parent feels, no
  // part of the story; one with an age or a name in it ("zara (6)", "my cat (Biscuit)") is kept for the readers of names.
  const withoutAsides = idea.replace(/\s*\((?![^)]*[\d\p{Lu}])[^)]{1,40}\)/gu, ' ');
  const joined = withoutAsides.toLowerCase().replace(/(\p{L}+)-(\p{L}+)/gu, (pair, first: string, second: string) => (isDictionaryWord(first + second) ? first + second : pair));
  // "can't fall asleep" is one word, "cant", as the goal's reader lists it, not "can" and a loose "t".
  // "who's learning to read", "she'll", "they're": a pronoun's short "is", "will" or "are" is that word, never a loose "s".
  const unshortened = joined.replace(/\b(who|what|that|he|she|it|they|we|you|there)['’](s|ll|re)\b/gu, (_, pronoun: string, short: string) => `${pronoun} ${{ s: 'is', ll: 'will', re: 'are' }[short as 's' | 'll' | 're']}`);
  // "an aye-aye", "a jack-in-the-box", "a yo-yo": a thing WordNet writes with hyphens is one word; "well-known" is two.
  // "… a postman pls": a parent's texting "please" or "thanks" at the end says nothing of the story ("please" itself may: "learns to say please").
  // "can't hop yet n really wants to bounce": a texted "n" or "&" between two words is "and".
  const signedOff = unshortened.replace(/[\s,.!]+(?:pls|plz|thx|ty)[\s.!]*$/u, '').replace(/(?<=\p{L}\s+)(?:n|&)(?=\s+\p{L})/gu, 'and');
  // "a lion who not can roar", "can not fly": a learner's English for "cannot", read as the wish to do it that "cannot" is.
  const cannot = signedOff.replace(/\b(?:not|no) can\b|\bcan not\b/gu, 'cannot')
    // "a frog that wanna be a prince", "gonna learn to ride": texted "want to", "going to", "got to".
    .replace(/\bwanna\b/gu, 'want to').replace(/\bgonna\b/gu, 'going to').replace(/\bgotta\b/gu, 'got to');
  const asWords = cannot.replace(/(\p{L})n['’]t\b/gu, '$1nt').replace(/[^\p{L}\s-]/gu, ' ').split(/\s+/);
  const split = asWords.flatMap((word) => (word.includes('-') && !(/^\p{L}+(?:-\p{L}+)+$/u.test(word) && sensesOf(word, 'noun').length > 0) ? word.split('-') : [word])).filter(Boolean)
    .map(wantingMisspelled);
  // "a raindrops journey", "a puppys first day": a plural straight after "a" is someone's, its apostrophe not typed.
  const words = split.flatMap((word, at) => (ownedWithoutApostrophe(split, at) ? [lemmasOf(word, 'noun').find((lemma) => lemma !== word)!, 's'] : [word]));
  return misspeltPutRight(words, capitalised);
}

/** Whether the word at `at` is a plural after "a" or "an" with a noun or a describing word after it: someone's, written without the apostrophe. */
function ownedWithoutApostrophe(words: readonly string[], at: number): boolean {
  const word = words[at];
  if (!['a', 'an'].includes(words[at - 1] ?? '') || !word.endsWith('s') || word.endsWith('ss')) return false;
  const lemmas = lemmasOf(word, 'noun');
  const next = words[at + 1] ?? '';
  return !lemmas.includes(word) && lemmas.some((lemma) => lemma !== word) && !glueWords.has(next) && (lemmasOf(next, 'noun').length > 0 || adjectiveLemmas(next).length > 0);
}


/**
 * "dog who wnts to be a postman", "robot who wnats a hug": a word no dictionary knows, one letter dropped or added or two swapped
 * from a word of wanting, is that word; the wish after it is read (and checked) as any wish is.
 */
function wantingMisspelled(word: string): string {
  if (word.length < 4 || isDictionaryWord(word)) return word;
  return [...wantingWords].find((wanting) => wanting.length >= 4 && wanting[0] === word[0] && oneEditApart(word, wanting)) ?? word;
}

/** Whether one letter dropped or added, or two neighbours swapped, turn one word into the other (never one changed: "with" is no "wish"). */
function oneEditApart(first: string, second: string): boolean {
  if (Math.abs(first.length - second.length) > 1 || first === second) return false;
  let start = 0;
  while (start < first.length && first[start] === second[start]) start += 1;
  const [firstRest, secondRest] = [first.slice(start), second.slice(start)];
  return firstRest === secondRest.slice(1) || firstRest.slice(1) === secondRest
    || (firstRest.length >= 2 && firstRest[0] === secondRest[1] && firstRest[1] === secondRest[0] && firstRest.slice(2) === secondRest.slice(2));
}
