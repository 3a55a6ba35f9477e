import emojiKeywords from 'emojilib' with { type: 'json' };
import { francAll } from 'franc-min';
import { isDictionaryWord } from './wordnet-lexicon.ts';
import {
  companionOnlyWords, heroTraits, heroWords, keepsakeWords, makeableWords, personWords, placeWords,
} from '../providers/builtin/storyteller/idea-vocabulary.ts';

/** Languages the prompt check's rules are written and measured for (ISO 639-3, as franc names them). */
export const readLanguages = new Set(['eng', 'fra', 'spa', 'deu', 'jpn']);

const scriptNames: Record<string, string> = {
  Hangul: 'Korean', Cyrillic: 'Cyrillic script (Russian and others)', Arabic: 'Arabic script', Hebrew: 'Hebrew', Greek: 'Greek',
  Thai: 'Thai', Devanagari: 'Devanagari script', Bengali: 'Bengali', Tamil: 'Tamil', Georgian: 'Georgian', Armenian: 'Armenian', Ethiopic: 'Ethiopic',
};
// Swahili, Tagalog, Hausa: franc's guess for romanised Japanese and other lines it has no model of, so they are not named.
const languageNames: Record<string, string> = {
  ita: 'Italian', por: 'Portuguese', nld: 'Dutch', pol: 'Polish', ron: 'Romanian', ces: 'Czech', slk: 'Slovak', hun: 'Hungarian', tur: 'Turkish',
  swe: 'Swedish', dan: 'Danish', nob: 'Norwegian', fin: 'Finnish', ind: 'Indonesian', vie: 'Vietnamese', cat: 'Catalan',
};

