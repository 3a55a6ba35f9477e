// What kind of thing a story can show a noun as, read from WordNet alone: the props reader (read-idea-props) shows them,
// and the wish reader (read-idea-goal) lets a wish see them; kept apart so neither reader imports the other's module.
import { hypernymClosure, lemmasOf, sensesOf, synsetAt } from '../../../safety/wordnet-lexicon.ts';

/** The kinds of thing a story can show without making it a character: WordNet's lexicographer files, and buildings apart. */
export type PropKind = 'phenomenon' | 'food' | 'object' | 'plant' | 'building' | 'artifact';

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

/** The singular a word is an inflection of ("cookies" → cookie, "bones" → bone, not the castanets WordNet calls "bones"). */
export function singularOf(word: string): string | undefined {
  const lemmas = lemmasOf(word, 'noun');
  return lemmas.find((lemma) => lemma !== word) ?? lemmas[0];
}

/**
 * The dictionary noun a word is written for, the last WordNet gives ("elves" → elf), never one it knows only as a name
 * ("wolves" → wolf, not Wolfe).
 */
export function nounLemma(word: string): string | undefined {
  const lemmas = lemmasOf(word, 'noun');
  const kinds = lemmas.filter((lemma) => !sensesOf(lemma, 'noun').every((sense) => sense.instance));
  // "autumn leaves": of two plain forms, the one whose commonest meaning is a thing (a leaf, not a leave of absence).
  const things = kinds.filter((lemma) => thingFiles.has(sensesOf(lemma, 'noun', 1)[0]?.lexicographerFile ?? ''));
  return (things.length > 0 && things.length < kinds.length ? things : kinds).at(-1) ?? lemmas.at(-1);
}

/** What a thing a story shows is filed under by its commonest meaning. */
const thingFiles = new Set(['noun.animal', 'noun.person', 'noun.artifact', 'noun.object', 'noun.plant', 'noun.food', 'noun.substance', 'noun.body']);

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
