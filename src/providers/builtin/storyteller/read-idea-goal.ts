import { checkIdeaPart } from '../../../safety/index.ts';
import { subjectWords } from '../../../media/illustrator/scene-vocabulary.ts';
import { lemmasOf, sensesOf } from '../../../safety/wordnet-lexicon.ts';
import { keepsakeWords, makeableWords, placeWords } from './idea-vocabulary.ts';

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

/**
 * Harmless words can make a harmful sentence together ("take off his clothes", "send photos", "stop
 * eating"), so a goal is built only from what a picture book wishes for: a verb that is not about the
 * body, eating or feelings; things the storyteller or the illustrator knows, or nature's own (the moon,
 * a seed, water, the stars); describing words; a second verb only after "to" ("learn to skip"). Never
 * a person, a body part, an idea or a message.
 */
const thingFiles = new Set(['noun.object', 'noun.plant', 'noun.food', 'noun.animal', 'noun.location', 'noun.substance', 'noun.phenomenon', 'noun.shape']);
const knownThings = new Set([
  ...Object.values(subjectWords).flat(), ...keepsakeWords, ...Object.keys(makeableWords), ...Object.keys(placeWords),
]);
const blockedVerbFiles = new Set(['verb.body', 'verb.consumption', 'verb.emotion']);

function allowedVerb(verb: string): boolean {
  const [sense] = sensesOf(verb, 'verb', 1);
  return sense !== undefined && !blockedVerbFiles.has(sense.lexicographerFile);
}

function allowedGoalWord(word: string, previous: string | undefined): boolean {
  const verb = verbLemma(word);
  if (previous === 'to' && verb !== undefined) return allowedVerb(verb);
  const [noun] = sensesOf(word, 'noun', 1);
  if (noun) {
    const lemma = lemmasOf(word, 'noun').at(-1) ?? word;
    // A word that is also a noun is read as the noun ("a secret" is an idea, whatever "secret" describes).
    return thingFiles.has(noun.lexicographerFile) || (noun.lexicographerFile === 'noun.artifact' && knownThings.has(lemma));
  }
  return lemmasOf(word, 'adj').length > 0;
}

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
  if (verb && !allowedVerb(verb)) return undefined;
  if (!verb || notGoals.has(verb) || notGoals.has(word)) return undefined;
  if (goingVerbs.has(verb) && (at + 1 >= words.length || directionWords.has(words[at + 1]))) return undefined;
  const rest: string[] = [];
  for (const next of words.slice(at + 1)) {
    if (clauseEnds.has(next) || rest.length >= 7) break;
    if (!glueWords.has(next) && !allowedGoalWord(next, rest.at(-1))) return undefined;
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
