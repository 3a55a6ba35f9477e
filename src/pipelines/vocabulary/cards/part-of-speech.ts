import type { MeaningLookup } from '../analysis/meaning-lookup.ts';
import type { DictionaryEntry } from '../analysis/parse-edict-line.ts';
import type { VocabularyEntry } from '../store/vocabulary-entry.ts';

/** EDICT's part-of-speech codes (the format's fixed set) in words a learner reads; a code not named here is shown as written. */
const codeNames: Record<string, string> = {
  n: 'noun', 'n-adv': 'adverbial noun', 'n-suf': 'noun suffix', 'n-pref': 'noun prefix', 'n-t': 'temporal noun', pn: 'pronoun',
  'adj-i': 'i-adjective', 'adj-ix': 'i-adjective (よい/いい)', 'adj-na': 'na-adjective', 'adj-no': 'no-adjective', 'adj-pn': 'pre-noun adjectival',
  'adj-t': 'taru-adjective', 'adj-f': 'noun used as a modifier', adv: 'adverb', 'adv-to': 'adverb taking と', exp: 'expression', int: 'interjection',
  prt: 'particle', conj: 'conjunction', aux: 'auxiliary', 'aux-v': 'auxiliary verb', 'aux-adj': 'auxiliary adjective', cop: 'copula', ctr: 'counter',
  num: 'numeral', pref: 'prefix', suf: 'suffix', vs: 'suru verb', 'vs-i': 'suru verb', 'vs-s': 'suru verb', vk: 'kuru verb', vz: 'zuru verb',
  v1: 'ichidan verb', vi: 'intransitive', vt: 'transitive', unc: 'unclassified',
};

const kindNames: Record<VocabularyEntry['kind'], string> = {
  slang: 'slang', stream_term: 'stream term', grammar_pattern: 'grammar pattern', cultural_reference: 'cultural reference', word: '',
};

/** A code in words: the godan verbs (v5r, v5k-s …) are one family, named once. */
function nameOf(code: string): string {
  if (code.startsWith('v5')) return 'godan verb';
  if (code.startsWith('v1')) return 'ichidan verb';
  return codeNames[code] ?? code;
}

/** A lookup that can give the whole entry (the EDICT index can; a JMdict file read for meanings only cannot). */
const hasEntries = (lookup: MeaningLookup | undefined): lookup is MeaningLookup & { entry(form: string, reading: string): DictionaryEntry | null } =>
  typeof (lookup as { entry?: unknown } | undefined)?.entry === 'function';

/**
 * The card's part of speech: the dictionary's, for the word as written and read (`godan verb,
 * intransitive`); for a grammar pattern, slang or a stream term the dictionary does not hold, its kind.
 */
export function partOfSpeechOf(entry: VocabularyEntry, dictionary?: MeaningLookup): string {
  if (entry.kind === 'grammar_pattern') return kindNames.grammar_pattern;
  const codes = hasEntries(dictionary) ? dictionary.entry(entry.dictionaryForm, entry.reading)?.partOfSpeech ?? '' : '';
  const words = [...new Set(codes.split(',').filter(Boolean).map(nameOf))].join(', ');
  return words || kindNames[entry.kind];
}
