import { checkIdeaPart } from '../../../safety/index.ts';
import { hypernymClosure, lemmasOf, sensesOf, synsetAt } from '../../../safety/wordnet-lexicon.ts';
import { isAdverb } from './is-adverb.ts';
import { adjectiveLemmas } from './read-idea-goal.ts';
import { heroTraits } from './idea-vocabulary.ts';

/** The kinds of thing a story can show without making it a character: WordNet's lexicographer files, and buildings apart. */
export type PropKind = 'phenomenon' | 'food' | 'object' | 'plant' | 'building' | 'artifact';

/** Most ideas name one or two things; more would crowd a bedtime story's opening. */
const mostProps = 2;
const propFiles: Record<string, PropKind> = {
  'noun.phenomenon': 'phenomenon', 'noun.food': 'food', 'noun.object': 'object', 'noun.plant': 'plant', 'noun.artifact': 'artifact',
};
/** Artifacts one goes to see rather than looks over (a museum, a candy shop, a bridge): WordNet's classes above them. */
const buildingClasses = new Set(['structure', 'building', 'facility']);
/**
 * Things never shown, whatever the check says of the word: what the characters wear is theirs (cast-story), and
 * clothes, drugs and medicines, and what strikes a fire are where a harmful idea hides behind safe words
 * ("take off their clothes", "a story about pills", "play with matches"). Read from a word's three commonest meanings.
 */
const unshownClasses = new Set(['clothing', 'drug', 'medicine', 'lighter']);
/** Words that never name the thing, whatever WordNet files them under ("in" is an inch, "who" an organisation). */
const notThings = new Set([
  'a', 'an', 'the', 'in', 'on', 'at', 'to', 'of', 'for', 'with', 'by', 'from', 'into', 'onto', 'up', 'down', 'out', 'off', 'over', 'under', 'away', 'and', 'or',
  'who', 'that', 'which', 'his', 'her', 'its', 'their', 'my', 'our', 'your', 'some', 'story', 'tale', 'bedtime', 'me', 'not', 'no', 'is', 'are',
]);
/** Words after which the next word is a verb ("to wash", "who lights", "that shoots"); so is a word after someone ("the baker smokes"). */
const verbOpeners = new Set(['to', 'who', 'that', 'which', 'he', 'she', 'it', 'they', 'can', 'will', 'doesn', 'don', 'didn', 'not', 'never']);

const safe = (word: string) => checkIdeaPart(word, 'child').safe;

/** The singular a word is an inflection of ("cookies" → cookie, "bones" → bone, not the castanets WordNet calls "bones"). */
function singularOf(word: string): string | undefined {
  const lemmas = lemmasOf(word, 'noun');
  return lemmas.find((lemma) => lemma !== word) ?? lemmas[0];
}

/** What kind of thing a noun is by its commonest meaning, or undefined when it is no thing a story can show. */
export function propKind(word: string): PropKind | undefined {
  const lemma = singularOf(word);
  const [sense] = lemma ? sensesOf(lemma, 'noun', 1).filter((candidate) => candidate.words.includes(lemma)) : [];
  const kind = sense && propFiles[sense.lexicographerFile];
  if (kind === undefined) return undefined;
  const meanings = sensesOf(lemma!, 'noun', 3).flatMap((meaning) => [...hypernymClosure('noun', meaning)].flatMap((offset) => synsetAt('noun', offset).words));
  if (meanings.some((name) => unshownClasses.has(name))) return undefined;
  if (kind !== 'artifact') return kind;
  const classes = [...hypernymClosure('noun', sense)].flatMap((offset) => synsetAt('noun', offset).words);
  return classes.some((name) => buildingClasses.has(name)) ? 'building' : kind;
}

/** Whether the word at `at` can be a thing here: a noun, not a verb after "to" or "who", not a describing word before a noun. */
function thingAt(words: readonly string[], at: number, afterThing = false): boolean {
  const word = words[at];
  // "who only drinks tomato juice": a word saying how often or how much comes between the opener and the verb.
  const opener = words[at - 1] !== undefined && isAdverb(words[at - 1]) && !notThings.has(words[at - 1]) ? words[at - 2] : words[at - 1];
  if (notThings.has(word) || heroTraits.has(word) || word.length < 3 || (!afterThing && verbOpeners.has(opener ?? ''))) return false;
  // "lighting the candles", "building a sandcastle": a verb's -ing form is the doing, not the thing.
  if (word.endsWith('ing') && lemmasOf(word, 'verb').length > 0) return false;
  const before = sensesOf(words[at - 1] ?? '', 'noun', 1)[0]?.lexicographerFile;
  if (!afterThing && (before === 'noun.person' || before === 'noun.animal') && /s$/.test(word) && lemmasOf(word, 'verb').length > 0) return false;
  const next = words[at + 1];
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
