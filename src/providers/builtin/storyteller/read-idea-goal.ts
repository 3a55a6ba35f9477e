import { checkIdeaPart } from '../../../safety/index.ts';
import { isDictionaryWord, lemmasOf, sensesOf } from '../../../safety/wordnet-lexicon.ts';

/** Words before the goal's verb that only say the hero wants it ("who really wants to", "that dreams of"). */
const wantingWords = new Set(['wants', 'want', 'wanted', 'wishes', 'wish', 'hopes', 'hope', 'longs', 'long', 'tries', 'try', 'plans', 'plan', 'needs', 'need', 'decides', 'decide', 'would', 'like', 'likes', 'loves', 'love', 'dreams', 'dream']);
const leadingWords = new Set(['who', 'that', 'which', 'really', 'just', 'always', 'so', 'to', 'of', 'about', 'can', 'cannot', 'cant', 'can’t', 'could', 'not', 'never', 'will', 'wont', 'is', 'still', 'too', 'shy', 'afraid', 'scared', 'nervous', 'ready', 'able', 'eager']);
/** Verbs that are not a goal of their own: the plot reads them (lost, afraid, help) or they only link. */
const notGoals = new Set(['be', 'have', 'lose', 'find', 'search', 'get', 'do', 'live', 'go', 'visit', 'see', 'travel', 'reach', 'explore', 'climb', 'has', 'is', 'are']);
/** Going somewhere ("fly to the moon", "swim in the lake") is a journey; "fly a kite" is a goal. */
const goingVerbs = new Set(['fly', 'swim', 'sail', 'walk', 'run', 'drive', 'ride', 'hop', 'float', 'jump']);
const directionWords = new Set(['to', 'in', 'into', 'across', 'over', 'through', 'around', 'up', 'down', 'away', 'home', 'off', 'far', 'high']);
/** Where a goal's words end: the next clause. */
const clauseEnds = new Set(['and', 'but', 'who', 'that', 'which', 'because', 'while', 'when', 'before', 'after', 'until', 'so', 'or', 'where']);
/** Short words a goal may carry that a dictionary of nouns, verbs and adjectives does not list. */
const glueWords = new Set(['a', 'an', 'the', 'to', 'of', 'in', 'into', 'on', 'onto', 'at', 'for', 'from', 'with', 'across', 'through', 'over', 'under', 'up', 'down', 'away', 'home', 'every', 'all', 'his', 'her', 'its', 'their', 'my', 'our', 'some', 'out', 'off', 'around', 'by', 'each']);

const safe = (text: string) => checkIdeaPart(text, 'child').safe;

/** The dictionary form of a verb as the idea wrote it ("carries" → "carry", "visiting" → "visit"). */
function verbLemma(word: string): string | undefined {
  const lemmas = lemmasOf(word, 'verb');
  return lemmas.find((lemma) => lemma !== word) ?? lemmas[0];
}

/**
 * What the hero of an idea wants to do, in the idea's own words from its verb on ("a walrus who wants to
 * paint the moon silver" → "paint the moon silver", "a train that carries dreams to every house" →
 * "carry dreams to every house"): every word a dictionary word or a short linking word, each passing the
 * safety check alone and the phrase passing it whole, else no goal at all. Losing, fearing, helping and
 * going somewhere are read by the plot instead (see readIdeaParts).
 */
export function readIdeaGoal(words: readonly string[], from: number): string | undefined {
  let at = from;
  while (at < words.length && (leadingWords.has(words[at]) || wantingWords.has(words[at]))) at += 1;
  // The goal follows "who", "that" or a wish word: in "a bear cub who …" the cub is no verb.
  if (at === from) return undefined;
  const word = words[at];
  if (word === undefined || lemmasOf(word, 'verb').length === 0) return undefined;
  const verb = verbLemma(word);
  if (!verb || notGoals.has(verb) || notGoals.has(word)) return undefined;
  if (goingVerbs.has(verb) && (at + 1 >= words.length || directionWords.has(words[at + 1]))) return undefined;
  const rest: string[] = [];
  for (const next of words.slice(at + 1)) {
    if (clauseEnds.has(next) || rest.length >= 7) break;
    if (!glueWords.has(next) && !isDictionaryWord(next)) return undefined;
    // A goal never involves another person or a body ("gives a boy presents", "touches her ..."): harmless words can
    // still make a harmful sentence together, so a wish is kept to things, places, creatures and what the hero does.
    if (!glueWords.has(next) && sensesOf(next, 'noun', 1).some((sense) => sense.lexicographerFile === 'noun.person' || sense.lexicographerFile === 'noun.body')) return undefined;
    rest.push(next);
  }
  while (rest.length > 0 && glueWords.has(rest.at(-1)!) && rest.at(-1) !== 'home' && rest.at(-1) !== 'away') rest.pop();
  const goal = [verb, ...rest].join(' ');
  return [verb, ...rest].every(safe) && safe(goal) ? goal : undefined;
}

/** "paint" → "paints", "carry" → "carries", "brush" → "brushes": the title's verb. */
export function thirdPerson(verb: string): string {
  if (verb === 'be') return 'is';
  if (verb === 'have') return 'has';
  if (/(?:s|sh|ch|x|z|o)$/.test(verb)) return `${verb}es`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ies`;
  return `${verb}s`;
}
