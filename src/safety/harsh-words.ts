import { isFeelingWord } from './judgement-words.ts';
import { isKindOf, isVerbOfClass, lemmasOf, sensesOf } from './wordnet-lexicon.ts';
import { valenceOf, warningCategoriesOf } from './warning-categories.ts';

// Words that judge whoever they are said of, or liken a people to less than people: read by find-group-judgement.ts,
// harsh-word-on-group.ts and find-gloss-group-judgement.ts.

/** A criminal by the word's commonest meaning as a kind, never a named one ("teach" is also Blackbeard, Edward Teach). */
const isCriminal = (word: string) => warningCategoriesOf(word).has('bad-person') && sensesOf(word, 'noun', 1)[0]?.instance !== true;
/** A word that judges whoever it is said of: a criminal, or a harsh word (AFINN-165) that is no feeling. */
const judgesBy = (harshnessOf: (word: string) => number) => (word: string) => isCriminal(word) || (harshnessOf(word) <= -2 && !isFeelingWord(word) && !isMishap(word));
export const judges = judgesBy(valenceOf);
/**
 * judges, reading a plural noun of the idea by its singular too ("are all drunks"). Not for a gloss, whose words are
 * English verbs as often as nouns ("zieht": pulls, jerks).
 */
export const judgesPlural = judgesBy(harshness);

/** AFINN-165's valence of a word, or of its singular when AFINN lists only that ("drunks": drunk). */
export function harshness(word: string): number {
  return Math.min(valenceOf(word), ...lemmasOf(word, 'noun').filter((lemma) => lemma !== word).map(valenceOf));
}

/** A describing word of what someone is like, not how they feel ("lazy", "noisy"; never "sad", see isFeelingWord). */
export function isTrait(word: string): boolean {
  return sensesOf(word, 'adj', 1).length > 0 && !isFeelingWord(word) && sensesOf(word, 'verb', 1).length === 0;
}

/**
 * A harsh word that names what happens, not who someone is: a noun first, and no person or creature ("accident",
 * "earthquake"); or losing or missing (a verb of having or perceiving that is no taking: "lost her kite", never "steal").
 */
function isMishap(word: string): boolean {
  const losing = lemmasOf(word, 'verb').some((verb) => {
    const [sense] = sensesOf(verb, 'verb', 1);
    return sense !== undefined && ['verb.possession', 'verb.perception'].includes(sense.lexicographerFile) && !isVerbOfClass(sense, 'take');
  });
  if (losing) return true;
  // What happens to someone's body or state ("died", "bleeds"), not what they are or do to others.
  const befalls = lemmasOf(word, 'verb').some((verb) => ['verb.change', 'verb.body'].includes(sensesOf(verb, 'verb', 1)[0]?.lexicographerFile ?? ''));
  if (befalls && sensesOf(word, 'adj', 1).length === 0) return true;
  const [noun] = sensesOf(word, 'noun', 1);
  const commonerElse = (['verb', 'adj'] as const).some((wordClass) => sensesOf(word, wordClass).length > sensesOf(word, 'noun').length);
  return noun !== undefined && !commonerElse && noun.lexicographerFile !== 'noun.person' && noun.lexicographerFile !== 'noun.animal';
}

/** A harsh feeling towards whoever comes next ("hates the Jews", "fear the Muslims"): a verb of emotion, which a feeling of theirs never is. */
export const feelsAgainst = (word: string) => valenceOf(word) <= -2 && lemmasOf(word, 'verb').some((verb) => sensesOf(verb, 'verb', 1)[0]?.lexicographerFile === 'verb.emotion');

/**
 * What a people is likened to that makes them less than people: a creature ("are rats"), a weed or a blight ("are like
 * weeds: pull one out and ten grow back"), a disease or a plague. A flower or a star is no such likeness.
 */
export function dehumanises(word: string): boolean {
  return sensesOf(word, 'noun', 1)[0]?.lexicographerFile === 'noun.animal' || isBlight(word);
}

/** A weed, a pest, a parasite, a disease or an infestation, by one of its two commonest meanings. */
export function isBlight(word: string): boolean {
  return isKindOf(word, [['weed', 1], ['pest', 1], ['parasite', 1], ['disease', 1], ['infestation', 1]], 2);
}
