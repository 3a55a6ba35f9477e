/**
 * What the analyser asks of a dictionary. Its own file so the analysis steps that read it
 * (dictionary reading, learnability, sentence items) need not import one another for a type.
 */

/** English meanings for ordinary words, e.g. EDICT or a loaded JMdict file. */
export interface MeaningLookup {
  lookup(dictionaryForm: string, reading: string): string | null;
  /** The readings (hiragana or katakana) of the entries written `form`; none when it is no headword. */
  readingsOf?(form: string): string[];
  /** Whether an entry written `form` carries a priority mark (common words). */
  isCommon?(form: string): boolean;
  /** The part of speech of the entry `lookup` chooses, in the dictionary's codes (`int`, `exp`, `v5r`…). */
  partOfSpeech?(dictionaryForm: string, reading: string): string | null;
}
