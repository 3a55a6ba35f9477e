import { lemmasOf, sensesOf } from '../../../safety/wordnet-lexicon.ts';
import { isAdverb } from './is-adverb.ts';
import { adjectiveLemmas, nounLemmas } from './word-lemmas.ts';
import { safe } from './safe-for-child.ts';
import { allowedVerb, touches } from './allowed-verb.ts';
import { allowedNoun } from './allowed-noun.ts';

/** How an idea says a thing will not do what it should ("won't" and "can't" reach here as "wont" and "cant"). */
const refusals = [['will', 'not'], ['wont'], ['does', 'not'], ['doesnt'], ['cannot'], ['cant'], ['can', 'not'], ['would', 'not'], ['wouldnt'], ['did', 'not'], ['didnt']];

/**
 * "a witch whose broom will not fly", "whose kite won't go up": the hero's thing that will not do what it should is the
 * wish, to make it do so again ("make the broom fly again"). Only a thing a wish may make or mend (never a person nor the
 * body: "whose tummy won't stop hurting" is no wish), doing what a wish may name, the whole passing the check.
 */
export function workingAgain(words: readonly string[]): string | undefined {
  const whose = words.indexOf('whose');
  if (whose < 0) return gettingToWork(words);
  const { thing, at } = thingNamedFrom(words, whose + 1);
  const refusal = refusals.find((said) => said.every((word, offset) => words[at + 1 + offset] === word));
  if (thing === undefined || refusal === undefined) return undefined;
  const verbAt = at + 1 + refusal.length;
  const verb = words[verbAt];
  if (verb === undefined || !lemmasOf(verb, 'verb').includes(verb) || !allowedVerb(verb) || touches(verb) || !allowedNoun(thing, 'make')) return undefined;
  // "won't go straight": one word of how goes with it; "any more" is only when.
  const how = !['anymore', 'again'].includes(words[verbAt + 1] ?? '') && saysHow(words[verbAt + 1]) ? ` ${words[verbAt + 1]}` : '';
  const goal = `make the ${thing} ${verb}${how} again`;
  return safe(goal) ? goal : undefined;
}

/** "her broom", "his big red kite": the thing named from `start`, past its describing words, and where its noun stands. */
function thingNamedFrom(words: readonly string[], start: number): { thing: string | undefined; at: number } {
  let at = start;
  while (words[at + 1] !== undefined && adjectiveLemmas(words[at]).length > 0 && nounLemmas(words[at + 1]).length > 0) at += 1;
  return { thing: nounLemmas(words[at] ?? '')[0], at };
}

/** "straight", "properly": one word after a doing that says how it is done (an adverb, or a describing word and no noun). */
function saysHow(word: string | undefined): word is string {
  return word !== undefined && (isAdverb(word) || (adjectiveLemmas(word).length > 0 && nounLemmas(word).length === 0));
}

/**
 * "a little witch who can't get her broom to fly straight", "cannot make his kite fly": the hero's thing they cannot get to
 * do what it should is the wish, to make it do so ("make the broom fly straight"), checked as workingAgain checks it.
 */
function gettingToWork(words: readonly string[]): string | undefined {
  const getAt = words.findIndex((word, at) => (word === 'get' || word === 'make') && (['cant', 'cannot'].includes(words[at - 1] ?? '') || (words[at - 1] === 'not' && words[at - 2] === 'can')));
  if (getAt < 0 || !['the', 'his', 'her', 'its', 'their'].includes(words[getAt + 1] ?? '')) return undefined;
  const { thing, at } = thingNamedFrom(words, getAt + 2);
  const verbAt = words[getAt] === 'get' ? (words[at + 1] === 'to' ? at + 2 : -1) : at + 1;
  const verb = words[verbAt];
  if (thing === undefined || verb === undefined || !lemmasOf(verb, 'verb').includes(verb) || sensesOf(verb, 'verb').length <= sensesOf(verb, 'noun').length) return undefined;
  if (!allowedVerb(verb) || touches(verb) || !allowedNoun(thing, 'make')) return undefined;
  const next = words[verbAt + 1];
  const how = saysHow(next) ? ` ${next}` : '';
  const goal = `make the ${thing} ${verb}${how}`;
  return safe(goal) ? goal : undefined;
}
