import { hypernymClosure, senseOffset, sensesOf, type Synset } from './wordnet-lexicon.ts';

/**
 * Whether a sentence (folded by normalizeForMatching) shows a blade at kitchen work: a verb of cutting (below
 * WordNet's "cut": chop, slice, dice, carve, hack) whose object, within a few words, is a food or a plant ("chops
 * carrots", "to slice the birthday cake"), and no verb of cutting whose object is anyone or anything else. A chef's
 * knife beside a child is a cooking class, not a threat; a knife that cuts a person is not read as kitchen work.
 */
export function showsKitchenWork(sentence: string): boolean {
  const words = sentence.match(/[a-z]+(?:'[a-z]+)?/g) ?? [];
  let cutsFood = false;
  let cooks = false;
  for (const [at, word] of words.entries()) {
    // "makes pizza with his mum: she uses the knife and the hot oven": cooking a food, with no cutting of anything else.
    if (!cooks && isCooking(word) && objectAfter(words, at + 1) === 'food') cooks = true;
    if (!isCutting(word)) continue;
    const object = objectAfter(words, at + 1);
    if (object !== 'food') return false;
    cutsFood = true;
  }
  return cutsFood || cooks;
}

// The words between a verb and its object: articles, possessives, a few sizes and a quantity ("some", "all the").
const beforeObject = /^(?:the|a|an|some|all|his|her|their|my|your|our|its|up|big|small|little|fresh|ripe|juicy|orange|green|red|yellow|crunchy|tasty|more|many|few|two|three|into)$/;
const objectReach = 4;

/** What a verb acts on: "food" (its commonest meanings a food or a plant, never a person or an animal), "other", or "none" found. */
function objectAfter(words: string[], from: number): 'food' | 'other' | 'none' {
  for (let at = from; at < Math.min(words.length, from + objectReach); at += 1) {
    const word = words[at].replace(/'s$/, '');
    if (beforeObject.test(word)) continue;
    // "the birthday cake": a two-word name of a food is read whole before its first word.
    const pair = at + 1 < words.length ? `${word} ${words[at + 1]}` : '';
    const pairMeanings = pair ? sensesOf(pair, 'noun', 2) : [];
    const meanings = pairMeanings.length > 0 ? pairMeanings : sensesOf(word, 'noun', 2);
    if (meanings.length === 0) continue;
    // "a rainbow salad", "the fairy cakes": a thing before a food only says which food, unless it is someone.
    const next = pairMeanings.length === 0 && at + 1 < words.length ? sensesOf(words[at + 1].replace(/'s$/, ''), 'noun', 2) : [];
    if (!isFood(meanings) && isFood(next) && !meanings.some(isBeing)) return 'food';
    return isFood(meanings) ? 'food' : 'other';
  }
  return 'none';
}

const isBeing = (sense: Synset) => sense.lexicographerFile === 'noun.person' || sense.lexicographerFile === 'noun.animal';
const isFood = (meanings: Synset[]) => meanings.some((sense) => sense.lexicographerFile === 'noun.food' || sense.lexicographerFile === 'noun.plant') && !meanings.some(isBeing);

let cookOffsets: number[] | undefined;

/**
 * A verb of making a meal: WordNet's "cook" (prepare a hot meal) or a verb below it ("bake", "fry"), or making or
 * preparing, by the word's two commonest meanings; read only with a food straight after (see showsKitchenWork).
 */
function isCooking(word: string): boolean {
  cookOffsets ??= [senseOffset('cook', 'verb', 1), senseOffset('cook', 'verb', 2)].filter((offset): offset is number => offset !== undefined);
  if (/^(?:make|makes|making|made|prepare|prepares|preparing|prepared)$/.test(word)) return true;
  return word.length >= 3 && sensesOf(word, 'verb', 2).some((sense) => cookOffsets!.some((offset) => hypernymClosure('verb', sense).has(offset)));
}

let cutOffset: number | undefined;

/** A verb below WordNet's "cut" (separate with an instrument), by its two commonest meanings; "cut" itself too. */
function isCutting(word: string): boolean {
  cutOffset ??= senseOffset('cut', 'verb', 1);
  if (cutOffset === undefined || word.length < 3) return false;
  // A word whose commonest meaning is a thing ("a cube", "a carving") is not read as a verb here.
  const asNoun = sensesOf(word, 'noun', 1)[0];
  if (asNoun && sensesOf(word, 'verb').length === 0) return false;
  return sensesOf(word, 'verb', 2).some((sense) => hypernymClosure('verb', sense).has(cutOffset!));
}

const pronoun = /^(?:them|him|her|it|me|you|us|everyone|everybody|someone|somebody|anyone|anybody)$/;
// Blows that are also kitchen work when a food takes them: "punch the dough down", "mash the potatoes", "crush the garlic".
const blow = /^(?:punch|punches|punched|punching|beat|beats|beating|smash|smashes|smashed|smashing|bash|bashes|bashed|bashing|whack|whacks|whacked|whacking|pound|pounds|pounded|pounding|crush|crushes|crushed|crushing|squash|squashes|squashed|squashing|mash|mashes|mashed|mashing)$/;

/**
 * Folded text with each blow blanked whose object, within a few words, is a food or a plant and never a being (see
 * objectAfter: "the chicken" is a bird too, so "beat the chicken" is still read). The rules read "punch" beside a kid and
 * a mum as a child hit; "a kid who helps mum bake bread and gets to punch the dough down" hits no one.
 */
export function blankBlowsToFood(folded: string): string {
  const found = [...folded.matchAll(/[a-z]+(?:'[a-z]+)?/g)];
  const words = found.map((match) => match[0]);
  const blows = found.filter((match, at) => {
    if (!blow.test(match[0])) return false;
    const from = at + 1 + (words[at + 1] === 'down' || words[at + 1] === 'up' ? 1 : 0);
    // "crush them and mix them with sugar": a pronoun is the object, whatever food comes after it.
    return !pronoun.test(words[from] ?? '') && objectAfter(words, from) === 'food';
  });
  return blows.reduceRight((text, match) => `${text.slice(0, match.index)} ~ ${text.slice(match.index + match[0].length)}`, folded);
}
