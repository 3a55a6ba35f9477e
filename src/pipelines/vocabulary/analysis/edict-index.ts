/**
 * The indexed EDICT, looked up in place: the index file is one UTF-8 line per spelling
 * (`key⇥headword⇥reading⇥pos⇥common⇥english`), sorted by key (JavaScript's string order), so a lookup is a
 * binary search over byte positions of the file, read in blocks as the search needs them (file-bytes.ts). No Map of 470,000 strings is built, which
 * keeps a start short and the heap small (the analysis may run in a thread with a memory limit).
 */
import { toHiragana } from 'wanakana';
import type { MeaningLookup } from './meaning-lookup.ts';
import type { DictionaryEntry } from './parse-edict-line.ts';
import { firstLineAtOrAfter, type SortedBytes } from '../../../store/sorted-lines.ts';

const tab = 9;
const newline = 10;

/** One index line for `entry` under `key` (its headword or its reading). */
export function edictIndexLine(key: string, entry: DictionaryEntry): string {
  const clean = (text: string) => (/[\t\n]/.test(text) ? text.replace(/[\t\n]/g, ' ') : text);
  return [key, entry.headword, entry.reading, entry.partOfSpeech, entry.common ? '1' : '0', entry.english].map(clean).join('\t');
}

export class EdictIndex implements MeaningLookup {
  /** Looked-up spellings: a stream says the same words again and again. */
  private readonly found = new Map<string, DictionaryEntry[]>();
  private readonly chosen = new Map<string, DictionaryEntry | null>();

  /** `body` holds the sorted lines, each ending in a newline: a Buffer, or the index file read in place. */
  // A plain field, not a parameter property: the story check's Japanese thread loads this file through Node's type stripping.
  private readonly body: SortedBytes & { toString(encoding: 'utf8', start: number, end: number): string };

  constructor(body: SortedBytes & { toString(encoding: 'utf8', start: number, end: number): string }) {
    this.body = body;
  }

  /** Spellings indexed (an entry counts once under its headword and once under its reading). */
  get size(): number {
    let lines = 0;
    for (let at = this.body.indexOf(newline); at >= 0; at = this.body.indexOf(newline, at + 1)) lines += 1;
    return lines;
  }

  lookup(dictionaryForm: string, reading: string): string | null {
    return this.entry(dictionaryForm, reading)?.english ?? null;
  }

  partOfSpeech(dictionaryForm: string, reading: string): string | null {
    return this.entry(dictionaryForm, reading)?.partOfSpeech ?? null;
  }

  /**
   * The readings of the entries whose headword is `form` (not those merely read so: しそう is no
   * word because 思想 is read so). A miss costs one binary search and is not kept.
   */
  readingsOf(form: string): string[] {
    return this.has(form) ? this.entriesFor(form).filter((entry) => entry.headword === form).map((entry) => entry.reading) : [];
  }

  /** Whether an entry written `form` is marked common (EDICT's (P): a priority list names it). */
  isCommon(form: string): boolean {
    return this.has(form) && this.entriesFor(form).some((entry) => entry.common);
  }

  /** Whether `form` is a headword or reading, without keeping the answer: the segmenter asks about many runs that are none. */
  has(form: string): boolean {
    if (this.found.has(form)) return this.found.get(form)!.length > 0;
    const start = firstLineAtOrAfter(this.body, form, (at) => this.keyAt(at));
    return start < this.body.length && this.keyAt(start) === form;
  }

  /**
   * The entry written `form` and read `reading`; else the common one written so; else the first.
   * Readings are compared in hiragana, as the analyser spells them.
   */
  entry(form: string, reading: string): DictionaryEntry | null {
    const memo = `${form}\t${reading}`;
    let entry = this.chosen.get(memo);
    if (entry === undefined) {
      const candidates = this.entriesFor(form);
      const wanted = toHiragana(reading);
      const sameReading = candidates.filter((candidate) => candidate.reading === reading || toHiragana(candidate.reading) === wanted);
      const pool = sameReading.length > 0 ? sameReading : candidates;
      entry = pool.find((candidate) => candidate.common) ?? pool[0] ?? null;
      this.chosen.set(memo, entry);
    }
    return entry;
  }

  /** Every entry written `form`, in the dictionary's order. */
  entriesFor(form: string): DictionaryEntry[] {
    let entries = this.found.get(form);
    if (!entries) {
      entries = [];
      for (let start = firstLineAtOrAfter(this.body, form, (at) => this.keyAt(at)); start < this.body.length && this.keyAt(start) === form; start = this.endOf(start) + 1) {
        entries.push(this.read(start));
      }
      this.found.set(form, entries);
    }
    return entries;
  }

  private endOf(start: number): number {
    const end = this.body.indexOf(newline, start);
    return end < 0 ? this.body.length : end;
  }

  /** The line's key, compared as JavaScript compares strings: the order the index was sorted in. */
  private keyAt(start: number): string {
    return this.body.toString('utf8', start, this.body.indexOf(tab, start));
  }

  private read(start: number): DictionaryEntry {
    const [, headword, reading, partOfSpeech, common, english] = this.body.toString('utf8', start, this.endOf(start)).split('\t');
    return { headword, reading, partOfSpeech, common: common === '1', english };
  }
}
