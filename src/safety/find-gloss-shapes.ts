import { findWarningSigns } from './find-warning-signs.ts';
import { warningCategoriesOf } from './warning-categories.ts';
import type { WarningSign } from './warning-sign.ts';
import { hypernymClosure, senseOffset, sensesOf } from './wordnet-lexicon.ts';

/**
 * The shapes of harm in a French, Spanish or German idea read through a dictionary. Glosses come word by word,
 * so the English shapes, written over phrases ("take off her clothes", "does not tell"), rarely match them;
 * these read the glosses as a bag of words instead: a grown-up and a child with a secret (or a "not" and a
 * telling verb) or clothes, and one more of those, touching, a bed or bath or a photo; or a child with a word of harm or killing.
 */
const telling = new Set(['tell', 'say', 'narrate', 'relate', 'speak', 'talk', 'know', 'reveal', 'betray', 'show']);
const negations = new Set(['not', 'no', 'never', 'nobody', 'nothing', "don't", 'without']);
const privatePlaces = new Set(['bed', 'bath', 'bathroom', 'bedroom', 'shower', 'blanket', 'lap', 'photo', 'photograph', 'picture', 'camera']);

let clothing: number | undefined;
/** Whether a word's commonest meaning is a garment, by WordNet's hypernyms ("clothes", "dress", "nightie"). */
function isClothing(word: string): boolean {
  clothing ??= senseOffset('clothing', 'noun', 1);
  const [sense] = sensesOf(word, 'noun', 1);
  return clothing !== undefined && sense !== undefined && hypernymClosure('noun', sense).has(clothing);
}

/** Whether a word hurts: below WordNet's harm or killing (a harsh word alone, "storm", "afraid", is no hurting). */
function isHurting(word: string): boolean {
  const categories = warningCategoriesOf(word);
  return categories.has('harm') || categories.has('killing');
}

/**
 * The gloss signs of an idea, from each of its words' glosses (see gloss-idea.ts, which keeps a word's first
 * few and drops harmful outliers); the grown-up, the child and the marker must be different words:
 * German "kleiner" (kiddie, kiddy, sonny) is no grown-up and child in one.
 */
export function findGlossShapes(glossesByWord: string[][]): WarningSign[] {
  const words = glossesByWord.map((glosses) => glosses.join(' ').toLowerCase().match(/[a-z]+(?:'[a-z]+)?/g) ?? []);
  const first = (test: (word: string) => boolean, except: number[] = []) => {
    const index = words.findIndex((glossWords, at) => !except.includes(at) && glossWords.some(test));
    return index < 0 ? undefined : { index, word: words[index].find(test)! };
  };
  const child = first((word) => warningCategoriesOf(word).has('child'));
  if (!child) return [];
  const signs: WarningSign[] = [];
  const grownUp = first((word) => warningCategoriesOf(word).has('adult') && !warningCategoriesOf(word).has('child'), [child.index]);
  const negated = words.some((glossWords) => glossWords.some((word) => negations.has(word)));
  // As in English (find-grown-up-signs): one marker a bedtime story rarely needs (a secret, clothes) with one more, from another word.
  const strong = first((word) => (negated && telling.has(word)) || warningCategoriesOf(word).has('secrecy') || isClothing(word) || warningCategoriesOf(word).has('underwear'), [child.index, grownUp?.index ?? -1]);
  const everyday = strong && first((word) => warningCategoriesOf(word).has('secrecy') || privatePlaces.has(word) || warningCategoriesOf(word).has('touch'), [child.index, grownUp?.index ?? -1, strong.index]);
  if (grownUp && strong && everyday) signs.push({ kind: 'a grown-up and a child with a secret, clothes or touching', words: [grownUp.word, child.word, strong.word, everyday.word], strength: 'combination' });
  const hurting = first(isHurting, [child.index]);
  if (hurting) signs.push({ kind: 'a child and a word of hurting', words: [child.word, hurting.word], strength: 'combination' });
  return signs;
}

/**
 * The warning signs of each gloss on its own (a word under killing, a harsh word), and the shapes above. One
 * gloss at a time: joined, the glosses of neighbouring words make phrases nobody wrote ("moon, lunar, natural").
 */
export function findGlossSigns(glossesByWord: string[][]): WarningSign[] {
  const glosses = [...new Set(glossesByWord.flat())];
  return [...glosses.flatMap((gloss) => findWarningSigns(gloss.toLowerCase())), ...findGlossShapes(glossesByWord)];
}
