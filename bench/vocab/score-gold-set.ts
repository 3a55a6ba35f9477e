/**
 * Scores the analyser on the hand-written gold set: for each file, recall per kind (expected items
 * found, matched by dictionary form), precision (found items that were expected) and meaning
 * coverage (items with an English meaning, with the dictionary given or none), and glued examples
 * (an item's first example sentence that is not inside one cue, as the blind scorer counts them). Files named in
 * `heldOut` were never used while tuning and are summed apart.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeTranscript, type MeaningLookup } from '../../src/pipelines/vocabulary/analysis/analyze-transcript.ts';
import { parseTranscript } from '../../src/pipelines/vocabulary/transcripts/parse-transcript.ts';

interface Expected {
  heldOut: string[];
  files: Record<string, Record<string, string[]>>;
}

export interface Tally {
  expected: number;
  found: number;
  reported: number;
  correct: number;
  byKind: Record<string, { expected: number; found: number }>;
  missed: string[];
  unexpected: string[];
  /** Items reported, and those with an English meaning. */
  items: number;
  withMeaning: number;
  /** Items whose first example is not part of one cue's text, and the longest example. */
  glued: number;
  longestExample: number;
}

const emptyTally = (): Tally => ({ expected: 0, found: 0, reported: 0, correct: 0, byKind: {}, missed: [], unexpected: [], items: 0, withMeaning: 0, glued: 0, longestExample: 0 });

export async function scoreGoldSet(folder: string, meanings?: MeaningLookup): Promise<{ tuned: Tally; heldOut: Tally; files: string[] }> {
  const expected = JSON.parse(readFileSync(join(folder, 'expected.json'), 'utf8')) as Expected;
  const tuned = emptyTally();
  const heldOut = emptyTally();
  const files = readdirSync(folder).filter((name) => name in expected.files).sort();
  for (const file of files) {
    const tally = expected.heldOut.includes(file) ? heldOut : tuned;
    const { cues } = parseTranscript(readFileSync(join(folder, file), 'utf8'));
    const { items } = await analyzeTranscript(cues, {}, { meanings });
    tally.items += items.length;
    tally.withMeaning += items.filter((item) => item.english).length;
    const squash = (text: string) => text.normalize('NFKC').replace(/\s/gu, '');
    const cueTexts = cues.map((cue) => squash(cue.text));
    for (const item of items) {
      const example = squash(item.occurrences[0].sentence);
      if (!cueTexts.some((text) => text.includes(example))) tally.glued += 1;
      tally.longestExample = Math.max(tally.longestExample, item.occurrences[0].sentence.length);
    }
    const reported = new Set(items.map((item) => item.dictionaryForm));
    const wanted = new Set<string>();
    for (const [kind, forms] of Object.entries(expected.files[file])) {
      const slot = (tally.byKind[kind] ??= { expected: 0, found: 0 });
      for (const form of forms) {
        wanted.add(form);
        slot.expected += 1;
        tally.expected += 1;
        if (reported.has(form)) {
          slot.found += 1;
          tally.found += 1;
        } else tally.missed.push(`${file}: ${form}`);
      }
    }
    for (const form of reported) {
      tally.reported += 1;
      if (wanted.has(form)) tally.correct += 1;
      else tally.unexpected.push(`${file}: ${form}`);
    }
  }
  return { tuned, heldOut, files };
}

export function summarise(tally: Tally) {
  const share = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 1000);
  return {
    recall: share(tally.found, tally.expected),
    precision: share(tally.correct, tally.reported),
    recallByKind: Object.fromEntries(Object.entries(tally.byKind).map(([kind, slot]) => [kind, share(slot.found, slot.expected)])),
    meaningCoverage: share(tally.withMeaning, tally.items),
    gluedExamples: `${tally.glued}/${tally.items}`,
    longestExample: tally.longestExample,
  };
}
