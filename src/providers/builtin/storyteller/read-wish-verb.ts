import { irregularVerbLemmas, lemmasOf, sensesOf, taggedSenseCount } from '../../../safety/wordnet-lexicon.ts';
import { determiners } from './glue-words.ts';
import { dreamingWords, framingWords, lovingWords, modalWords, wantingWords, wishWords } from './wanting-words.ts';
import { blockedVerbFiles, notGoals } from './goal-verbs.ts';
import { adjectiveLemmas, nounLemmas, verbLemma } from './word-lemmas.ts';
import { allowedVerb, isWishableBodyDoing } from './allowed-verb.ts';
import { goesOnOuting } from './allowed-noun.ts';
import { isTimeWord } from './is-time-word.ts';
import { getsThingSomewhere, referent } from './referent.ts';

/** The verb a wish is told with, found after the words that lead to it, and how it was read. */
export interface WishVerb {
  /**
   * Where the verb is in the idea's words: the wish word before a thing wanted ("wants | a shell"), the word after the
   * verb when the two are read as one ("slow | down", "get | to the top").
   */
  at: number;
  /** The verb as the idea writes it, before any particle was read with it. */
  word: string;
  /** The verb the wish is told with ("have" for a thing wanted, "slow down"); undefined when the word is read as no verb. */
  verb: string | undefined;
  /** A thing is wanted ("wants a new shell"), so the verb is "have". */
  wantsThing: boolean;
  /** Having a thing is what is wished for ("wishes she could have a birthday"). */
  wishedHaving: boolean;
  /** Getting a thing somewhere ("get the presents to the party"), so the verb is "bring". */
  bringsThing: boolean;
  /** Getting to a part of a thing ("get to the top of the tree"), so the verb is "reach". */
  getsTo: boolean;
  /** Going on an outing ("go on a picnic"). */
  outing: boolean;
  /** Going to do something a wish may name ("go fishing"). */
  goesDoing: boolean;
  /** WordNet lists the verb with the word after it ("slow down"). */
  listed: boolean;
  /** That verb with its word, when a wish may name it. */
  phrasal: string | undefined;
}

/**
 * The wish's verb at `start` (or the wish word just before it, when a thing is wanted), or undefined when the word there
 * is no verb, names a thing, tells what already happened, or is a doing no wish may name.
 */
export function readWishVerb(words: readonly string[], from: number, start: number): WishVerb | undefined {
  let at = start;
  const { wantsThing, getsWanted } = readWantedThing(words, from, at);
  if (wantsThing && !getsWanted) at -= 1;
  const wishedHaving = wishesToHave(words, from, at);
  const word = words[at];
  if (word === undefined || lemmasOf(word, 'verb').length === 0) return undefined;
  // "loves mud", "wants cake": straight after a wish word, a word tagged texts use as a thing and never as a doing is the
  // thing ("to mud" is no wish).
  if (!wantsThing && !wishedHaving && wantingWords.has(words[at - 1] ?? '') && !word.endsWith('ing') && taggedSenseCount(word, 'verb') === 0 && taggedSenseCount(word, 'noun') > 0) return undefined;
  // "loves trains", "likes boats": straight after a word of wanting a verb's "-s" form cannot be a doing; the things loved are no wish.
  if (!wantsThing && !wishedHaving && wantingWords.has(words[at - 1] ?? '') && isPluralThing(word)) return undefined;
  // "loves space and wants to visit Mars": what the hero loves or likes, with no "to" before it, is a thing, never a doing.
  if (!wantsThing && !wishedHaving && lovingWords.has(words[at - 1] ?? '') && !word.endsWith('ing')) return undefined;
  // "a star that fell from the sky": an irregular past ("fell", "swam", WordNet's exception list) straight after "who" or
  // "that" tells what already happened, not a wish; after "to", "can" or a wish word it is no past ("wants to lay an egg").
  const infinitive = words.slice(from, at).some((skippedWord) => skippedWord === 'to' || wantingWords.has(skippedWord) || modalWords.has(skippedWord));
  // After "to" or a wish word the verb is as written when it is a verb of its own: "to lay an egg" is no "lie".
  const read = infinitive && lemmasOf(word, 'verb').includes(word) ? word : verbLemma(word);
  if (!infinitive && read !== undefined && read !== word && irregularVerbLemmas(word).includes(read) && !word.endsWith('ing')) return undefined;
  const bringsThing = read === 'get' && getsThingSomewhere(words, at);
  // "get to the top of the tree": getting to a part of a thing is reaching it (read as "reach the top of the tree" is);
  // getting to a place is the journey's ("get to the sea"), or what is hoped for ("hoping to get to the flower festival").
  // "get to the very top of": "very" only says how far.
  const partAt = words[at + 3] === 'very' ? at + 4 : at + 3;
  const getsTo = !bringsThing && !wantsThing && read === 'get' && words[at + 1] === 'to' && words[at + 2] === 'the' && ['top', 'bottom', 'end', 'edge', 'middle'].includes(words[partAt] ?? '') && words[partAt + 1] === 'of';
  if (getsTo) at += 1;
  // "slow down": a verb WordNet lists with its particle keeps it, so the particle is no loose word of the goal.
  const single = wantsThing ? 'have' : bringsThing ? 'bring' : getsTo ? 'reach' : read;
  // "go on a picnic": going on an outing is the wish itself, not a trip somewhere (nor "go on", to carry on).
  const outing = single === 'go' && goesOnOuting(words, at + 1);
  // "go fishing", "go skating on the pond": going to do something is doing it, when the doing may be a wish.
  const doing = single === 'go' && (words[at + 1] ?? '').endsWith('ing') ? verbLemma(words[at + 1]) : undefined;
  const goesDoing = doing !== undefined && allowedVerb(doing) && !notGoals.has(doing);
  const listed = single !== undefined && !outing && !goesDoing && words[at + 1] !== undefined && lemmasOf(`${single} ${words[at + 1]}`, 'verb').length > 0;
  const phrasal = listed && allowedVerb(`${single} ${words[at + 1]}`) ? `${single} ${words[at + 1]}` : undefined;
  const verb = phrasal ?? single;
  if (phrasal) at += 1;
  if (verb && !allowedVerb(verb, words.slice(at + 1))) return undefined;
  // "a yeti sipping hot chocolate", "a bear who eats ice cream": eating and wearing are wishes only when wanted ("wants to
  // eat pizza", "can't wait to wear her crown"); said of the hero, they tell what the hero does.
  const [verbSense] = verb ? sensesOf(verb, 'verb', 1) : [];
  const wanted = words.slice(from, at).some((skippedWord) => skippedWord === 'to' || wantingWords.has(skippedWord));
  if (!wanted && verbSense !== undefined && blockedVerbFiles.has(verbSense.lexicographerFile) && !isWishableBodyDoing(verbSense)) return undefined;
  return { at, word, verb, wantsThing, wishedHaving, bringsThing, getsTo, outing, goesDoing, listed, phrasal };
}

