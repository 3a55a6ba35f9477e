import { commonNounSenses } from '../../../media/illustrator/common-noun-senses.ts';
import { warningCategoriesOf } from '../../../safety/warning-categories.ts';
import { lemmasOf, sensesOf, taggedSenseCount } from '../../../safety/wordnet-lexicon.ts';
import { openingWords, personifyingWords, phraseEnders, placingWords, possessives, storyWords } from './hero-phrase-words.ts';
import { heroTraits, personWords } from './idea-vocabulary.ts';

/** What a story's hero is called as such: "the main character is a bumblebee". */
const storyRoleWords = new Set(['character', 'hero', 'heroine', 'protagonist']);
/** What a happening, a state or a telling is (WordNet's files): "danger", "adventure", "lesson", "party". */
const aboutFiles = new Set(['noun.act', 'noun.event', 'noun.state', 'noun.communication', 'noun.cognition']);
/** Words after which a doing follows in its plain form: "could fly", "can sing". */
const modalWords = new Set(['can', 'could', 'cannot', 'cant', 'will', 'would', 'might', 'should', 'must', 'may']);
/** Who does something, straight before the doing: "she flies", "they hop". */
const subjectPronouns = new Set(['she', 'he', 'they', 'we', 'i', 'you', 'it']);
/** Words for anyone or no one, which WordNet also files as people ("a nobody", "a somebody"). */
const indefinitePronouns = new Set(['nobody', 'somebody', 'someone', 'anybody', 'anyone', 'everybody', 'everyone', 'noone']);

/**
 * Whether the word at `at` names no one in the story, though WordNet or the storyteller's words may know it as a being:
 * whose a place is, anyone, a wish, a doing, the story's hero as a role, a people, a kind of story or what one is about.
 */
export function namesNoOne(words: readonly string[], at: number): boolean {
  // "in granny's kitchen", "at her best friend's house": whose the place is, said after where, names its owner, no hero.
  if (ownsPlaceNamed(words, at)) return true;
  // "nobody sees her", "everyone laughs": WordNet's nobody is a person of no account, but here it names no one.
  if (indefinitePronouns.has(words[at])) return true;
  // "wants to be an astronaut": who someone wants to become is the wish, never a hero of its own.
  if ((words[at - 1] === 'a' || words[at - 1] === 'an') && (words[at - 2] === 'be' || words[at - 2] === 'become')) return true;
  // "longing to fly again", "what if a pumpkin could fly": after "to" or a word like "can", a word that can be a verb is one, never a fly.
  if ((words[at - 1] === 'to' || modalWords.has(words[at - 1] ?? '')) && lemmasOf(words[at], 'verb').includes(words[at])) return true;
  // "where she flies to the moon", "and misses us": after someone who does it, a word used more as a doing than a thing is
  // the doing (WordNet's tagged texts), never a fly or a miss.
  if ((subjectPronouns.has(words[at - 1] ?? '') || words[at - 1] === 'and') && doneMoreThanNamed(words[at])) return true;
  // "the main character is a bumblebee": the word for a story's hero names no one; the one it is said to be is the hero.
  if (storyRoleWords.has(words[at]) && words[at + 1] === 'is') return true;
  // "an Inuit boy", "a Roma girl": a people's name before a person says who they are; the person is the one told about.
  if (namesPeopleOf(words[at], words[at + 1])) return true;
  // "he loses at snakes and ladders", "a game of cat's cradle": a word of a game's or a doing's name (WordNet, several words) is no creature.
  if (inNameOfDoing(words, at)) return true;
  // "a fairy tale about a knight", "a ghost story for my son": a kind of story WordNet names asks for one, and tells of no fairy.
  if (namesKindOfStory(words[at], words[at + 1])) return true;
  // "a stranger-danger story", "a pirate adventure where …": a being that names what an idea or a happening is about is no one in it.
  return namesWhatItIsAbout(words[at], words[at + 1]) || namesWhatAHappeningIsWith(words, at);
}

/**
 * Whether the word at `at` is inside a name of two to four words whose commonest WordNet meaning is a doing ("snakes and
 * ladders", "hide and seek": noun.act); a creature's or a thing's name ("a teddy bear", "a polar bear") stays a name of one.
 */
function inNameOfDoing(words: readonly string[], at: number): boolean {
  for (let length = 2; length <= 4; length += 1) {
    for (let start = Math.max(0, at - length + 1); start <= at && start + length <= words.length; start += 1) {
      const name = words.slice(start, start + length).join(' ');
      if (sensesOf(name, 'noun', 1)[0]?.lexicographerFile === 'noun.act') return true;
    }
  }
  return false;
}

