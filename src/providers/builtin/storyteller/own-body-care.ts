import { isKindOf, isVerbKindOf } from '../../../safety/wordnet-lexicon.ts';
import { commonNounSenses } from '../../../media/illustrator/common-noun-senses.ts';
import { nounLemmas } from './word-lemmas.ts';

/** Whose body part a wish may care for: the hero's own, told in the third person ("his teeth", never "my" or "your"). */
const heroOwners = new Set(['his', 'her', 'its', 'their']);

/** The parts of the body a picture-book hero brushes, washes or combs: teeth, hair, fur and feathers, a face, hands and paws, feet, nails. */
const caredForParts: Array<[string, number]> = [['tooth', 1], ['dentition', 1], ['body covering', 1], ['face', 1], ['hand', 1], ['foot', 1], ['nail', 1]];

/** Parts no wish names, whatever kind WordNet also files them under (a body covering, an external part). */
const privateParts: Array<[string, number]> = [['genitalia', 1], ['buttocks', 1], ['breast', 1], ['erogenous zone', 1], ['sex organ', 1]];

/**
 * Grooming and cleaning, by what WordNet files the verb's three commonest meanings as kinds of ("wash", "comb", "floss", and
 * "brush" as cleaning). Grooming is WordNet's third "groom", to neaten: its first is to prepare someone, and is no wish.
 */
function groomsOrCleans(verb: string): boolean {
  return isVerbKindOf(verb, [['groom', 3], ['clean', 1]], 3);
}

/** A person's own pronoun, by WordNet's male and female persons ("a boy", "a man", "a daughter"). */
function pronounOfPerson(word: string): string | undefined {
  const lemma = nounLemmas(word)[0] ?? word;
  if (isKindOf(lemma, [['male', 2]], 1)) return 'his';
  if (isKindOf(lemma, [['female', 2]], 1)) return 'her';
  return undefined;
}

/**
 * "brush his teeth", "wash her face", "comb its mane": the hero caring for a part of its own body (one of caredForParts,
 * never a private one) is a bedtime wish, though a wish names no part of the body otherwise ("on her back", "his tummy").
 * Only straight after "his", "her", "its" or "their", and only the hero's own: where the words before the wish (`heroWords`)
 * name a person, the pronoun must be that person's by WordNet ("a boy … his teeth"); a person WordNet gives no sex, or the
 * other pronoun ("a man who wants to wash her hair"), is someone else's body, never a wish's to touch.
 */
export function caresForOwnBody(verb: string, owner: string | undefined, word: string, heroWords: readonly string[]): boolean {
  if (!heroOwners.has(owner ?? '') || !groomsOrCleans(verb)) return false;
  const people = heroWords.filter((heroWord) => commonNounSenses(nounLemmas(heroWord)[0] ?? heroWord, 1)[0]?.lexicographerFile === 'noun.person');
  if (people.some((person) => pronounOfPerson(person) !== owner)) return false;
  const part = nounLemmas(word)[0] ?? word;
  return isKindOf(part, caredForParts, 2) && !isKindOf(part, privateParts, 3);
}
