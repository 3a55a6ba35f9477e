import { isKindOf, sensesOf } from './wordnet-lexicon.ts';

/*
 * What an idea claims about a group of people that find-group-judgement.ts has already found marked by who they are
 * (`markedWords`: the words of every mark): banned, better gone, denied a mind, holding power, or blamed for what is
 * done to them. Each returns the words that say it, or undefined.
 */

/** The last `count` words before `at`. */
function lastWords(folded: string, at: number, count: number): string[] {
  return (folded.slice(0, at).match(/[a-z]+/g) ?? []).slice(-count);
}

/** The group itself banned or barred ("the school bans all Muslim students"); never a thing banned ("bans phones"). */
export function bannedGroup(folded: string, markedWords: ReadonlySet<string>): string | undefined {
  for (const match of folded.matchAll(/\b(?:ban|bans|banned|banning|barred|barring) (?:(?:all|the|every|any) )*([a-z]+)(?: ([a-z]+))?/g)) {
    if (markedWords.has(match[1]) || (markedWords.has(match[2] ?? '') && sensesOf(match[1], 'adj', 1).length > 0)) return match[0];
  }
  return undefined;
}

// Harm said to be deserved for who someone is ("the teacher says she deserves it for being different"): blaming whoever is hurt.
export const deservedIt = /\b(?:deserves?|deserved|asked for|had it coming|has it coming)(?: it| to be [a-z]+)? (?:for being|because (?:she|he|they) (?:is|are|was|were))\b/;

// A place said to be better once the group has gone: "the town became safe and happy again once all the refugees were gone".
const goneWords = /\b(?:gone|left|leave|leaves|moved away|went away|disappeared|were sent away|was sent away|driven out)\b/g;
const betterAgain = /\b(?:happy|safe|calm|peaceful|quiet|clean|nice|normal|good)(?:er)? again\b|\b(?:became|becomes|was|is|were|are|felt|feels) (?:so |much |a lot )?(?:safer|calmer|happier|better|quieter|cleaner|nicer|more peaceful)\b/;
/** The place better once the group is gone, or once "they" are (see betterAgain). */
export function betterWithout(folded: string, markedWords: ReadonlySet<string>): string | undefined {
  const better = betterAgain.exec(folded);
  if (!better) return undefined;
  for (const gone of folded.matchAll(goneWords)) {
    const before = lastWords(folded, gone.index, 5);
    if (before.some((word) => markedWords.has(word)) || (before.includes('they') && /\b(?:once|after|when|since|now that)\b/.test(before.join(' ')))) return `${gone[0]} … ${better[0]}`;
  }
  return undefined;
}

// A mind denied to a whole group: "can't do maths", "are unable to learn".
const mindDenial = /\b(?:can'?t|cannot|can never|could never|will never|are unable to|aren'?t able to|are not able to|never) (?:learn|think|understand|read|count|do (?:maths?|sums|science|numbers))\b/;
/** A mind denied within eight words after the group is named. */
export function mindDenied(folded: string, markedWords: ReadonlySet<string>): string | undefined {
  const denied = mindDenial.exec(folded);
  if (!denied) return undefined;
  const before = lastWords(folded, denied.index, 8);
  return before.some((word) => markedWords.has(word)) ? denied[0] : undefined;
}

// A people said to hold the world's power: "the Jews control all the banks", "are trying to take over the country".
const control = /\b([a-z]+) (?:secretly |really |all |actually )?(?:control|controls|rule|rules|run|runs|own|owns) (?:all (?:the |of the )?|the whole |everything|the world|the media|the banks|the news|the government|the money)|\b(?:take|taking|took|takes) over (?:(?:the|our|this|every) (?:country|world|town|city|school|government)\b|([a-z]+))/;
/** Power said of the group: the group just before the verb, or named within eight words before "take over". */
export function inControl(folded: string, markedWords: ReadonlySet<string>): string | undefined {
  const said = control.exec(folded);
  if (!said) return undefined;
  if (said[1] !== undefined) return markedWords.has(said[1]) ? said[0] : undefined;
  // "take over Europe": a place WordNet names, a country or a continent.
  if (said[2] !== undefined && !isKindOf(said[2], [['country', 2], ['continent', 1]], 1)) return undefined;
  const before = lastWords(folded, said.index, 8);
  return before.some((word) => markedWords.has(word)) ? said[0] : undefined;
}
