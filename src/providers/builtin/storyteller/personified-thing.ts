import { closedCompoundHead, commonNounSenses } from '../../../media/illustrator/common-noun-senses.ts';
import { lemmasOf, sensesOf, taggedSenseCount } from '../../../safety/wordnet-lexicon.ts';
import { heroFromWordNet } from './hero-from-wordnet.ts';
import { concreteFiles, openingWords, personifyingWords, phraseEnders, placingWords } from './hero-phrase-words.ts';
import { heroTraits } from './idea-vocabulary.ts';
import { doingAt, madeSomeone, mindfulDoings, speaking } from './made-someone.ts';
import { nounLemma } from './prop-kind.ts';
import { isPlainDoing } from './word-lemmas.ts';

/** "can you write one about a spoon who …": the words before the thing, from after the request's "about" or "where". */
const openedFrom = (words: readonly string[], end: number, preamble = 0): readonly string[] => {
  const from = words.slice(0, end).findLastIndex((word) => requestEnds.has(word));
  return words.slice(Math.max(from + 1, end >= preamble ? preamble : 0), end);
};
// "what if a pumpkin could fly": what is imagined after "if" is the story asked for; "when the snowman woke up" what happens after "when".
const requestEnds = new Set(['about', 'where', 'featuring', 'starring', 'if', 'when']);

/**
 * The thing the idea makes a character of at `at` ("a volcano who sneezes glitter", "a tiny seed that grows"), as its
 * noun, with the noun or two-word kind just before it ("a kitchen clock who"); undefined when it makes none there.
 * `listedBeing` is the hero reader's own word list: a noun before the thing that is a being of its own names no kind.
 */
export function personifiedThing(words: readonly string[], at: number, preamble: number, listedBeing: (at: number) => unknown): string | undefined {
  // "a music box who", "a watering can that": a two-word thing WordNet lists is someone the same way.
  const pair = `${words[at]} ${words[at + 1] ?? ''}`;
  // "a little owl who" is an owl that is little, though WordNet names a species so.
  if (personifyingWords.has(words[at + 2] ?? '') && !personifyingWords.has(words[at + 1] ?? '') && !mayComeFirst(words[at]) && concreteThing(pair, 3)) {
    return openedFrom(words, at, preamble).every(mayComeFirst) ? nounLemma(pair) : undefined;
  }
  // "a star who" (a noun far more than a describing word) is someone; "a romantic who" describes. "An asteroid who"
  // (one meaning of each, and the describing one, star-shaped, no tagged text used) names a thing.
  const describes = lemmasOf(words[at], 'adj').length > 0 && (sensesOf(words[at], 'adj').length > sensesOf(words[at], 'noun').length
    || (sensesOf(words[at], 'adj').length === sensesOf(words[at], 'noun').length && taggedSenseCount(words[at], 'adj') > 0));
  if (!(madeSomeone(words, at) || personifiedAfterPlace(words, at) || personifiedWithAnother(words, at)) || openingWords.has(words[at]) || describes) return undefined;
  // "a kitchen clock who", "a beach ball who": a thing's own noun may name its kind just before it (the place
  // word too: the "who" makes the thing someone, not the beach), so long as that noun is no hero of its own ("a unicorn kite" stays the unicorn's story, as before)
  // or is a hero only as a made thing ("a lego brick who": a toy's name says which brick).
  // "a bedside lamp who": where the thing belongs names its kind as well.
  const nounBefore = at > 0 && !mayComeFirst(words[at - 1]) && (concreteThing(words[at - 1], 2) || sensesOf(words[at - 1], 'noun', 1)[0]?.lexicographerFile === 'noun.location')
    && !listedBeing(at - 1) && (!heroFromWordNet(words[at - 1]) || madeThingOnly(words[at - 1]));
  // "an ice cream van who": a kind WordNet names in two words before the thing.
  const kindOfTwo = at > 1 && lemmasOf(`${words[at - 2]} ${words[at - 1]}`, 'noun').length > 0 && concreteThing(`${words[at - 2]} ${words[at - 1]}`, 2);
  if (!openedFrom(words, kindOfTwo ? at - 2 : nounBefore ? at - 1 : at, preamble).every(mayComeFirst)) return undefined;
  // "a sandcastle who": a closed compound WordNet does not list is the thing its last word names.
  if (!concreteThing(words[at], 3)) return undefined;
  return nounLemma(words[at]) ?? (closedCompoundHead(words[at]) ? words[at] : undefined);
}

