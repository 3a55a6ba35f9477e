import { subjectWords } from '../../../media/illustrator/scene-vocabulary.ts';
import { isDictionaryWord, lemmasOf } from '../../../safety/wordnet-lexicon.ts';
import {
  companionOnlyWords, fearWords, feelingWords, heroTraits, heroWords, keepsakeWords, makeableWords, personWords, placeWords, timeWords,
} from './idea-vocabulary.ts';
import { beingOf, type Being } from './find-idea-hero.ts';
import { readIdeaParts } from './read-idea-parts.ts';
import type { IdeaParts } from './idea-parts.ts';

/** Every word the storyteller's own vocabulary and the illustrator's subjects know. */
const storytellerWords = new Set([
  ...Object.keys(heroWords), ...personWords, ...companionOnlyWords, ...heroTraits, ...Object.keys(placeWords), ...keepsakeWords, ...Object.keys(makeableWords),
  ...Object.keys(fearWords), ...Object.keys(feelingWords), ...Object.keys(timeWords), ...Object.values(subjectWords).flat(),
]);

/**
 * The gloss the storyteller reads: of each word's glosses, the first its own vocabulary knows, else the first WordNet
 * knows. The prompt check reads a word's first known gloss, which is often a rare one: Spanish "niño" is "bairn"
 * before "child", French "garçon" "bachelor" before "boy", Spanish "caballero" "cavalier" before "knight".
 */
export function glossForStoryteller(glossesByWord: readonly string[][]): string {
  return glossesByWord.map((glosses) => glosses.find((gloss) => storytellerWords.has(gloss.toLowerCase()))
    ?? glosses.find((gloss) => isDictionaryWord(gloss.toLowerCase())) ?? glosses[0]).join(' ');
}

/**
 * The parts of an idea written in another language, read from its word-by-word English gloss (see glossForStoryteller:
 * "Un petit dragon qui a peur des souris" → "a little dragon who have fear of the mouse"). Only what a gloss keeps
 * whole is taken: who the story is about (the hero, with the storyteller's own describing words, and companions),
 * where and when it happens, and a feeling or a fear. What the hero does is not: word by word a verb loses its
 * negation and its sense ("ein Ritter, der nicht kämpft", a knight who does not fight, glosses as "a knight who not
 * combats"), so goals, things to make, journeys and props are left out and reported as not understood. Nor is the
 * idea read as English: its own words are English by accident ("son" is French for "his", "fille" an English loan).
 * Every part is a vocabulary word that passed the child-mode check alone, as readIdeaParts makes it.
 */
export function readGlossedIdeaParts(englishReading: string): IdeaParts {
  const glossed = readIdeaParts(englishReading);
  return {
    ...(glossed.hero ? { hero: withoutTrailingDescription(glossed.hero) } : {}),
    ...(glossed.listener ? { listener: glossed.listener } : {}),
    traits: glossed.traits,
    companions: glossed.companions,
    ...optional('setting', glossed.setting),
    ...optional('time', glossed.time),
    ...optional('feeling', glossed.feeling),
    ...optional('fear', glossed.fear),
    // A fear is the one plot a gloss tells whole ("a little cat who is afraid of the vacuum cleaner"); else a happy day.
    plot: glossed.fear ? 'small-fear' : 'happy-day',
  };
}

/**
 * French, Spanish, Italian and Portuguese put the describing word after the noun, so a gloss reads "a dragon gentile"
 * (un drago gentile, a kind dragon) or "a grandmother mexican", which the English reader takes for one being of two
 * words: the first is the hero when the second can describe.
 */
function withoutTrailingDescription(hero: Being): Being {
  const [head, after, ...rest] = hero.word.split(' ');
  return after !== undefined && rest.length === 0 && lemmasOf(after, 'adj').length > 0 ? beingOf(head) : hero;
}

function optional<Key extends keyof IdeaParts>(key: Key, value: IdeaParts[Key] | undefined): Partial<IdeaParts> {
  return value === undefined ? {} : { [key]: value };
}