const unreadLetter = /[^\p{Script=Latin}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;
const unreadLetterOrHan = /[^\p{Script=Latin}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** The unread letters' commonest script in plain words; Han without kana is Chinese. */
function scriptName(unreadLetters: string[]): string {
  const counts = new Map<string, number>();
  for (const letter of unreadLetters) {
    const script = [...Object.keys(scriptNames), 'Han'].find((name) => new RegExp(`\\p{Script=${name}}`, 'u').test(letter)) ?? 'other';
    counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  const [commonest] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  return commonest === 'Han' ? 'Chinese' : scriptNames[commonest] ?? 'a script the checks do not read';
}

/** Below this many letters a trigram guess is noise ("a cat" reads as Romanian): short ideas are left to the other checks. */
const minimumLetters = 18;
/**
 * An idea at least this share of whose words are English (WordNet's dictionary, function words, the storyteller's
 * vocabulary) is English, whatever the trigrams say: on short English lines franc often ranks French or Spanish first.
 * Italian, Portuguese, Dutch or romanised Japanese lines share a few short words with English ("a", "dice", "man", "auto"),
 * well under half of theirs, hence a majority rather than the quarter that let them through before.
 */
const englishShare = 0.6;
/**
 * Below this many letters franc's ranking is unsure ("eine Hexe, die Kekse backt" ranks Turkish first, German at 0.95):
 * a read language within `shortLineMargin` of the best is enough. Set from the evaluation set's short safe lines.
 */
const shortLineLetters = 30;
const shortLineMargin = 0.85;
/**
 * The shortest word WordNet alone vouches for: it files Italian "con", "la", "luna", Japanese "ga" as English words too. A
 * shorter word counts when it is also an everyday word (a function word, the storyteller's, an emoji keyword).
 */
const shortestDictionaryWord = 4;

/**
 * Trigrams are unsure on a short English line; its words are not: function words, the storyteller's
 * vocabulary, and the few thousand English keywords emojilib gives its emoji (everyday nouns and verbs).
 */
const functionWords = [
  'a', 'an', 'the', 'and', 'or', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'who', 'that', 'is', 'are', 'was', 'his', 'her', 'their',
  'my', 'our', 'your', 'it', 'its', 'he', 'she', 'they', 'we', 'about', 'story', 'little', 'into', 'over', 'under', 'after', 'before', 'up', 'down', "don't",
];
const englishWords = new Set([
  ...functionWords,
  ...Object.keys(heroWords), ...personWords, ...companionOnlyWords, ...heroTraits, ...Object.keys(placeWords), ...keepsakeWords, ...Object.keys(makeableWords),
  ...Object.values(emojiKeywords as unknown as Record<string, string[]>).flat().flatMap((keyword) => keyword.toLowerCase().split(/[_\s]+/)).filter((word) => /^[a-z]{2,}$/.test(word)),
]);
const only = ['eng', 'fra', 'spa', 'deu', 'ita', 'por', 'nld', 'pol', 'ron', 'ces', 'slk', 'hun', 'tur', 'swe', 'dan', 'nob', 'fin', 'ind', 'vie', 'tgl', 'swh', 'cat', 'hau', 'som', 'yor'];

export interface LanguageReading {
  /** False when the checks cannot read the idea: its script or language is not one the rules are written for. */
  readable: boolean;
  /** The script or language in plain words when not readable. */
  name?: string;
  /** True when most of its words are English: it needs no dictionary to be read. */
  english?: boolean;
  /** When not readable: franc's best guess (ISO 639-3), which a dictionary may still read (see read-idea-with-glosses.ts). */
  code?: string;
}

const everyday = (word: string) => englishWords.has(word) || englishWords.has(word.replace(/s$/, ''));
const isEnglishWord = (word: string) => functionWords.includes(word) || (word.length < shortestDictionaryWord
  ? word.length > 2 && everyday(word) && isDictionaryWord(word)
  : everyday(word) || isDictionaryWord(word.replace(/'s$/, '')));

/** Whether most of a text's words are English (see englishShare), however short the text: the words alone decide. */
export function isMostlyEnglish(text: string): boolean {
  const words = text.toLowerCase().split(/[^\p{L}']+/u).filter(Boolean);
  return words.length > 0 && words.filter(isEnglishWord).length / words.length >= englishShare;
}

/**
 * Whether the prompt check can read an idea: first its script (Hangul, Cyrillic, Han without kana...),
 * then, for Latin script, the language by trigram statistics (franc-min, built from the UDHR in many
 * languages) rather than a word list of our own. Japanese in kana is read; romanised Japanese is not.
 * A Latin-script idea is read when most of its words are English, or when franc's best guess is a read language.
 */
export function readIdeaLanguage(text: string): LanguageReading {
  const letters = [...text.matchAll(/\p{L}/gu)].map((match) => match[0]);
  if (letters.length === 0) return { readable: true };
  const share = (pattern: RegExp) => letters.filter((letter) => pattern.test(letter)).length / letters.length;
  const kana = share(/[\p{Script=Hiragana}\p{Script=Katakana}]/u);
  // Every script but Latin and Japanese's is unread, named or not (Khmer, Sinhala, Tibetan...): by share, and by any
  // word written wholly in one ("a man who 만지다 the girl"), since the checks read nothing of it. A look-alike
  // letter inside a Latin word is a disguise the normaliser undoes, not a word of its own.
  const unread = kana > 0 ? unreadLetter : unreadLetterOrHan;
  if (share(unread) > 0.3 || text.split(/[^\p{L}\p{M}]+/u).some((word) => [...word.matchAll(/\p{L}/gu)].length >= 2 && [...word.matchAll(/\p{L}/gu)].every(([letter]) => unread.test(letter)))) {
    return { readable: false, name: scriptName(letters.filter((letter) => unread.test(letter))) };
  }
  if (kana > 0) return { readable: true };
  const latin = letters.filter((letter) => /\p{Script=Latin}/u.test(letter));
  if (latin.length < minimumLetters) return { readable: true };
  if (isMostlyEnglish(text)) return { readable: true, english: true };
  // Not mostly English: the trigram statistics must name a read language first, or the idea is refused as unreadable.
  const guesses = francAll(text, { minLength: minimumLetters, only });
  const [best] = guesses;
  if (!best || best[0] === 'und' || readLanguages.has(best[0])) return { readable: true };
  const bestRead = guesses.find(([code]) => readLanguages.has(code))?.[1] ?? 0;
  if (latin.length < shortLineLetters && bestRead >= shortLineMargin) return { readable: true };
  return { readable: false, name: languageNames[best[0]] ?? 'a language the checks do not read', code: best[0] };
}