// "a piano in an old house who hums": the "who" after where a thing is goes with the thing, not the place.
// "a kite stuck in the top of an apple tree who …": a describing or past form before where it is goes with the thing,
// and a part of the place ("the top of") and a noun naming its kind ("an apple tree") are passed over.
export const personifiedAfterPlace = (words: readonly string[], at: number): boolean => {
  const placeAt = placingWords.has(words[at + 1] ?? '') ? at + 1 : mayComeFirst(words[at + 1] ?? '') && !openingWords.has(words[at + 1] ?? '') && placingWords.has(words[at + 2] ?? '') ? at + 2 : -1;
  if (placeAt < 0) return false;
  // A noun here, never the "who" itself (WordNet's WHO, the health organisation).
  const isNoun = (word: string | undefined) => word !== undefined && !personifyingWords.has(word) && lemmasOf(word, 'noun').length > 0;
  let next = placeAt + 1;
  for (;;) {
    // "the", "a tiny", "an old": the opening and describing words before the place's noun ("forest" is no describing
    // word, though WordNet's rules read it as "fore" made superlative).
    while (next < words.length && (openingWords.has(words[next]) || (lemmasOf(words[next], 'adj').length > 0 && !isNoun(words[next])))) next += 1;
    if (words[next + 1] !== 'of' || !isNoun(words[next])) break;
    next += 2;
  }
  // "snoring" is a noun to WordNet too, but after the place it is the thing's doing (see below).
  while (isNoun(words[next]) && isNoun(words[next + 1]) && !doingAt(words, next + 1)) next += 1;
  // "a strawberry at the summer fair hoping to win": hoping or dreaming there makes it someone as a "who" does, and so does
  // a doing said as it goes on ("a sleepy volcano in iceland snoring gently"), as straight after the thing (see madeSomeone).
  const then = words[next + 1] ?? '';
  return isNoun(words[next]) && (personifyingWords.has(then) || mindfulDoings.has(then) || doingAt(words, next + 1));
};
/**
 * "a teapot and a rabbit are best friends", "the moon and a fox become friends", "a kite and a boy fly together": the two as
 * one subject, "are" or a verb's plain form (more often a verb than a noun) straight after the second, are both someone.
 */
const doTogether = (word: string | undefined): boolean => word !== undefined && (['are', 'were'].includes(word) || isPlainDoing(word));
// "a snowman and a reindeer who go sledging", "the sun and the moon who want to meet": the "who" is both of theirs.
export const personifiedWithAnother = (words: readonly string[], at: number): boolean => {
  if (words[at + 1] !== 'and') return false;
  // The other one is named within four words ("a little red balloon"), with only describing words before it.
  for (let other = at + 2; other < Math.min(words.length - 1, at + 6); other += 1) {
    if ((personifyingWords.has(words[other + 1]) || speaking(words[other + 1]) || doTogether(words[other + 1])) && lemmasOf(words[other], 'noun').length > 0) return words.slice(at + 2, other).every(mayComeFirst);
  }
  return false;
};

/** A made thing by each of its two commonest meanings, never a creature or a person ("lego"; not "kite", also a bird). */
function madeThingOnly(word: string): boolean {
  const senses = commonNounSenses(nounLemma(word) ?? word, 2);
  return senses.length > 0 && senses.every((sense) => sense.lexicographerFile === 'noun.artifact');
}

/** Words that may come before a personified subject: "a", "the", "little", "big grumpy". */
export function mayComeFirst(word: string): boolean {
  // "a chipped teapot", "a patched-up teddy": a verb's past form describes the thing as much as an adjective does.
  const pastForm = word.endsWith('ed') && !phraseEnders.has(word) && lemmasOf(word, 'verb').some((lemma) => lemma !== word);
  // "a halloween pumpkin who", "a christmas tree who": a time or a festival before the thing says which one.
  const when = sensesOf(word, 'noun', 1)[0]?.lexicographerFile === 'noun.time' && lemmasOf(word, 'noun').includes(word);
  return openingWords.has(word) || heroTraits.has(word) || lemmasOf(word, 'adj').length > 0 || pastForm || when;
}

/** Whether a noun (or a compound WordNet does not list) names a concrete thing among its commonest meanings: a volcano, a seed, a storm. */
export function concreteThing(phrase: string, senses: number): boolean {
  return commonNounSenses(phrase, senses, { compound: true }).some((sense) => concreteFiles.has(sense.lexicographerFile));
}
