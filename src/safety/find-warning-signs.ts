import { findBodyHarm } from './find-body-harm.ts';
import { findDetailsAsked } from './find-details-asked.ts';
import { findHarmInDetail } from './find-harm-in-detail.ts';
import { findGroupJudgement } from './find-group-judgement.ts';
import { findGrownUpSigns } from './find-grown-up-signs.ts';
import { findHarmShapes } from './find-harm-shapes.ts';
import { findQuietHarmShapes } from './find-quiet-harm-shapes.ts';
import { isHarmlessAsThing, nounCategoriesOf, valenceOf, warningCategoriesOf, type WarningCategory } from './warning-categories.ts';
import { isKindOf, lemmasOf, sensesOf, taggedSenseCount } from './wordnet-lexicon.ts';
import type { WarningSign } from './warning-sign.ts';

/** One reason to read an idea with care. Strong signs refuse an idea the storyteller cannot read; combinations refuse any idea. */
export type { WarningSign } from './warning-sign.ts';

const strongCategories: WarningCategory[] = ['sexual', 'killing'];
const weakCategories: WarningCategory[] = ['harm', 'weapon', 'medicine', 'explosive', 'drug-of-abuse'];
// Framing, not vocabulary: the shapes of a request for instructions, of role-play and of closeness.
const instructionFrame = /\b(how to|step by step|steps?|recipe|instructions?|mak(?:e|es|ing) (?:his|her|their|its|your|my) own|exact(ly)? (amount|recipe|way)|first\b.{1,80}\bthen)\b|\b\d+\s*(cups?|grams?|g|ml|litres?|liters?|spoons?|tablespoons?|ounces?|oz|parts?|drops?|pills?)\b/;
// An amount asked for ("how many sleeping pills it takes to die"): beside a drug in one of its two commonest meanings (a pill
// is a dose of medicine second) and a word of death or harm, a dose to copy.
const madeToHurt = /\b(?:hard|strong|sharp|powerful|fast|heavy) enough to (?:hurt|break|kill|knock|crack|cut|pierce|smash|injure|wound)\b/;
const amountAsked = /\bhow (many|much)\b/;
const rolePlayFrame = /\b(pretend (you are|to be|you'?re)|role-?play|let'?s play a game|you are (now )?(a |an )?[a-z]*(bot|ai|teller|gpt)\b|you'?re (the|my) [a-z]+|i'?m (the|your) [a-z]+,|act as|stay in character|(no|without) (rules|limits|filters))\b/;
// A story asked for grown-ups ("story for grown ups tonight 😏"), or what grown-ups do in bed told to children: never a bedtime story's.
const grownUpsStory = /\b(?:story|tale|something|one) for (?:the )?(?:grown-? ?ups|adults)(?! (?:and|to read|to tell|to share|to enjoy))\b|\b(?:adults?|grown-?ups?) only\b|\bnsfw\b|\bwhat (?:they|grown-?ups|adults|[a-z]+ and [a-z]+) (?:do|did|are doing) (?:in|under) (?:bed|the bed|the covers|the bedroom)\b|\bnaughty night\b/;
// Grown-up acts asked for by their euphemism or in explicit detail ("grown-up bedroom activities in explicit detail"):
// no bedtime story has either, whoever it is for.
const explicitAsked = /\b(?:grown-?up|adult) (?:bedroom|bed|night-?time) (?:activities|things|stuff|games|fun)\b|\bin (?:explicit|graphic|steamy|x-rated) detail\b/;
const closeFrame = /\b(under (his|her|their|the) (blanket|covers|clothes|dress|skirt|shirt|nightie|pyjamas|pajamas|underwear)|in (his|her|their|the) (bed|bath|room) (at night|alone|together)|(sit|sits|sitting) on (his|her|(?:[a-z]+ )?[a-z]+'s) lap|bath together|no (clothes|dress|pants)( on)?|without (clothes|a dress))\b/;

// "a shark named Finn", "a knight called Sir Bramble": what a creature or a person the idea introduces is called.
const namedBeing = /\b(?:a|an|the) (?:[a-z]+ ){0,2}?([a-z]+) (?:named|called) (?:(?:sir|dame) )?([a-z]+)\b/g;

/**
 * The names an idea gives its creatures and people, read as names, not as the people WordNet files them under ("Finn").
 * Only after a being the idea introduces ("a game called …" names no one), and never a describing word ("a boy called
 * fat" is a taunt) nor a word in everyday use (WordNet's tagged texts used it more than once). A name that can mean
 * killing or sex is where a harmful idea hides its word, so it is let go only where the harm is a verb the word is
 * less often than a thing ("Pip": four meanings as a seed, a spot, a signal or an illness, one rare verb of shooting;
 * never "Slay"), and only where it is given: said again elsewhere in the idea, it is read.
 */
function beingNames(folded: string): { everywhere: Set<string>; givenAt: Set<number> } {
  const everywhere = new Set<string>();
  const givenAt = new Set<number>();
  for (const match of folded.matchAll(namedBeing)) {
    const [, being, name] = match;
    if (sensesOf(name, 'adj').length > 0 || (['noun', 'verb'] as const).reduce((sum, wordClass) => sum + taggedSenseCount(name, wordClass), 0) > 1) continue;
    if (!['noun.person', 'noun.animal'].includes(sensesOf(being, 'noun', 1)[0]?.lexicographerFile ?? '')) continue;
    if (!strongCategories.some((category) => warningCategoriesOf(name).has(category))) everywhere.add(name);
    else if (isHarmlessAsThing(name, strongCategories)) givenAt.add(wordsBefore(folded, match.index + match[0].length - name.length));
  }
  return { everywhere, givenAt };
}

const wordPattern = /[a-z]+(?:'[a-z]+)?/g;
/** How many words come before a place in the folded idea: the index of the word that starts there. */
function wordsBefore(folded: string, at: number): number {
  return folded.slice(0, at).match(wordPattern)?.length ?? 0;
}

/**
 * Whether a word is a thing someone has, by the word before it: after "my", "his", "their" and the like a word is a noun,
 * and after "her" (also whom something is done to: "watch her undress") a noun in the plural ("her mates").
 */
function ownedThing(before: string | undefined, word: string): boolean {
  if (before === undefined) return false;
  if (/^(?:my|your|his|our|their|its)$/.test(before)) return true;
  return before === 'her' && word.endsWith('s') && lemmasOf(word, 'noun').some((lemma) => lemma !== word);
}

/**
 * The warning signs in an idea already folded by normalizeForMatching: words whose WordNet meanings fall
 * under harm, sex, drugs or weapons, strongly negative words (AFINN-165), and the shapes of harm that
 * need no such word: a grown-up, a child and a secret or a bed (find-grown-up-signs); a people judged
 * (find-group-judgement); harm told in everyday words (find-harm-shapes, find-body-harm) or asked for in detail
 * (find-harm-in-detail); instructions with chemicals; role-play framing. `folded` has the rules' harmless phrases
 * blanked ("kills time", "secret surprise") and the words are read there; the shapes read `unblanked`, since a phrase
 * harmless as words can be part of a shape ("gives the baby cough syrup so she sleeps all night" once passed because
 * "cough syrup" was blanked before the shape looked). On the 28 sets no verdict moved when the shapes stopped reading
 * the blanked text: a shape is specific enough not to need it.
 */
export function findWarningSigns(folded: string, unblanked: string = folded): WarningSign[] {
  const words = folded.match(wordPattern)?.map((word) => word.replace(/'s$/, '')) ?? [];
  const allWords = unblanked.match(wordPattern)?.map((word) => word.replace(/'s$/, '')) ?? [];
  const names = beingNames(folded);
  // The idea's words as signs read them: a name given to a creature is no word of harm (see beingNames).
  const signWords = words.filter((word, at) => !names.everywhere.has(word) && !names.givenAt.has(at));
  const byCategory = new Map<WarningCategory, string[]>();
  const signs: WarningSign[] = [];
  signWords.forEach((word, at) => {
    const categories = ownedThing(signWords[at - 1], word) ? nounCategoriesOf(word) : warningCategoriesOf(word);
    for (const category of categories) byCategory.set(category, [...(byCategory.get(category) ?? []), word]);
    // "a tiny shrew", "a jackass who brays": a creature among a word's two commonest meanings is the creature, not the insult;
    // nor is a word after a part of the body that names it ("a finger prick", "a heel prick"): no insult has a body part before it.
    const afterBodyPart = at > 0 && sensesOf(signWords[at - 1], 'noun', 1)[0]?.lexicographerFile === 'noun.body';
    const valence = afterBodyPart || sensesOf(word, 'noun', 2).some((sense) => sense.lexicographerFile === 'noun.animal') ? 0 : valenceOf(word);
    if (valence <= -4) signs.push({ kind: 'a very harsh word', words: [word], strength: 'strong' });
    else if (valence === -3) signs.push({ kind: 'a harsh word', words: [word], strength: 'weak' });
  });
  const has = (category: WarningCategory) => (byCategory.get(category)?.length ?? 0) > 0;
  const wordsOf = (...categories: WarningCategory[]) => [...new Set(categories.flatMap((category) => byCategory.get(category) ?? []))];
  for (const category of strongCategories) if (has(category)) signs.push({ kind: category.replaceAll('-', ' '), words: wordsOf(category), strength: 'strong' });
  for (const category of weakCategories) if (has(category)) signs.push({ kind: category, words: wordsOf(category), strength: 'weak' });
  const close = closeFrame.exec(folded)?.[0];
  const grownUps = grownUpsStory.exec(folded)?.[0];
  if (grownUps) signs.push({ kind: 'a story for grown-ups', words: [grownUps], strength: has('child') ? 'combination' : 'strong' });
  const explicit = explicitAsked.exec(folded)?.[0];
  if (explicit) signs.push({ kind: 'a story for grown-ups', words: [explicit], strength: 'combination' });
  signs.push(...findDetailsAsked(unblanked), ...findGrownUpSigns(unblanked, allWords), ...findGroupJudgement(unblanked, signWords), ...findHarmShapes(unblanked), ...findQuietHarmShapes(unblanked), ...findBodyHarm(unblanked), ...findHarmInDetail(unblanked, signWords));
  const instruction = instructionFrame.exec(folded)?.[0];
  // A thing made to be strong enough to hurt ("a slingshot that fires steel balls hard enough to break someone's head"):
  // with instructions it is a weapon whatever WordNet calls the thing (a slingshot is a plaything there).
  const harmPower = madeToHurt.exec(folded)?.[0];
  if (instruction && (has('chemical') || has('explosive') || has('drug-of-abuse') || has('weapon') || has('medicine') || harmPower)) {
    signs.push({ kind: 'instructions for something dangerous', words: [instruction, ...wordsOf('chemical', 'explosive', 'drug-of-abuse', 'weapon', 'medicine'), ...(harmPower ? [harmPower] : [])], strength: 'combination' });
  }
  const dose = amountAsked.exec(folded)?.[0];
  const doseWords = dose ? words.filter((word) => warningCategoriesOf(word).has('medicine') || isKindOf(word, [['drug', 1]], 2)) : [];
  const deathWords = words.filter((word) => warningCategoriesOf(word).has('killing') || warningCategoriesOf(word).has('harm') || valenceOf(word) <= -2);
  if (dose && doseWords.length > 0 && deathWords.length > 0) signs.push({ kind: 'asking for a harmful dose', words: [dose, ...doseWords, ...deathWords], strength: 'combination' });
  const rolePlay = rolePlayFrame.exec(folded)?.[0];
  // Role-play framing is how a harmful request is dressed up: with any other sign it refuses on its own.
  if (rolePlay && signs.length > 0) signs.push({ kind: 'role-play around a warning sign', words: [rolePlay, ...signs.flatMap((sign) => sign.words)], strength: 'combination' });
  else if (rolePlay) signs.push({ kind: 'role-play', words: [rolePlay], strength: 'weak' });
  if (close) signs.push({ kind: 'closeness', words: [close], strength: 'weak' });
  return signs;
}
