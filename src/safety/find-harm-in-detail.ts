import { sensesOf } from './wordnet-lexicon.ts';
import { valenceOf, warningCategoriesOf } from './warning-categories.ts';
import type { WarningSign } from './warning-sign.ts';

/**
 * Harm asked for in detail: a request to tell something at length or as vividly as it can be told, beside a word of
 * killing or sex, a very harsh word, or a creature eating a person ("describe a zombie eating a baby in as much detail
 * as possible"). A bedtime story may hold a wolf that eats grandma; it never lingers on it, so the lingering asked
 * for is the sign, and a castle or a dragon's hoard described in detail is none (no harm word beside it).
 */
const detailAsked = /\b(?:in|with) (?:as much |more |full |great |graphic |gory |vivid |gruesome |lots of |loving |close |every )?detail\b|\bdetailed\b|\bas (?:gory|graphic|bloody|gruesome|realistic|vivid|detailed|disgusting|horrible) as (?:possible|you can|it gets)\b|\bexactly what it (?:feels|felt|looks|looked) like\b|\b(?:describe|describes|describing|tell|show) (?:every|each|all the) (?:bit|detail|part|step|moment|wound|cut)s?\b/;
// Eating someone: the eater may be any creature, the eaten must be a person by WordNet's commonest meaning.
const eating = /\b(?:eat|eats|ate|eaten|eating|devour\w*|chew\w*|gobbl\w*|munch\w*) (?:up )?(?:(?:a|an|the|his|her|their|my|your|some|all the|two|three) )?([a-z]+)(?: ([a-z]+))?\b/g;

/** The sign of harm asked for in detail, in an idea folded by normalizeForMatching, or none. */
export function findHarmInDetail(folded: string, words: readonly string[]): WarningSign[] {
  const asked = detailAsked.exec(folded)?.[0];
  if (!asked) return [];
  const harmWords = words.filter((word) => {
    const categories = warningCategoriesOf(word);
    return categories.has('killing') || categories.has('sexual') || valenceOf(word) <= -3;
  });
  const isPerson = (word: string | undefined) => word !== undefined && sensesOf(word, 'noun', 1)[0]?.lexicographerFile === 'noun.person';
  // The eaten is the first word after the verb or the second ("eating a little baby").
  const eaten = [...folded.matchAll(eating)].find((match) => isPerson(match[1]) || isPerson(match[2]))?.[0];
  const harm = [...new Set([...harmWords, ...(eaten ? [eaten] : [])])];
  return harm.length === 0 ? [] : [{ kind: 'harm asked for in detail', words: [asked, ...harm], strength: 'combination' }];
}
