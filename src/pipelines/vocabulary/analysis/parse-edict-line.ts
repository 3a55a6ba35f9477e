/**
 * One line of EDICT, the JMdict-derived dictionary Debian ships as `edict`:
 *   `KANJI [KANA] /(pos) (1) gloss/gloss/(pos) (2) gloss/.../(P)/` or `KANA /(pos) gloss/.../`,
 * sometimes ending in an `EntLnnnnnnnX` sequence field. Senses start with their tags in brackets:
 * part of speech (`v5r,vi`), sense number (`1`), spelling and usage tags (`ok`, `uk`, `col`).
 */

/** One headword of a dictionary, as the analyser and exports use it. */
export interface DictionaryEntry {
  /** How the word is written (its kanji, or kana when it has none). */
  headword: string;
  /** Its reading in kana, as the dictionary spells it (katakana for loanwords). */
  reading: string;
  /** The first sense's part-of-speech codes, e.g. `v5r,vi` or `adj-na,n`; empty when unmarked. */
  partOfSpeech: string;
  /** Marked (P): among the dictionary's common words (news and frequency lists). */
  common: boolean;
  /** Up to three glosses, `; `-joined, for a flashcard. */
  english: string;
}

/** Part-of-speech codes, as opposed to the spelling, field and usage tags that share their brackets. */
const partOfSpeechCode = /^(n|adj|adv|v|vs|vk|vz|vi|vt|exp|int|pn|pref|suf|prt|conj|aux|ctr|cop|num|unc)(-[\w-]+|\d\w*)?$/;
const leadingTag = /^\(([^()]{1,40})\)\s*/;
/** Usage tags of a sense not shown unless it is the word's first: vulgar and X-rated. */
const hiddenSenseTags = new Set(['vulg', 'X']);

/** Tags and text of one `/`-separated field: `(v5r,vi) (1) (uk) to go` gives [['v5r','vi'],['1'],['uk']] and 'to go'. */
function splitTags(field: string): { tags: string[][]; text: string } {
  const tags: string[][] = [];
  let text = field.trim();
  for (let match = leadingTag.exec(text); match; match = leadingTag.exec(text)) {
    const codes = match[1].split(',').map((code) => code.trim());
    // A gloss may itself open with a bracketed word ("(something) happening"); only codes are tags.
    if (!codes.every((code) => /^[\w-]{1,12}:?$/.test(code) || /^See /.test(code))) break;
    tags.push(codes);
    text = text.slice(match[0].length);
  }
  return { tags, text };
}

export function parseEdictLine(line: string): DictionaryEntry | null {
  const slash = line.indexOf(' /');
  if (slash <= 0 || line.startsWith('　？？？')) return null;
  const head = line.slice(0, slash).trim();
  const bracket = /^(\S+)\s+\[([^\]]+)\]$/.exec(head);
  const headword = bracket ? bracket[1] : head;
  const reading = bracket ? bracket[2] : head;
  const fields = line.slice(slash + 2).split('/').filter((field) => field.length > 0 && !/^EntL\d+X?$/.test(field));
  const common = fields.includes('(P)');
  const senses: string[][] = [];
  let partOfSpeech = '';
  let skipping = false;
  for (const field of fields) {
    if (field === '(P)') continue;
    const { tags, text } = splitTags(field);
    if (!text) continue;
    const startsSense = senses.length === 0 || tags.some((codes) => codes.length === 1 && /^\d+$/.test(codes[0]));
    // A vulgar or X-rated sense after the first is never shown as the word's next meaning: 息子 is "son", not its slang
    // sense, on a flashcard, and the story check (which reads these glosses) does not take a son for a sexual word.
    if (startsSense) skipping = senses.length > 0 && tags.some((codes) => codes.some((code) => hiddenSenseTags.has(code)));
    if (skipping) continue;
    // Only the first two senses are kept: the rest of a long entry (行く has nine) is not read.
    if (startsSense && senses.length === 2) break;
    if (startsSense) senses.push([]);
    if (senses.length === 1 && !partOfSpeech) partOfSpeech = tags.find((codes) => codes.every((code) => partOfSpeechCode.test(code)))?.join(',') ?? '';
    senses[senses.length - 1].push(text);
  }
  if (senses.length === 0) return null;
  // Two glosses of the first sense and the first of the second: the word's main meaning and its next one.
  const chosen = senses[0].slice(0, 2);
  if (senses.length > 1) chosen.push(senses[1][0]);
  else if (senses[0].length > 2) chosen.push(senses[0][2]);
  return { headword, reading, partOfSpeech, common, english: chosen.join('; ') };
}
