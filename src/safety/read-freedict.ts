/**
 * FreeDict's bilingual dictionaries (Debian's `dict-freedict-<lang>-eng` packages, GPL data) read in
 * place from /usr/share/dictd, never copied into Kiln. A dictionary is a `.index` (headword, base64
 * offset and length) and a dictzip `.dict.dz`: gzip cut into chunks that inflate on their own, so a
 * lookup inflates one or two chunks of the file instead of holding the text (German's is 100 MB) in memory.
 * Only the index stays, as one sorted buffer of one-word headwords searched in place (no Map of strings).
 */
import { closeSync, existsSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { constants, inflateRawSync } from 'node:zlib';
import { firstLineAtOrAfter } from '../store/sorted-lines.ts';

/** Where Debian's dictd packages put their dictionaries. */
export const freedictFolder = '/usr/share/dictd';

/** The FreeDict languages the prompt check can read through glosses (ISO 639-3, as franc names them). */
export const freedictLanguages: Record<string, string> = {
  fra: 'French', spa: 'Spanish', deu: 'German', ita: 'Italian', por: 'Portuguese', nld: 'Dutch', pol: 'Polish', swe: 'Swedish',
};

/** The Debian package that adds a language's dictionary. */
export const freedictPackage = (code: string) => `dict-freedict-${code}-eng`;

const basePath = (code: string, folder: string) => join(folder, `freedict-${code}-eng`);

export function isFreedictInstalled(code: string, folder: string = freedictFolder): boolean {
  return existsSync(`${basePath(code, folder)}.index`) && existsSync(`${basePath(code, folder)}.dict.dz`);
}

const base64Digits = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const decodeNumber = (text: string) => [...text].reduce((value, digit) => value * 64 + base64Digits.indexOf(digit), 0);

/** The English glosses of one entry: its numbered senses, else its first line; part-of-speech marks and "sth." dropped. */
export function glossesOfEntry(entry: string): string[] {
  const lines = entry.split('\n').slice(1);
  const numbered = lines.map((line) => /^\s*\d+\.\s+(.+)$/.exec(line)?.[1]).filter((line): line is string => !!line);
  // Else the first line that is no example, note, synonym or cross-reference (German's carry a subject label first: " [anat.] tooth").
  const senses = numbered.length > 0 ? numbered : lines.filter((line) => line.trim() && !/^\s*("|Synonyms?:|see:|Note:)/.test(line)).slice(0, 1);
  return senses
    .flatMap((sense) => sense.replace(/<[^>]*>|\[[^\]]*\]|\{[^}]*\}|\b(sth|sb|so|jdm|jdn)\.(?=\s|$)/g, '').replace(/\s+\d+\.\s*$/, '').split(/[,;]/))
    .map((gloss) => gloss.replace(/\s+/g, ' ').trim())
    // English words only: Polish entries carry Polish notes, German ones pronunciations and interjections ("Up you get!").
    .filter((gloss) => /^[a-z][a-z' .\-‐]*$/i.test(gloss));
}

/** One FreeDict dictionary, opened. */
export class FreedictDictionary {
  private readonly senseCache = new Map<string, Array<{ glosses: string[]; noun: boolean }>>();

  /** `keys`: sorted lines `headword⇥offset⇥length`; `chunks`: the dictzip chunk table. */
  constructor(
    private readonly keys: Buffer,
    private readonly dictPath: string,
    private readonly chunks: { length: number; starts: number[]; sizes: number[] },
  ) {}

  /** The English glosses of a lower-case headword, all its entries together; empty when it is none. */
  glosses(word: string): string[] {
    return [...new Set(this.senses(word).flat())];
  }

  /**
   * The glosses of each entry of a lower-case headword: one entry is one sense (German's "Hexe": witch; sibyl;
   * bitch; hag, crone). `nouns: false` leaves out noun entries: German writes nouns with a capital, so a
   * lower-case "kleine" is the adjective, not "die Kleine" (the little one).
   */
  senses(word: string, { nouns = true }: { nouns?: boolean } = {}): string[][] {
    let found = this.senseCache.get(word);
    if (!found) {
      found = [];
      // Every line of the key: a headword with several entries has one line each.
      for (let start = this.lineAt(word); start >= 0 && start < this.keys.length && this.keyAt(start) === word; start = this.keys.indexOf(10, start) + 1) {
        const [, offset, length] = this.keys.toString('latin1', start, this.keys.indexOf(10, start)).split('\t');
        const entry = this.read(decodeNumber(offset), decodeNumber(length));
        const glosses = glossesOfEntry(entry);
        if (glosses.length > 0) found.push({ glosses, noun: /<[^>]*\bn\b[^>]*>/.test(entry.slice(0, entry.indexOf('\n'))) });
      }
      // A check reads a few dozen words; the cache keeps the repeats (function words) without growing without end.
      if (this.senseCache.size > 5000) this.senseCache.clear();
      this.senseCache.set(word, found);
    }
    return found.filter((sense) => nouns || !sense.noun).map((sense) => sense.glosses);
  }

  /** The shortest headword of at most `longest` letters that starts with `prefix`, for inflected forms ("bambina" → "bambino"). */
  shortestWithPrefix(prefix: string, longest: number): string | undefined {
    let best: string | undefined;
    for (let start = firstLineAtOrAfter(this.keys, prefix, (at) => this.keyAt(at)), seen = 0; start < this.keys.length && seen < 40; seen += 1) {
      const key = this.keyAt(start);
      if (!key.startsWith(prefix)) break;
      if (key.length <= longest && (!best || key.length < best.length)) best = key;
      start = this.keys.indexOf(10, start) + 1;
    }
    return best;
  }

  private lineAt(word: string): number {
    const start = firstLineAtOrAfter(this.keys, word, (at) => this.keyAt(at));
    return start < this.keys.length && this.keyAt(start) === word ? start : -1;
  }

  private keyAt(start: number): string {
    return this.keys.toString('utf8', start, this.keys.indexOf(9, start));
  }

  /** The entry's text: the chunks that hold it, each inflated on its own. */
  private read(offset: number, length: number): string {
    const { length: chunkLength, starts, sizes } = this.chunks;
    const first = Math.floor(offset / chunkLength);
    const last = Math.min(Math.floor((offset + length - 1) / chunkLength), sizes.length - 1);
    const file = openSync(this.dictPath, 'r');
    try {
      const parts: Buffer[] = [];
      for (let chunk = first; chunk <= last; chunk += 1) {
        const compressed = Buffer.alloc(sizes[chunk]);
        readSync(file, compressed, 0, sizes[chunk], starts[chunk]);
        parts.push(inflateRawSync(compressed, { finishFlush: constants.Z_SYNC_FLUSH }));
      }
      const from = offset - first * chunkLength;
      return Buffer.concat(parts).toString('utf8', from, from + length);
    } catch {
      return '';
    } finally {
      closeSync(file);
    }
  }
}

const opened = new Map<string, FreedictDictionary | null>();

/** A language's dictionary, opened once per process; undefined when its package is not installed or its file is not dictzip. */
export function loadFreedict(code: string, folder: string = freedictFolder): FreedictDictionary | undefined {
  const base = basePath(code, folder);
  if (!opened.has(base)) opened.set(base, isFreedictInstalled(code, folder) ? open(base) : null);
  return opened.get(base) ?? undefined;
}

function open(base: string): FreedictDictionary | null {
  const chunks = readChunkTable(`${base}.dict.dz`);
  if (!chunks) return null;
  // Kept as bytes: one Buffer, not half a million strings (German's index has 519,000 lines).
  const index = readFileSync(`${base}.index`);
  // Room for keys that grow when lower-cased (İ → i̇).
  const kept = Buffer.alloc(Math.ceil(index.length * 1.1) + 16);
  let size = 0;
  let previous = '';
  let sorted = true;
  for (let start = 0; start < index.length;) {
    const newline = index.indexOf(10, start);
    const end = newline < 0 ? index.length : newline;
    const tab = index.indexOf(9, start);
    // Dutch headwords are written with the "ĳ" ligature (U+0133: "mĳn", "hĳ", "blĳ"), which nobody types: read as "ij".
    const key = tab > start && tab < end ? index.toString('utf8', start, tab).toLowerCase().normalize('NFC').replaceAll('ĳ', 'ij') : '';
    // One-word headwords only: the check glosses word by word; "00database…" entries are the file's own description.
    if (key && !key.includes(' ') && !key.startsWith('00database')) {
      // FreeDict's index is in this order already (lower case, code points, as keyAt compares): checked, never assumed.
      if (key < previous) sorted = false;
      previous = key;
      size += kept.write(key, size);
      size += index.copy(kept, size, tab, end);
      kept[size++] = 10;
    }
    start = end + 1;
  }
  const keys = sorted ? Buffer.from(kept.subarray(0, size)) : sortLines(kept.subarray(0, size));
  return new FreedictDictionary(keys, `${base}.dict.dz`, chunks);
}

function sortLines(lines: Buffer): Buffer {
  const text = lines.toString('utf8').split('\n').filter(Boolean);
  return Buffer.from(`${text.sort((left, right) => { const a = left.slice(0, left.indexOf('\t')); const b = right.slice(0, right.indexOf('\t')); return a < b ? -1 : a > b ? 1 : 0; }).join('\n')}\n`);
}

/** The dictzip "RA" field of the gzip header: chunk length and each chunk's compressed size. */
function readChunkTable(path: string): { length: number; starts: number[]; sizes: number[] } | undefined {
  const file = openSync(path, 'r');
  try {
    const header = Buffer.alloc(65_536 + 12);
    const read = readSync(file, header, 0, header.length, 0);
    if (read < 12 || header[0] !== 0x1f || header[1] !== 0x8b || (header[3] & 4) === 0) return undefined;
    const extraLength = header.readUInt16LE(10);
    if (header.toString('latin1', 12, 14) !== 'RA') return undefined;
    const length = header.readUInt16LE(18);
    const count = header.readUInt16LE(20);
    const sizes = Array.from({ length: count }, (_, index) => header.readUInt16LE(22 + index * 2));
    let position = 12 + extraLength;
    // A file name and a comment may follow the extra field, each ending in a zero byte.
    for (const flag of [8, 16]) if (header[3] & flag) position = header.indexOf(0, position) + 1;
    if (header[3] & 2) position += 2;
    const starts: number[] = [];
    for (const size of sizes) { starts.push(position); position += size; }
    return { length, starts, sizes };
  } finally {
    closeSync(file);
  }
}
