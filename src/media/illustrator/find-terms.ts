/** Lower-case words of a prompt, accents folded, punctuation dropped ("Close-up!" gives close, up). */
export function tokenize(prompt: string): string[] {
  return prompt
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token.length > 0);
}

const irregularPlurals: Record<string, string> = { mice: 'mouse', children: 'child', geese: 'goose', people: 'person', octopi: 'octopus', wolves: 'wolf', teeth: 'tooth' };

/** The word itself, then what it would be if it were a plural ("puppies" may be "puppy"). */
export function singularForms(token: string): string[] {
  const forms = [token];
  const irregular = irregularPlurals[token];
  if (irregular) forms.push(irregular);
  if (token.endsWith('ies') && token.length > 4) forms.push(`${token.slice(0, -3)}y`);
  if (token.endsWith('ves')) forms.push(`${token.slice(0, -3)}f`, `${token.slice(0, -3)}fe`);
  if (token.endsWith('es')) forms.push(token.slice(0, -2));
  if (token.endsWith('s') && !token.endsWith('ss')) forms.push(token.slice(0, -1));
  return forms;
}

export interface TermMatch<T> {
  value: T;
  /** The phrase as listed (singular). */
  phrase: string;
  /** Token range [start, end). */
  start: number;
  end: number;
  /** The prompt said it in the plural ("cats", "mice"). */
  plural: boolean;
}

interface IndexedPhrase<T> {
  phrase: string;
  value: T;
  words: string[];
}

/** Phrases by their first word, longest first, built once per table: a prompt is matched in one pass. */
const indexes = new WeakMap<object, Map<string, Array<IndexedPhrase<unknown>>>>();

function indexOf<T>(table: Array<[phrase: string, value: T]>): Map<string, Array<IndexedPhrase<T>>> {
  const known = indexes.get(table);
  if (known) return known as Map<string, Array<IndexedPhrase<T>>>;
  const index = new Map<string, Array<IndexedPhrase<T>>>();
  for (const [phrase, value] of table) {
    const words = phrase.split(' ');
    const entries = index.get(words[0]) ?? [];
    entries.push({ phrase, value, words });
    index.set(words[0], entries);
  }
  for (const entries of index.values()) entries.sort((first, second) => second.words.length - first.words.length);
  indexes.set(table, index as Map<string, Array<IndexedPhrase<unknown>>>);
  return index;
}

/**
 * Finds every listed phrase in the tokens, longest first at each position and never overlapping,
 * so "teddy bear" wins over "bear" and "under the sea" over "sea". The last word of a phrase may be
 * plural; earlier words must match as written.
 */
export function findTerms<T>(tokens: string[], table: Array<[phrase: string, value: T]>): Array<TermMatch<T>> {
  const index = indexOf(table);
  const matches: Array<TermMatch<T>> = [];
  let position = 0;
  while (position < tokens.length) {
    const forms = singularForms(tokens[position]);
    // A phrase of several words starts with the token as written; a single word may be its plural.
    const candidates = [...(index.get(tokens[position]) ?? []), ...forms.slice(1).flatMap((form) => (index.get(form) ?? []).filter((entry) => entry.words.length === 1))];
    const found = candidates.find((entry) => phraseMatches(tokens, position, entry.words));
    if (found) {
      const end = position + found.words.length;
      const last = tokens[end - 1];
      matches.push({ value: found.value, phrase: found.phrase, start: position, end, plural: last !== found.words[found.words.length - 1] });
      position = end;
    } else {
      position += 1;
    }
  }
  return matches;
}

function phraseMatches(tokens: string[], start: number, words: string[]): boolean {
  const last = words.length - 1;
  if (start + last >= tokens.length) return false;
  for (let offset = 0; offset < last; offset += 1) if (tokens[start + offset] !== words[offset]) return false;
  return singularForms(tokens[start + last]).includes(words[last]);
}

/** Flattens `{ value: [phrases] }` into the table `findTerms` reads. */
export function termTable<T extends string>(words: Partial<Record<T, string[]>>): Array<[string, T]> {
  return Object.entries(words).flatMap(([value, phrases]) => (phrases as string[]).map((phrase): [string, T] => [phrase, value as T]));
}

/**
 * How far back from a place word at `start` a word that puts someone there may stand: four words ("near a quiet
 * river"), two more past the part of a place and its "of" ("at the edge of the meadow", "at the top of the hill").
 */
export function locativeReach(tokens: readonly string[], start: number): number {
  return 4 + (tokens[start - 1] === 'of' || (tokens[start - 2] === 'of' && tokens[start - 1] === 'the') ? 2 : 0);
}

const whenAfterAt = new Set(['last', 'first', 'once']);

/** "at last", "at first", "at once" say when, not where: the token at `at` is no locative there. */
export function saysWhen(tokens: readonly string[], at: number): boolean {
  return tokens[at] === 'at' && whenAfterAt.has(tokens[at + 1]);
}
