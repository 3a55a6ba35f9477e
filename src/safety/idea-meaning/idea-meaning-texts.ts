import { isDictionaryWord } from '../wordnet-lexicon.ts';
import { withoutStoryFraming } from './without-story-framing.ts';

// Fewer words (once "a story about" is off) carry no meaning the encoder reads reliably: "a girl" and "a story
// for" (left once an e-mail address is taken out) read as likely harm. The rules and the warning signs still
// read such ideas. Japanese, written without spaces, is counted in its gloss.
const fewestWords = 4;
// A short English idea is sometimes taken for another language ("a story about a girl" as Italian, glossed
// "have story about have"), and a gloss of English words is word salad the encoder misreads. Of the red-team
// sets' ideas in other languages, 2 of 370 have this share of English words (of three letters or more); half
// the English ones do.
const englishShare = 0.75;

const wordsIn = (text: string) => text.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length;

function shareOfEnglishWords(text: string): number {
  const words = (text.normalize('NFC').match(/\p{L}+/gu) ?? []).filter((word) => word.length >= 3);
  return words.length === 0 ? 0 : words.filter((word) => isDictionaryWord(word.toLowerCase())).length / words.length;
}

/**
 * What the sentence encoder reads of an accepted idea: the idea without the words asking for a story, and for an
 * idea in another language its English reading as well (its gloss, or Apertium's sentence and the gloss beside it:
 * `glossReading`); nothing for an idea too short to read.
 */
export function ideaMeaningTexts(prompt: string, englishReading?: string, glossReading?: string): string[] {
  const idea = withoutStoryFraming(prompt);
  const readings = shareOfEnglishWords(prompt) < englishShare ? [englishReading, glossReading].filter((text): text is string => !!text) : [];
  if (Math.max(wordsIn(idea), ...readings.map(wordsIn)) < fewestWords) return [];
  return [idea, ...new Set(readings)];
}
