import { warningCategoriesOf, type WarningCategory } from './warning-categories.ts';
import { lemmasOf, sensesOf } from './wordnet-lexicon.ts';

/** A killing verb, an optional adverb before it, and what follows it. */
const killingAfter = /\b([a-z]+)((?: (?:absolutely|totally|really|completely|just|simply|utterly|always|usually))?) (kill|kills|killed|slay|slays|slayed|slew)\b(?= *(?:[,.;:!?)]|$|(?:at|in|on|with|and|but|so|everyone|everybody|the (?:crowd|room|audience|show|party|class))\b))/g;

/** What WordNet files a harm under: a word in any of these keeps its killing. */
const harmCategories: WarningCategory[] = ['harm', 'killing', 'weapon', 'explosive'];

/**
 * Whether a word is a saying or a doing first in WordNet (a joke, a song, a speech, a performance): something that cannot
 * take a life. An act of harm is a doing too ("the attack killed", "the shooting killed"): a word WordNet files under harm,
 * killing or weapons keeps its killing.
 */
function isSayingOrDoing(word: string): boolean {
  const categories = warningCategoriesOf(word);
  if (harmCategories.some((category) => categories.has(category))) return false;
  const lemma = lemmasOf(word, 'noun').at(-1);
  const [first] = lemma === undefined ? [] : sensesOf(lemma, 'noun', 1);
  return first !== undefined && (first.lexicographerFile === 'noun.communication' || first.lexicographerFile === 'noun.act') && sensesOf(lemma!, 'noun').every((sense) => sense.lexicographerFile !== 'noun.person' && sense.lexicographerFile !== 'noun.animal');
}

/**
 * Folded text (normalizeForMatching) with a joke's or a show's "killing" blanked: "his knock-knock joke absolutely killed at
 * the family dinner" is a joke that went down well. Read by what kills (WordNet: a message or an act, never a person or an
 * animal) and by nobody being killed (nothing but a place, a linking word or the audience after it); "the joke killed the
 * king" and "the hunter killed" stay as written.
 */
export function blankFigurativeKilling(folded: string): string {
  return blankLaughingToDeath(folded.replace(killingAfter, (whole: string, subject: string, adverb: string) => (isSayingOrDoing(subject) ? `${subject}${adverb} ~` : whole)));
}

/**
 * A death or a killing word, up to four words, then laughter: dying of laughter is laughing hard in most languages,
 * and their English readings keep the death word ("se muere de risa": "dies of laugh"; "matan de risa a todo el pueblo":
 * "kill of laugh to all the village"; "mort de rire": "died to laugh"), as English keeps "died laughing". Not laughing gas.
 * Each word is tried in turn (the laughter is looked ahead to, not taken), so a word before the death word cannot hide it.
 */
const laughingToDeath = /\b[a-z]+\b(?=(?: [a-z]+){0,4}? (?:of|from|at|to|with) (?:the )?(?:laugh|laughs|laughter|laughing|giggles|giggling)\b(?! gas)| laughing\b(?! gas))/g;
const deathLemmas = new Set(['die', 'death', 'dead', 'expire']);

function isDeathWord(word: string): boolean {
  return warningCategoriesOf(word).has('killing') || lemmasOf(word, 'verb').some((lemma) => deathLemmas.has(lemma)) || deathLemmas.has(word);
}

/** Folded text with the death word of "dying of laughter" blanked; see laughingToDeath. */
function blankLaughingToDeath(folded: string): string {
  return folded.replace(laughingToDeath, (word: string) => (isDeathWord(word) ? '~' : word));
}
