/**
 * Scores the analyser on the hand-written gold set: for each file, recall per kind (expected items
 * found, matched by dictionary form), precision (found items that were expected) and meaning
 * coverage (items with an English meaning, with the dictionary given or none), and glued examples
 * (an item's first example sentence that is not inside one cue, each side of a marked cue boundary).
 * Gold items are `form:reading`; a reported item is correct only when it is expected or acceptable
 * and its reading is the gold one (compared in hiragana, long-vowel mark kept). Files named in
 * `heldOut` were never used while tuning and are summed apart, and each file is summed on its own too.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { cueBoundary } from '../../src/pipelines/vocabulary/analysis/example-across-cues.ts';
import { hiraganaReading } from '../../src/pipelines/vocabulary/analysis/lemma-reading.ts';
import { analyzeTranscript, type MeaningLookup } from '../../src/pipelines/vocabulary/analysis/analyze-transcript.ts';
import { parseTranscript } from '../../src/pipelines/vocabulary/transcripts/parse-transcript.ts';

interface Expected {
  heldOut: string[];
  files: Record<string, Record<string, string[]>>;
  /** Items right to report but not required, per file. */
  acceptable?: Record<string, string[]>;
}

/** `form:reading` → the two halves. */
function goldItem(entry: string): { form: string; reading: string } {
  const colon = entry.lastIndexOf(':');
  if (colon <= 0) throw new Error(`Gold item ${entry} has no reading (write form:reading).`);
  return { form: entry.slice(0, colon), reading: hiraganaReading(entry.slice(colon + 1)) };
}

export interface Tally {
  expected: number;
  found: number;
  reported: number;
  correct: number;
  byKind: Record<string, { expected: number; found: number }>;
  missed: string[];
  unexpected: string[];
  /** Expected or acceptable items reported with another reading: `file: form read X, gold Y`. */
  wrongReadings: string[];
  /** Items reported, and those with an English meaning. */
  items: number;
  withMeaning: number;
  /** Items whose first example is not part of one cue's text, and the longest example. */
  glued: number;
  /** Items whose first example shows two cues, marked. */
  joined: number;
  longestExample: number;
}

const emptyTally = (): Tally => ({ expected: 0, found: 0, reported: 0, correct: 0, byKind: {}, missed: [], unexpected: [], wrongReadings: [], items: 0, withMeaning: 0, glued: 0, joined: 0, longestExample: 0 });

export async function scoreGoldSet(folder: string, meanings?: MeaningLookup): Promise<{ tuned: Tally; heldOut: Tally; byFile: Record<string, Tally>; files: string[] }> {
  const expected = JSON.parse(readFileSync(join(folder, 'expected.json'), 'utf8')) as Expected;
  const tuned = emptyTally();
  const heldOut = emptyTally();
  const byFile: Record<string, Tally> = {};
  const files = readdirSync(folder).filter((name) => name in expected.files).sort();
  for (const file of files) {
    const tally = (byFile[file] = emptyTally());
    const { cues } = parseTranscript(readFileSync(join(folder, file), 'utf8'));
    const { items } = await analyzeTranscript(cues, {}, { meanings });
    tally.items += items.length;
    tally.withMeaning += items.filter((item) => item.english).length;
    const squash = (text: string) => text.normalize('NFKC').replace(/\s/gu, '');
    const cueTexts = cues.map((cue) => squash(cue.text));
    for (const item of items) {
      // Cues shown side by side are marked (" / "); each part must lie inside one cue.
      const parts = item.occurrences[0].sentence.split(cueBoundary).map(squash);
      if (!parts.every((part) => cueTexts.some((text) => text.includes(part)))) tally.glued += 1;
      if (parts.length > 1) tally.joined += 1;
      tally.longestExample = Math.max(tally.longestExample, item.occurrences[0].sentence.length);
    }
    const reported = new Map<string, string>();
    for (const item of items) if (!reported.has(item.dictionaryForm)) reported.set(item.dictionaryForm, hiraganaReading(item.reading));
    const wanted = new Map<string, string>();
    for (const entry of expected.acceptable?.[file] ?? []) {
      const { form, reading } = goldItem(entry);
      wanted.set(form, reading);
    }
    for (const [kind, entries] of Object.entries(expected.files[file])) {
      const slot = (tally.byKind[kind] ??= { expected: 0, found: 0 });
      for (const entry of entries) {
        const { form, reading } = goldItem(entry);
        wanted.set(form, reading);
        slot.expected += 1;
        tally.expected += 1;
        if (reported.has(form)) {
          slot.found += 1;
          tally.found += 1;
        } else tally.missed.push(`${file}: ${form}`);
      }
    }
    for (const [form, reading] of reported) {
      tally.reported += 1;
      const goldReading = wanted.get(form);
      if (goldReading === undefined) tally.unexpected.push(`${file}: ${form}`);
      else if (goldReading !== reading) tally.wrongReadings.push(`${file}: ${form} read ${reading}, gold ${goldReading}`);
      else tally.correct += 1;
    }
    addTally(expected.heldOut.includes(file) ? heldOut : tuned, tally);
  }
  return { tuned, heldOut, byFile, files };
}

/** `into` plus `tally`, for a group's figures from its files'. */
function addTally(into: Tally, tally: Tally): void {
  for (const key of ['expected', 'found', 'reported', 'correct', 'items', 'withMeaning', 'glued', 'joined'] as const) into[key] += tally[key];
  into.longestExample = Math.max(into.longestExample, tally.longestExample);
  for (const key of ['missed', 'unexpected', 'wrongReadings'] as const) into[key].push(...tally[key]);
  for (const [kind, slot] of Object.entries(tally.byKind)) {
    const sum = (into.byKind[kind] ??= { expected: 0, found: 0 });
    sum.expected += slot.expected;
    sum.found += slot.found;
  }
}

export function summarise(tally: Tally) {
  const share = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 1000);
  return {
    recall: share(tally.found, tally.expected),
    // Wrong readings count as errors: an item read wrongly teaches the wrong word.
    precision: share(tally.correct, tally.reported),
    wrongReadings: tally.wrongReadings.length,
    recallByKind: Object.fromEntries(Object.entries(tally.byKind).map(([kind, slot]) => [kind, share(slot.found, slot.expected)])),
    meaningCoverage: share(tally.withMeaning, tally.items),
    gluedExamples: `${tally.glued}/${tally.items}`,
    examplesAcrossCues: tally.joined,
    longestExample: tally.longestExample,
  };
}