/**
 * "a water balloon fight between the kids", "a story about a pillow fight": a thing before a happening that could also be a
 * doing ("fight", "race") names what the happening is with, when the phrase opens the idea or follows "about" or "of" and
 * its noun is singular: a singular thing before "fight" cannot be what fights ("fights" would follow), and "the fox and
 * the bear dance" has two doers.
 */
function namesWhatAHappeningIsWith(words: readonly string[], at: number): boolean {
  const [word, next] = [words[at], words[at + 1]];
  if (next === undefined || !lemmasOf(word, 'noun').includes(word) || !lemmasOf(next, 'noun').includes(next) || !lemmasOf(next, 'verb').includes(next)) return false;
  if (!namesHappening(next) || commonNounSenses(word, 1)[0]?.lexicographerFile !== 'noun.artifact') return false;
  let start = at - 1;
  while (start >= at - 3 && start >= 0 && !['a', 'an', 'the', 'and'].includes(words[start])) start -= 1;
  return ['a', 'an', 'the'].includes(words[start] ?? '') && (start === 0 || ['about', 'of'].includes(words[start - 1]));
}

/** Whether the word at `at` follows "no" or "without", past an article and describing words ("no scary monsters", "without a horse"). */
export function saidAbsent(words: readonly string[], at: number): boolean {
  let before = at - 1;
  while (before >= 0 && before >= at - 3 && (words[before] === 'a' || words[before] === 'an' || (lemmasOf(words[before], 'adj').length > 0 && lemmasOf(words[before], 'noun').length === 0))) before -= 1;
  return words[before] === 'no' || words[before] === 'without';
}

/** "fairy tale", "ghost story", "folk tale": a noun WordNet lists with a story word after it names a kind of story. */
function namesKindOfStory(word: string, next: string | undefined): boolean {
  return next !== undefined && storyWords.has(next) && lemmasOf(`${word} ${next}`, 'noun').length > 0;
}

/**
 * "stranger danger", "a pirate adventure": a singular noun straight before a noun that is only ever a noun and whose
 * commonest meaning is a happening, a state or a telling names what that is about. A word that can be a verb after it
 * ("a fox fights", "the fox and the bear dance") may be what the being does, so it is left alone.
 */
function namesWhatItIsAbout(word: string, next: string | undefined): boolean {
  if (next === undefined || phraseEnders.has(next) || personifyingWords.has(next) || storyWords.has(next)) return false;
  if (!lemmasOf(word, 'noun').includes(word) || lemmasOf(next, 'verb').length > 0 || !lemmasOf(next, 'noun').includes(next)) return false;
  return namesHappening(next);
}

/** Whether a noun's commonest meaning is a happening, a state or a telling ("adventure", "danger", "fight"). */
function namesHappening(noun: string): boolean {
  return aboutFiles.has(sensesOf(noun, 'noun', 1)[0]?.lexicographerFile ?? '');
}

/**
 * Whether the word at `at` is whose a place is, said after where ("in granny's kitchen", "at her best friend's house",
 * "under the old man's bridge"): its "'s", and before it only describing words, possessives or an article back to a
 * placing word.
 */
function ownsPlaceNamed(words: readonly string[], at: number): boolean {
  if (words[at + 1] !== 's') return false;
  let before = at - 1;
  while (before >= 0 && before >= at - 4 && (possessives.has(words[before]) || openingWords.has(words[before]) || heroTraits.has(words[before]) || lemmasOf(words[before], 'adj').length > 0) && !placingWords.has(words[before])) before -= 1;
  return before >= 0 && placingWords.has(words[before]);
}

/** A word WordNet's tagged texts use more as a verb than as a noun ("flies", "misses"; never "dogs"). */
function doneMoreThanNamed(word: string): boolean {
  const verb = lemmasOf(word, 'verb')[0];
  const noun = lemmasOf(word, 'noun')[0];
  return verb !== undefined && taggedSenseCount(verb, 'verb') > taggedSenseCount(noun ?? word, 'noun');
}

/** Whether `word` is a people's name ("Inuit", "Roma") said of the person named next ("boy", "fisherman"). */
function namesPeopleOf(word: string, next: string | undefined): boolean {
  if (next === undefined || !warningCategoriesOf(word).has('people-group')) return false;
  return personWords.has(next) || commonNounSenses(lemmasOf(next, 'noun')[0] ?? next, 1)[0]?.lexicographerFile === 'noun.person';
}
