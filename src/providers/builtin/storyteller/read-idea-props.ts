import { checkIdeaPart } from '../../../safety/index.ts';
import { lemmasOf, sensesOf } from '../../../safety/wordnet-lexicon.ts';
import { propKind, singularOf } from './prop-kind.ts';
import { isAdverb } from './is-adverb.ts';
import { adjectiveLemmas } from './word-lemmas.ts';
import { isSomeone } from './is-friend-word.ts';
import { heroTraits } from './idea-vocabulary.ts';

/** Most ideas name one or two things; more would crowd a bedtime story's opening. */
const mostProps = 2;
/** The words that help a verb ("can get", "will go"), which WordNet also has as nouns. */
const helpingVerbs = new Set(['can', 'will', 'may', 'must', 'might']);
/** Who a question asks ("can you", "will we"). */
const askedWho = new Set(['you', 'u', 'we', 'i', 'he', 'she', 'they', 'it']);
/** Words that never name the thing, whatever WordNet files them under ("in" is an inch, "who" an organisation). */
const notThings = new Set([
  'a', 'an', 'the', 'in', 'on', 'at', 'to', 'of', 'for', 'with', 'by', 'from', 'into', 'onto', 'up', 'down', 'out', 'off', 'over', 'under', 'away', 'and', 'or',
  'who', 'that', 'which', 'his', 'her', 'its', 'their', 'my', 'our', 'your', 'some', 'story', 'tale', 'bedtime', 'me', 'not', 'no', 'is', 'are',
]);
/** Words after which the next word is a verb ("to wash", "who lights", "that shoots"); so is a word after someone ("the baker smokes"). */
const verbOpeners = new Set(['to', 'who', 'that', 'which', 'he', 'she', 'it', 'they', 'can', 'will', 'doesn', 'don', 'didn', 'not', 'never',
  'would', 'could', 'should', 'shall', 'must', 'might', 'rather']);
/** Words that open a clause of when or why: "before the rocket launches", "so the town wakes" — its subject's next word is its verb. */
const whenClauseOpeners = new Set(['before', 'after', 'when', 'while', 'until', 'till', 'so', 'because', 'if', 'once', 'since', 'whenever', 'unless']);
const determiners = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'my', 'our', 'your']);

const safe = (word: string) => checkIdeaPart(word, 'child').safe;
/** Verbs that say how someone is, not what they do: what follows describes them. */
const linkingVerbs = new Set(['feel', 'be', 'seem', 'stay', 'look', 'become', 'remain', 'grow', 'get', 'keep', 'turn']);

/** Whether the word at `at` can be a thing here: a noun, not a verb after "to" or "who", not a describing word before a noun. */
function thingAt(words: readonly string[], at: number, afterThing = false): boolean {
  const word = words[at];
  // "who only drinks tomato juice": a word saying how often or how much comes between the opener and the verb.
  const opener = words[at - 1] !== undefined && isAdverb(words[at - 1]) && !notThings.has(words[at - 1]) ? words[at - 2] : words[at - 1];
  if (notThings.has(word) || heroTraits.has(word) || word.length < 3 || (!afterThing && verbOpeners.has(opener ?? ''))) return false;
  // "her mum" is family, though WordNet's commonest "mum" is a flower.
  if (isSomeone(lemmasOf(word, 'noun')[0] ?? word)) return false;
  // "lighting the candles", "building a sandcastle": a verb's -ing form is the doing, not the thing.
  if (word.endsWith('ing') && lemmasOf(word, 'verb').length > 0) return false;
  const before = sensesOf(words[at - 1] ?? '', 'noun', 1)[0]?.lexicographerFile;
  if (!afterThing && (before === 'noun.person' || before === 'noun.animal') && /s$/.test(word) && lemmasOf(word, 'verb').length > 0) return false;
  if (/s$/.test(word) && lemmasOf(word, 'verb').some((lemma) => lemma !== word) && determiners.has(words[at - 2] ?? '') && whenClauseOpeners.has(words[at - 3] ?? '')) return false;
  // "feel safe", "stays warm": after a linking verb a word that can describe does, and is no safe or warm thing.
  if (adjectiveLemmas(word).length > 0 && lemmasOf(words[at - 1] ?? '', 'verb').some((lemma) => linkingVerbs.has(lemma))) return false;
  const next = words[at + 1];
  // "so the children can get to school", "can you do one", "so the knight can finally sleep": a word that helps a verb,
  // before one (a word of how or when between) or asking, is no tin can, nor a will.
  const verb = next !== undefined && isAdverb(next) ? words[at + 2] : next;
  if (helpingVerbs.has(word) && next !== undefined && ((verb !== undefined && lemmasOf(verb, 'verb').includes(verb)) || askedWho.has(next))) return false;
  if (adjectiveLemmas(word).length > 0 && next !== undefined && lemmasOf(next, 'noun').length > 0 && !notThings.has(next)) return false;
  return propKind(word) !== undefined;
}

/**
 * The concrete things an idea names that no other part took (`taken`: the hero's, the places', the wish's words):
 * weather and sky, food, objects, plants, buildings ("a storm at sea" → storm, "a fruit cocktail" → fruit cocktail).
 * A two- or three-word name WordNet knows is read whole ("birthday cake", "forget-me-not"); a thing naming another
 * thing's kind goes with it ("a candy shop"). Each is said as the idea said it (plural or not), and passed the
 * safety check alone and as a whole; at most two, in the idea's order.
 */
export function readIdeaProps(words: readonly string[], taken: ReadonlySet<string>): string[] {
  const props: string[] = [];
  const free = (at: number) => words[at] !== undefined && !taken.has(words[at]);
  for (let at = 0; at < words.length && props.length < mostProps; at += 1) {
    if (!free(at)) continue;
    // The name as WordNet spells it: "forget-me-not" with its hyphens, "hot air balloon" without.
    const spellings = [3, 2].flatMap((length) => { const run = words.slice(at, at + length); return [run.join(' '), run.join('-')].map((name) => ({ run, name })); });
    const whole = spellings.find(({ run, name }) => run.length > 1 && run.every((_, index) => free(at + index)) && propKind(name) !== undefined);
    const known = whole?.run;
    let run = known ?? (thingAt(words, at) ? [words[at]] : []);
    if (run.length === 0) continue;
    // "a candy shop", "forget-me-not flowers": things in a row are one thing, named by the last.
    while (free(at + run.length) && thingAt(words, at + run.length, true) && run.length < 4) run = words.slice(at, at + run.length + 1);
    const name = [whole?.name, ...run.slice(known?.length ?? 0)].filter(Boolean).join(' ');
    const alone = run.find((word, index) => safe(word) && thingAt(words, at + index));
    // "a bath bomb": a word the check refuses takes its phrase with it, but the safe thing beside it stays ("root beer" is one thing).
    const said = run.every(safe) && safe(name) ? name : known ? undefined : alone;
    // "a sword fight with cardboard swords" names one kind of thing.
    if (said && !props.some((prop) => singularOf(prop.split(' ').at(-1)!) === singularOf(said.split(' ').at(-1)!))) props.push(said);
    at += run.length - 1;
  }
  return props;
}
