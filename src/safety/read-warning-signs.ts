import { emojiKeywords } from './name-emoji.ts';
import { findWarningSigns } from './find-warning-signs.ts';
import { normalizeForMatching } from './normalize-for-matching.ts';
import { weighWarningSigns, type IdeaReading } from './weigh-warning-signs.ts';
import type { WarningSign } from './warning-sign.ts';

// A sentence ends at . ! ? ; or a line break; "Dr." and "3.5" are rare in ideas, and a split there only reads a part twice.
const sentenceEnd = /(?<=[.!?;])\s+|\n+/;

/** The idea as the signs read it: folded, and with emoji by all their keywords ("🤫" stands for a secret, not only a face). */
function foldedAndEmoji(text: string): string {
  return [normalizeForMatching(text).text, emojiKeywords(text)].filter(Boolean).join('\n');
}

/** An idea in another language read in English: its word-by-word gloss, and the signs found in the glosses as a bag of words. */
export interface IdeaGloss { sentence?: string; signs: WarningSign[] }

/**
 * The warning signs that refuse an idea, read over the whole idea and then sentence by sentence: a
 * harmful sentence after a gentle one ("A bunny bakes a cake. Then he ...") is judged on its own words,
 * so the storyteller placing the gentle sentence cannot dilute it. `asWritten` keeps the capitals and
 * personal details the rules read; `prompt` is what the storyteller would be given; `gloss` is read
 * with the whole idea (its sentences are not split: a gloss is word by word). `blankBenign` takes out the
 * phrases the rules know to be harmless ("kills time", "pillow fight") from the words the signs weigh, so the two
 * readings agree on them; the shapes of harm read the idea whole (see findWarningSigns).
 */
export function readWarningSigns(asWritten: string, prompt: string, readIdea: (prompt: string) => IdeaReading, gloss?: IdeaGloss, blankBenign: (folded: string) => string = (folded) => folded): WarningSign[] {
  // The gloss in lower case, as the idea is read: FreeDict writes names of peoples capitalised ("Jew").
  const withGloss = (text: string) => [text, gloss?.sentence?.toLowerCase()].filter(Boolean).join('\n');
  const folded = foldedAndEmoji(asWritten);
  // An idea in emoji alone tells no doings: a grown-up from outside the family beside a child and a car or sweets is the
  // lure told in pictures ("👨‍🦳🍬👧🚗"). Emoji keywords are too loose for their other signs to weigh more than words do
  // ("🦖🌋😤" is "mad" and "gas", "🏴‍☠️⛵🐚" a shell that is also ammunition).
  const strangerLure = /\p{L}/u.test(asWritten) ? undefined : emojiStrangerLure(emojiKeywords(asWritten));
  if (strangerLure) return [strangerLure];
  const whole = weighWarningSigns([...findWarningSigns(withGloss(blankBenign(folded)), withGloss(folded)), ...(gloss?.signs ?? [])], readIdea(prompt));
  if (whole.length > 0) return whole;
  const sentences = prompt.split(sentenceEnd).filter((sentence) => /\p{L}/u.test(sentence));
  if (sentences.length < 2) return [];
  for (const sentence of sentences) {
    const foldedSentence = foldedAndEmoji(sentence);
    const signs = weighWarningSigns(findWarningSigns(blankBenign(foldedSentence), foldedSentence), readIdea(sentence));
    if (signs.length > 0) return signs;
  }
  return [];
}

const lureWords = new Set(['car', 'automobile', 'van', 'candy', 'lolly', 'lollipop', 'sweets']);
const familyWords = new Set(['family', 'father', 'mother', 'dad', 'mom', 'mum', 'parent', 'grandpa', 'grandma', 'grandfather', 'grandmother']);

/** Emoji keywords showing a grown-up (man, old man, elder), a child and a car or sweets, and no family: the lure told in pictures. */
function emojiStrangerLure(keywords: string): WarningSign | undefined {
  const words = new Set(keywords.split(/[^a-z]+/).filter(Boolean));
  const grownUp = ['man', 'elder', 'adult', 'men'].some((word) => words.has(word));
  const child = ['child', 'girl', 'boy', 'kid', 'baby'].some((word) => words.has(word));
  const lure = [...lureWords].filter((word) => words.has(word));
  if (!grownUp || !child || lure.length === 0 || [...familyWords].some((word) => words.has(word))) return undefined;
  return { kind: 'a grown-up luring a child, in emoji', words: lure, strength: 'combination' };
}
