/**
 * Hunspell's spelling dictionaries (Debian's `hunspell-fr`, `hunspell-es`, `hunspell-de-de`, read in place from
 * /usr/share/hunspell) as lemmatisers: a word list of dictionary forms, each with the flags of the suffix rules
 * that inflect it. Undoing a rule whose ending a word has gives the dictionary form a FreeDict entry is written
 * under: French "boit" and "boivent" are "boire" by its rule `oire → oit`, Spanish "bebe" is "beber", German
 * "sagt" is "sagen". Irregular forms need no list of ours: the dictionaries' authors wrote their rules.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where Debian's hunspell packages put their dictionaries. */
export const hunspellFolder = '/usr/share/hunspell';

/** Each language's dictionary file name and Debian package (ISO 639-3 codes, as franc and FreeDict name them). */
export const hunspellDictionaries: Record<string, { file: string; package: string }> = {
  fra: { file: 'fr', package: 'hunspell-fr' },
  spa: { file: 'es_ES', package: 'hunspell-es' },
  deu: { file: 'de_DE', package: 'hunspell-de-de' },
  ita: { file: 'it_IT', package: 'hunspell-it' },
  // European Portuguese: 44,000 dictionary forms (Brazil's file has 312,000 for the same suffix rules).
  por: { file: 'pt_PT', package: 'hunspell-pt-pt' },
  nld: { file: 'nl', package: 'hunspell-nl' },
  pol: { file: 'pl_PL', package: 'hunspell-pl' },
  swe: { file: 'sv_SE', package: 'hunspell-sv' },
};

interface SuffixRule { flag: string; strip: string; condition: RegExp }

const separator = '\u0001';

export class HunspellLemmatizer {
  /**
   * `flagsByWord`: each dictionary form (lower case) and the flags of its entries, each between two separators
   * (one string a word, not a Set: French has 84,000 words); `rulesByEnding`: the suffix rules by the ending they add.
   */
  constructor(private readonly flagsByWord: Map<string, string>, private readonly rulesByEnding: Map<string, SuffixRule[]>, private readonly longestEnding: number) {}

  /** Whether a lower-case word is itself a dictionary form. */
  has(word: string): boolean {
    return this.flagsByWord.has(word);
  }

  /** The dictionary forms an inflected lower-case word may be, the longest ending undone first; empty when none. */
  lemmas(word: string): string[] {
    const found: string[] = [];
    for (let length = Math.min(this.longestEnding, word.length - 1); length >= 0; length -= 1) {
      for (const rule of this.rulesByEnding.get(word.slice(word.length - length)) ?? []) {
        const stem = word.slice(0, word.length - length) + rule.strip;
        if (stem !== word && rule.condition.test(stem) && this.flagsByWord.get(stem)?.includes(`${separator}${rule.flag}${separator}`) && !found.includes(stem)) found.push(stem);
      }
    }
    return found;
  }
}

/** A `.dic` entry's flags as the `.aff` file's FLAG line says they are written: two characters each, numbers, or one character. */
function splitFlags(flags: string, format: string | undefined): string[] {
  if (format === 'long') return flags.match(/[\s\S]{1,2}/g) ?? [];
  if (format === 'num') return flags.split(',');
  return [...flags];
}

/** Parses a dictionary's `.aff` suffix rules and `.dic` word list. Prefix rules and compounds are not read. */
export function parseHunspell(affix: string, words: string): HunspellLemmatizer {
  const format = /^FLAG\s+(\S+)/m.exec(affix)?.[1];
  const rulesByEnding = new Map<string, SuffixRule[]>();
  let longestEnding = 0;
  for (const line of affix.split('\n')) {
    const fields = line.split(/\s+/);
    // A rule line has five fields or more (`SFX flag strip add condition [morphology]`); the header has four.
    if (fields[0] !== 'SFX' || fields.length < 5 || /^[YN]$/.test(fields[2]) && /^\d+$/.test(fields[3])) continue;
    const [, flag, strip, addWithFlags, condition] = fields;
    const ending = addWithFlags.split('/')[0] === '0' ? '' : addWithFlags.split('/')[0].toLowerCase();
    let pattern: RegExp;
    try {
      pattern = new RegExp(`${condition === '.' ? '' : condition.toLowerCase()}$`, 'u');
    } catch {
      continue;
    }
    const rules = rulesByEnding.get(ending) ?? [];
    rules.push({ flag, strip: strip === '0' ? '' : strip.toLowerCase(), condition: pattern });
    rulesByEnding.set(ending, rules);
    longestEnding = Math.max(longestEnding, ending.length);
  }
  const flagsByWord = new Map<string, string>();
  // The first line is the entry count; an entry is `word/flags` then optional morphology after white space.
  for (const line of words.split('\n').slice(1)) {
    const entry = /^([^\s/]+)(?:\/(\S+))?/.exec(line);
    if (!entry) continue;
    const word = entry[1].toLowerCase().normalize('NFC');
    const flags = splitFlags(entry[2] ?? '', format).map((flag) => `${flag}${separator}`).join('');
    flagsByWord.set(word, `${flagsByWord.get(word) ?? separator}${flags}`);
  }
  return new HunspellLemmatizer(flagsByWord, rulesByEnding, longestEnding);
}

const opened = new Map<string, HunspellLemmatizer | null>();

/** A dictionary's `.aff` and `.dic` text, in the encoding the `.aff` file's SET line names (Polish's is ISO 8859-2), UTF-8 when it names none. */
function readDictionaryFiles(base: string): { affix: string; words: string } {
  const affixBytes = readFileSync(`${base}.aff`);
  const declared = /^SET\s+(\S+)/m.exec(affixBytes.toString('latin1'))?.[1]?.toLowerCase().replace(/^iso8859/, 'iso-8859') ?? 'utf-8';
  const decode = (bytes: Buffer) => new TextDecoder(declared).decode(bytes).replace(/^\uFEFF/, '');
  return { affix: decode(affixBytes), words: decode(readFileSync(`${base}.dic`)) };
}

/** Whether a language's Hunspell package is installed, without reading it (the health route asks; reading all eight takes seconds). */
export function hunspellInstalled(code: string, folder: string = hunspellFolder): boolean {
  const dictionary = hunspellDictionaries[code];
  if (!dictionary) return false;
  const base = join(folder, dictionary.file);
  return existsSync(`${base}.aff`) && existsSync(`${base}.dic`);
}

/** A language's lemmatiser, read once per process (a tenth of a second); undefined when its package is not installed. */
export function loadHunspell(code: string, folder: string = hunspellFolder): HunspellLemmatizer | undefined {
  const dictionary = hunspellDictionaries[code];
  if (!dictionary) return undefined;
  const base = join(folder, dictionary.file);
  if (!opened.has(base)) {
    const files = hunspellInstalled(code, folder) ? readDictionaryFiles(base) : undefined;
    opened.set(base, files ? parseHunspell(files.affix, files.words) : null);
  }
  return opened.get(base) ?? undefined;
}
