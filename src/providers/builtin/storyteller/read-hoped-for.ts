import { checkIdeaPart } from '../../../safety/index.ts';
import { isDictionaryWord, lemmasOf, sensesOf, taggedSenseCount } from '../../../safety/wordnet-lexicon.ts';
import { clauseEnds as goalClauseEnds, prepositions } from './glue-words.ts';
import { eagerWords } from './wanting-words.ts';
import { adjectiveLemmas } from './word-lemmas.ts';
import { forbiddenNoun } from './allowed-noun.ts';
import { storyWords } from './hero-phrase-words.ts';

/** Words that say the hero wishes (not "loves" or "likes": what is loved is no hope). */
const hopingWords = new Set(['wants', 'want', 'wanted', 'wanting', 'wishes', 'wish', 'wishing', 'hopes', 'hope', 'hoping', 'longs', 'long', 'dreams', 'dream', 'dreaming', 'needs', 'need', 'tries', 'trying', ...eagerWords]);
/** Where the wish's clause ends: where a goal's does, and at "though". */
const clauseEnds = new Set([...goalClauseEnds, 'though', 'although']);
const determiners = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'my', 'our', 'your', 'some', 'every', 'one']);
/** Words before "long" that make it a length ("for a long time", "so long"), never a longing. */
const beforeLength = new Set([...determiners, 'so', 'too', 'very', 'how', 'as', 'this', 'that', 'really', 'super']);
/** "longs to", "long for": the verb, not the length ("stay quiet for a long time" hoped for "the time"; "long ears"). */
const hopes = (words: readonly string[], at: number) =>
  hopingWords.has(words[at]) && (words[at] !== 'long' || (['to', 'for'].includes(words[at + 1] ?? '') && !beforeLength.has(words[at - 1] ?? '')));
/** What a hope may be for, by WordNet's file of the word's commonest meaning: a thing, a place, a doing or an event, a group one joins, a song or a story, a prize. */
const hopedFiles = new Set(['noun.artifact', 'noun.object', 'noun.food', 'noun.plant', 'noun.animal', 'noun.act', 'noun.event', 'noun.group', 'noun.communication', 'noun.possession']);
/** `meanings`: how many of the word's commonest meanings may say what it is ("a flower festival": a festival is first a time, then a celebration). */
const namesThing = (word: string, meanings = 1) => {
  // A noun more than a verb or a describing word ("parade"; never "best" or "fly").
  if (word.length < 3 || !isDictionaryWord(word) || adjectiveLemmas(word).length > 0 || Math.max(sensesOf(word, 'verb').length, sensesOf(word, 'adj').length) >= sensesOf(word, 'noun').length) return false;
  const lemma = lemmasOf(word, 'noun')[0];
  // A word people use as that noun (WordNet's tagged texts): never "at" (astatine) or "s".
  return lemma !== undefined && taggedSenseCount(lemma, 'noun') > 0 && sensesOf(lemma, 'noun', meanings).some((sense) => hopedFiles.has(sense.lexicographerFile));
};
// Never a person, a friend or family, a part of the body, clothing, a weapon, a picture of someone or a drug (forbiddenNoun), and safe alone.
const wishable = (word: string, meanings = 1) => namesThing(word, meanings) && !forbiddenNoun(word) && checkIdeaPart(word, 'child').safe;

/**
 * What the hero hopes for when the idea says a wish the goal reader cannot read as a doing ("is hoping to be picked for the
 * parade", "longs to be the birthday cake at the big party"): the thing named first after the wish word, in its clause, that
 * a hope may be for, named as a thing ("the parade"; a thing, a doing, an event, a group, a song; never a person, a part of the body, clothing or a
 * weapon) and that passes the check alone;
 * of nouns in a row, the last ("the birthday cake"). The last scene says it was everything the hero had hoped for, so the
 * idea's wish is kept though its verb is not read. `taken`: words another part already tells (the hero, a place).
 */
export function readHopedFor(words: readonly string[], taken: ReadonlySet<string>): string | undefined {
  // "saving up his pennies for a shiny red wagon": what is saved for is hoped for (the pennies are only saved).
  const savingFor = words.findIndex((word, at) => word === 'for' && words.slice(Math.max(0, at - 5), at).some((before) => /^sav(?:e|es|ed|ing)$/.test(before)));
  // "my son wants a story about a puppy who …": the parent asking for a story hopes for nothing in it.
  const asksForStory = (at: number) => words.slice(at + 1, at + 4).some((word) => storyWords.has(word));
  const wishAt = [words.findIndex((_, at) => hopes(words, at) && !asksForStory(at)), savingFor].filter((at) => at >= 0).sort((first, second) => first - second)[0] ?? -1;
  if (wishAt < 0) return undefined;
  // A thing named as one, after "the", "his" or a describing word, or a noun saying which after one ("the birthday cake");
  // "make the children laugh" names no laugh.
  // Never after a preposition, which WordNet also lists as describing or as a noun ("in time": "in" is also in fashion, and an inch).
  const namedAfter = (before: number) => determiners.has(words[before]) || (!prepositions.has(words[before] ?? '') && adjectiveLemmas(words[before] ?? '').length > 0);
  const saysWhich = (before: number) => !prepositions.has(words[before] ?? '') && lemmasOf(words[before] ?? '', 'noun').length > 0 && !forbiddenNoun(words[before]) && namedAfter(before - 1);
  for (let at = wishAt + 1; at < Math.min(words.length, wishAt + 12) && !clauseEnds.has(words[at]); at += 1) {
    const word = words[at];
    const named = namedAfter(at - 1) || saysWhich(at - 1);
    // "the north pole": the last word of a place WordNet names in two words is that place, not a thing.
    const inPlaceName = sensesOf(`${words[at - 1]} ${word}`, 'noun', 1)[0]?.lexicographerFile === 'noun.location' || sensesOf(`${word} ${words[at + 1] ?? ''}`, 'noun', 1)[0]?.lexicographerFile === 'noun.location';
    if (determiners.has(word) || taken.has(word) || !named || inPlaceName || !wishable(word)) continue;
    // "the birthday cake": the thing is the last of the nouns in a row; "the big party": a describing word is passed over.
    let last = at;
    while (last + 1 < words.length && !clauseEnds.has(words[last + 1]) && !taken.has(words[last + 1]) && wishable(words[last + 1], 2) && adjectiveLemmas(words[last + 1]).length === 0) last += 1;
    return words[last];
  }
  return undefined;
}