/**
 * Whether what follows the wish word before `at` is a thing wanted (`wantsThing`), and whether that is by getting it
 * (`getsWanted`, read at the verb "get" itself rather than at the wish word).
 */
function readWantedThing(words: readonly string[], from: number, at: number): { wantsThing: boolean; getsWanted: boolean } {
  // "wants a new shell": to have it.
  // "my girl wants a story where…" is the parent asking, never a wish for a story.
  // "wants one more adventure": one more, or one last, counts as a determiner does.
  // "all he wants is one ripe strawberry": what the wish is, after "is", is wanted as a thing is, and one of it counts as "a".
  const wantedIs = words[at - 1] === 'is' && wishWords.has(words[at - 2] ?? '');
  const countsOne = words[at] === 'one' && (words[at + 1] === 'more' || words[at + 1] === 'last' || (wantedIs && !isTimeWord(words[at + 1] ?? '') && (adjectiveLemmas(words[at + 1] ?? '').length > 0 || nounLemmas(words[at + 1] ?? '').length > 0)));
  // "forgot her lunchbox and needs it back": a pronoun wanted is the thing named before it, when one is (see referent).
  const wantsNamedThing = wishWords.has(words[at - 1]) && (words[at] === 'it' || words[at] === 'them') && referent(words, at - 1, 'have', words[at] === 'them') !== undefined;
  // "would love a friend", "would like a new bike": what the hero would love is wanted, as "wants a friend" is.
  const wouldLove = lovingWords.has(words[at - 1] ?? '') && words[at - 2] === 'would';
  // "wants to get a new bike": getting a thing wanted is wanting it (never getting it somewhere, see getsThingSomewhere,
  // nor one to do something with: "get a kitten to play with").
  const getsWanted = words[at] === 'get' && words[at - 1] === 'to' && wishWords.has(words[at - 2] ?? '') && determiners.has(words[at + 1] ?? '') && !getsThingSomewhere(words, at)
    && !words.slice(at + 2, at + 6).includes('to');
  const wantsThing = getsWanted || (at > from && (wishWords.has(words[at - 1]) || wantedIs || wouldLove) && (determiners.has(words[at]) || countsOne || (wishWords.has(words[at - 1]) && isPluralThing(words[at])) || wantsNamedThing)
    && !words.slice(at + 1, at + 3).some((word) => framingWords.has(word)));
  return { wantsThing, getsWanted };
}

/**
 * "wants treats", "needs nuts": things named in the plural straight after a wish word are wanted as "a treat" is, never a
 * doing ("wants hugs" is no wish to hug, "wants seeds" none to seed).
 */
function isPluralThing(word: string): boolean {
  return /[^s]s$/.test(word) && verbLemma(word) !== word && nounLemmas(word).some((lemma) => lemma !== word);
}

/** "wishes she could have a birthday of her own": having what is wished for is wanting it, as "wants a birthday". */
function wishesToHave(words: readonly string[], from: number, at: number): boolean {
  // "dreams of having her own ship": having it, dreamt of, is wanting it as well.
  const dreamtOf = words[at - 1] === 'of' || words[at - 1] === 'about';
  // "wants to have a friend", "would love to have a pet", "wishes he had a friend": having it is wanting it too.
  const wantedToHave = words[at - 1] === 'to' && words.slice(from, at).some((skippedWord, index, all) => wishWords.has(skippedWord) || (lovingWords.has(skippedWord) && all[index - 1] === 'would'));
  const wishedHad = words[at] === 'had' && ['he', 'she', 'they', 'it'].includes(words[at - 1] ?? '');
  return at > from && (modalWords.has(words[at - 1]) || dreamtOf || wantedToHave || wishedHad) && words.slice(from, at).some((skippedWord) => wishWords.has(skippedWord) || dreamingWords.has(skippedWord) || lovingWords.has(skippedWord))
    && verbLemma(words[at] ?? '') === 'have' && determiners.has(words[at + 1] ?? '');
}
