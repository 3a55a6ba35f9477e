import { checkIdeaPart } from '../../../safety/index.ts';
import { isGivenName, rareNameMeanings } from './given-names.ts';
import { isHarmlessAsThing, valenceOf, warningCategoriesOf, type WarningCategory } from '../../../safety/warning-categories.ts';
import { lemmasOf, sensesOf } from '../../../safety/wordnet-lexicon.ts';
import { namingWords } from './made-someone.ts';
import { isAdverb } from './is-adverb.ts';

// "Sir Bramble", "Captain Bo": a title goes with the name it comes before.
const titles = String.raw`(?:(?:Sir|Dame|Mr|Mrs|Ms|Miss|Captain|Princess|Prince|King|Queen|Doctor|Dr|Professor|Auntie|Uncle|Grandma|Grandpa|Granny)\.?\s+)?`;
const name = String.raw`[A-Z][a-z]{1,11}`;
const wholeName = new RegExp(`^${titles}${name}$`, 'u');

/** Whether a text has the shape of a name readHeroName gives ("Tilly", "Sir Bramble"): what an outline's "hero's name" may hold. */
export function isHeroNameShape(text: string): boolean {
  return wholeName.test(text);
}
/** What WordNet may file a name under that a story never calls its hero: harm, weapons, drugs, sex, a criminal, a people. */
export const barredNameCategories: WarningCategory[] = ['sexual', 'killing', 'harm', 'weapon', 'explosive', 'drug-of-abuse', 'medicine', 'chemical', 'bad-person', 'people-group', 'body', 'underwear'];
/** What bars a popular given name: all of the above but the rare meanings such a name does not carry (see rareNameMeanings). */
export const barredGivenNameCategories = barredNameCategories.filter((category) => !rareNameMeanings.has(category));

/**
 * The name an idea gives its hero ("a tractor named Tilly", "a badger called Bert", "Bruno the bulldozer"), told in the
 * story instead of one of the storyteller's own. A name is where a harmful idea hides its word, so only a capitalised
 * word of 2 to 12 letters that passes the child-mode check alone, names nobody real (no WordNet instance: a famous
 * person or place) and that WordNet files under no harm, weapon, drug, body or people; a popular given name may be a
 * missile or a drug too ("Sam", "Max": see rareNameMeanings). `heroWord` is the hero as the parts name it ("ice cream van" ends in "van").
 */
export function readHeroName(idea: string, heroWord: string): string | undefined {
  const hero = heroWord.split(' ').at(-1)!;
  const naming = String.raw`\b${hero}s?\s+(?:(?:who\s+is|that\s+is)\s+)?(?:${[...namingWords].join('|')})\s+`;
  const after = new RegExp(String.raw`${naming}(${titles}${name})\b`, 'u').exec(idea)?.[1] ?? givenNameAfter(idea, naming);
  // "Luna, the little fox, …": the name may stand apart by a comma.
  const beforeMatch = new RegExp(String.raw`(?:^|[^\p{L}])(${titles}${name}),?\s+the\s+(?:[a-z]+\s+){0,2}?${hero}\b`, 'u').exec(idea);
  const before = beforeMatch?.[1];
  // "our cat Biscuit", "my dog Max", "my daughter's toy rabbit Flopsy": a family's own pet or toy, named straight after it
  // (their own child is the profile's, see readIdeaParts).
  const owned = new RegExp(String.raw`\b(?:[Mm]y|[Oo]ur)\s+(?:[a-z]+(?:['’]s)?\s+){0,2}?${hero}s?\s+(${name})\b`, 'u').exec(idea)?.[1];
  // "Afterwards the grumpy fox": before "the", only a word that is no other word of English (WordNet has no adverb, verb or describing word of it).
  const plainName = (word: string) => !isAdverb(word.toLowerCase()) && !(['verb', 'adj'] as const).some((wordClass) => sensesOf(word.toLowerCase(), wordClass).length > 0);
  // "Pip the penguin wants to fly", "a story about Rusty the tractor": a word that is also a verb or a describing word is a
  // name all the same inside a sentence, or when the one it names then does something ("Bolt the robot saves the day"); opening
  // a sentence with nothing done after, it may be an order ("Make the fox brave", "Help the bear").
  const beforeAt = beforeMatch === null ? -1 : beforeMatch.index + beforeMatch[0].indexOf(beforeMatch[1]);
  const insideSentence = beforeAt > 0 && !/(?:^|[.!?:;])\s*["'“]?$/u.test(idea.slice(0, beforeAt));
  const doneNext = beforeMatch === null ? undefined : /^\s+([a-z]+s)\b/u.exec(idea.slice(beforeMatch.index + beforeMatch[0].length))?.[1];
  const doesSomething = doneNext !== undefined && lemmasOf(doneNext, 'verb').some((lemma) => lemma !== doneNext);
  const nameWord = before?.split(/\s+/).at(-1);
  const plainBefore = nameWord !== undefined && (plainName(nameWord) || ((insideSentence || doesSomething) && !isAdverb(nameWord.toLowerCase()))) ? before : undefined;
  const found = (after ?? plainBefore ?? (owned !== undefined && plainName(owned) ? owned : undefined))?.replace(/\s+/g, ' ');
  return found !== undefined && isSafeName(found.split(' ').at(-1)!) ? found : undefined;
}

/**
 * "a girl named nia", "a boy called kai": typed in lower case, straight after a word that names, a word of the popular-name
 * lists (a curated list, no place a harmful idea adds its own word) is the name all the same, told with its capital.
 */
function givenNameAfter(idea: string, naming: string): string | undefined {
  const word = new RegExp(String.raw`${naming}(\p{Ll}{2,12})(?!\p{L})`, 'u').exec(idea)?.[1];
  return word !== undefined && isGivenName(word) ? `${word[0].toUpperCase()}${word.slice(1)}` : undefined;
}

function isSafeName(word: string): boolean {
  const lower = word.toLowerCase();
  const categories = warningCategoriesOf(lower);
  // "a girl named Sam", "Max the puppy": a popular given name carries neither its rare meanings (see rareNameMeanings) nor
  // the famous people WordNet lists by it.
  const given = isGivenName(lower);
  const barred = given ? barredGivenNameCategories : barredNameCategories;
  // "Pip": a seed or a spot first, to shoot only as a rare verb; as a name it is the thing (the prompt check reads it so too).
  if ((barred.some((category) => categories.has(category)) && !isHarmlessAsThing(lower, barred)) || valenceOf(lower) < 0) return false;
  if (!given && sensesOf(lower, 'noun').some((sense) => sense.instance === true)) return false;
  return checkIdeaPart(word, 'child').safe;
}
