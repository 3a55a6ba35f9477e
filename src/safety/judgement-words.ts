import { isVerbOfClass, lemmasOf, sensesOf, synsetAt, type Synset } from './wordnet-lexicon.ts';

/**
 * Whether a harsh describing word says how someone feels or fares ("sad", "afraid", "scared", "lonely",
 * "tired", "sick") rather than what they are: a feeling is nothing said against a people ("a Muslim girl
 * who is sad because she lost her kite"). Read from WordNet, not listed: the word's quality as a noun
 * ("sadness", "loneliness") is a feeling among its first two meanings, or a state and never a trait (an
 * attribute) among its first three ("tiredness"; "dirtiness" and "poorness" are also traits, so they stay judgements);
 * or the word gives a value of a feeling ("afraid" → fear); or it is what a verb of feeling leaves ("worried",
 * "scared", "frightened"), or a feeling shown ("cries", "sobs"). A word that also names a kind of person ("criminal") is a label, never a feeling.
 */
export function isFeelingWord(word: string): boolean {
  // "criminal" names a kind of person too: a label, whatever its quality is filed as.
  if (sensesOf(word, 'noun', 1)[0]?.lexicographerFile === 'noun.person') return false;
  // A feeling named, or felt: "fear", "anxiety" (a state first, a feeling second); "to fear", "to worry" (WordNet's verbs of emotion).
  if (sensesOf(word, 'noun', 2).some((sense) => sense.lexicographerFile === 'noun.feeling') || sensesOf(word, 'verb', 1)[0]?.lexicographerFile === 'verb.emotion') return true;
  const nouns = qualityNouns(word).map((noun) => sensesOf(noun, 'noun', 3));
  if (nouns.some((senses) => senses.slice(0, 2).some((sense) => sense.lexicographerFile === 'noun.feeling'))) return true;
  if (nouns.some((senses) => senses[0]?.lexicographerFile === 'noun.state' && !senses.some((sense) => sense.lexicographerFile === 'noun.attribute'))) return true;
  // Only the word's own meanings: one filed under a word that stirs a feeling ("horrible" under alarming) stirs it in others.
  if (sensesOf(word, 'adj', 2).some(valuesAFeeling)) return true;
  const verbs = lemmasOf(word, 'verb');
  // Crying, sobbing: a feeling shown (WordNet's "express emotion"), in either of the verb's first two meanings.
  if (verbs.some((verb) => sensesOf(verb, 'verb', 2).some((sense) => isVerbOfClass(sense, 'express emotion')))) return true;
  return /(?:ed|en)$/.test(word) && verbs.some((verb) => sensesOf(verb, 'verb', 1)[0]?.lexicographerFile === 'verb.emotion');
}

const valuesAFeeling = (sense: Synset) => (sense.attributes ?? []).some((offset) => synsetAt('noun', offset).lexicographerFile === 'noun.feeling');

/** "sad" → sadness, "lonely" → loneliness, "shy" → shyness: the noun of a describing word's quality, where WordNet has it. */
function qualityNouns(word: string): string[] {
  const stems = [word, word.replace(/y$/, 'i')];
  return [...new Set(stems.map((stem) => `${stem}ness`))].filter((noun) => lemmasOf(noun, 'noun').length > 0);
}
