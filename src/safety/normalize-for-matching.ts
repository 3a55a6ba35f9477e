import { nameEmoji } from './name-emoji.ts';
import { isFlaggedWord, readDisguisedWords, readMaskedWord } from './read-disguised-words.ts';
import { isDictionaryWord } from './wordnet-lexicon.ts';

/**
 * Folds text so that disguises read as the plain word: emoji (as their names), underscores, case, accents, fullwidth forms, Cyrillic and
 * Greek look-alikes, zero-width characters, leetspeak inside words, letters spaced or dotted apart, and reversed or cut-up harmful words.
 * Repeated letters ("kiiill") are left to the patterns (each letter matches a run, see topic-rules).
 */
export interface NormalizedText {
  /** The folded text, same words in the same order. */
  text: string;
  /** Letters that were written apart ("d r i n k b e e r"), joined: word edges inside them are lost, so they are searched without edges. */
  joinedRuns: string[];
}

// Look-alikes that NFKC does not fold: Cyrillic, Greek and small capitals that pass for Latin letters.
const homoglyphs: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x', ѕ: 's', і: 'i', ї: 'i', ј: 'j', ԁ: 'd', ԛ: 'q', ԝ: 'w', г: 'r', п: 'n', л: 'n',
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', γ: 'y', ϲ: 'c',
  ᴀ: 'a', ʙ: 'b', ᴄ: 'c', ᴅ: 'd', ᴇ: 'e', ғ: 'f', ɢ: 'g', ʜ: 'h', ɪ: 'i', ᴊ: 'j', ᴋ: 'k', ʟ: 'l', ᴍ: 'm', ɴ: 'n', ᴏ: 'o', ᴘ: 'p', ʀ: 'r', ꜱ: 's', ᴛ: 't', ᴜ: 'u', ᴠ: 'v', ᴡ: 'w', ʏ: 'y', ᴢ: 'z',
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', '’': "'", '‘': "'", '`': "'",
};
const homoglyphPattern = new RegExp(`[${Object.keys(homoglyphs).join('')}]`, 'gu');
// Cyrillic letters that look like one Latin letter and are spelled as another ("г" looks like r, reads as g): a word
// is read by the sound when that makes a harmful word or the look makes no word ("гun" is "gun", not "run"; "гose" stays "rose").
const spelledAs: Record<string, string> = { г: 'g', п: 'p', л: 'l', в: 'v', н: 'n', у: 'u' };
const withSpelledAs = /[\p{L}']*[гплвну][\p{L}']*/gu;
const leet: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '9': 'g', '@': 'a', $: 's', '!': 'i', '|': 'l', '€': 'e' };
const invisible = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/g;
// Three or more single characters with separators between them: "k i l l", "s.e.x", "b-0-m-b".
const spacedRun = /(?<![\p{L}\p{N}])(?:[\p{L}\p{N}@$][\s.\-_*·•,]{1,3}){2,}[\p{L}\p{N}@$](?![\p{L}\p{N}])/gu;
// A leet character touching a letter (digits alone, like "3 little pigs", stay digits).
const leetInWord = /(?<=\p{L})[01345789@$|€]|[01345789@$!|€](?=\p{L})/gu;

export function normalizeForMatching(raw: string): NormalizedText {
  // Emoji read as their names; underscores join words the way spaces do ("kill_them_all").
  let text = nameEmoji(raw).replace(invisible, '').replaceAll('_', ' ').normalize('NFKC').toLowerCase()
    .replace(withSpelledAs, (word) => { const seen = foldLookAlikes(word); const heard = foldLookAlikes(word.replace(/[гплвну]/g, (character) => spelledAs[character])); return isFlaggedWord(heard) || (!isDictionaryWord(seen) && isDictionaryWord(heard)) ? heard : seen; })
    .replace(homoglyphPattern, (character) => homoglyphs[character]);
  // Accents only: the combining marks of Latin letters, not the voicing marks of kana.
  text = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
  // Letters masked by asterisks ("k*lls"), read before spaced letters so that "a g*n" is not joined into one word.
  text = text.replace(/(?<![\p{L}*#])\p{L}*(?:[*#]+\p{L}+)+[*#]*|(?<![\p{L}*#])\p{L}+[*#]+(?![\p{L}*#])/gu, (word) => readMaskedWord(word) ?? word);
  const joinedRuns: string[] = [];
  text = text.replace(spacedRun, (run) => {
    const joined = decodeLeet(run.replace(/[\s.\-_*·•,]/g, ''));
    joinedRuns.push(joined);
    return joined;
  });
  text = decodeLeet(text).replace(/\b(him|her|my|your|them|it|one)\s+(self|selves)\b/g, '$1$2');
  // Reversed words ("llik"), "1" meant as "l", and words cut by hyphens or dots, read only where WordNet says the result is a harmful word.
  text = readDisguisedWords(text, namesWithin(raw));
  return { text, joinedRuns };
}

/**
 * Words written as names inside a sentence ("to their Eid party"): a capital and then small letters, after a letter or a
 * comma rather than at the start or after a full stop, where any word is capitalised (a disguise there stays read).
 */
function namesWithin(raw: string): Set<string> {
  const names = new Set<string>();
  for (const match of raw.matchAll(/(?<=[\p{L},;:] +)\p{Lu}\p{Ll}+\b/gu)) names.add(match[0].toLowerCase());
  return names;
}

function foldLookAlikes(word: string): string {
  return word.replace(homoglyphPattern, (character) => homoglyphs[character]);
}

function decodeLeet(text: string): string {
  // Twice, so that runs of leet characters ("sw33ts") decode once their neighbours are letters.
  const once = text.replace(leetInWord, (character) => leet[character] ?? character);
  return once.replace(leetInWord, (character) => leet[character] ?? character);
}
