// Can a LEARNED combination of cues choose the written beat level (not twice or half of it) on music it
// was not fitted on? Fits a conditional logit over each piece's tempo candidates (conditional-logit.ts)
// on four of the five development sets and counts, on the fifth, the pieces whose chosen candidate is
// within 4 % of the reference tempo, next to the current rule (the highest dumped score). The in-sample
// ceiling fits on all five sets and counts on each: what the features could do at best.
// Development data only: the features come from dump-tempo-features.ts, which reads no held-out or
// fresh piece.
// Run: npx tsx bench/beats/dump-tempo-features.ts > /tmp/tempo-features.jsonl   (about 2.5 min)
//      npx tsx bench/beats/fit-octave-choice.ts /tmp/tempo-features.jsonl [--features sal,hit,per] [--lambda 1]
// With no --features it runs the baseline (the score's terms and the tempo preference), the baseline
// plus each group of cues, and everything, one line each; the last line is every figure as JSON.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { chooseCandidate, fitConditionalLogit, type ChoiceGroup } from './conditional-logit.ts';
import { isOctaveChoiceFeature, octaveChoiceFeatures, type OctaveChoiceFeature } from './octave-choice-features.ts';
import type { TempoCandidateFeatures } from './tempo-candidate-features.ts';

interface DumpedPiece {
  set: string;
  piece: string;
  referenceBpm: number;
  candidates: TempoCandidateFeatures[];
}

const sets = ['development half', 'Freedoom', 'MMA even', 'MMA odd', 'generated'];
const tolerance = 0.04;
const baseline: OctaveChoiceFeature[] = ['sal', 'hit', 'per', 'oct', 'oct2'];
const cueGroups: OctaveChoiceFeature[][] = [['lsal', 'lhit', 'lper'], ['mid', 'thr'], ['acc', 'acc2'], ['ph', 'pd', 'pt', 'pq']];

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { features: { type: 'string' }, lambda: { type: 'string', default: '1' } },
});
if (positionals.length !== 1) throw new Error('Give one features file: npx tsx bench/beats/fit-octave-choice.ts /tmp/tempo-features.jsonl');
const lambda = Number(values.lambda);
if (!(lambda >= 0)) throw new Error(`--lambda takes a number of zero or more, not "${values.lambda}".`);
const featureSets = values.features ? [parseFeatures(values.features)] : [baseline, ...cueGroups.map((group) => [...baseline, ...group]), [...baseline, ...cueGroups.flat()]];

const text = await readFile(positionals[0], 'utf8');
const pieces: DumpedPiece[] = text.split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line));
const unknownSets = [...new Set(pieces.map((piece) => piece.set))].filter((set) => !sets.includes(set));
if (unknownSets.length > 0) throw new Error(`Unexpected sets in the features file: ${unknownSets.join(', ')}.`);

const results = featureSets.map((names) => evaluate(names));
console.log(JSON.stringify({ lambda, tolerance, results }));

function evaluate(names: OctaveChoiceFeature[]) {
  const groups = pieces.map((piece) => ({ set: piece.set, current: currentChoice(piece), ...choiceGroup(piece, names) }));
  const rightCount = (held: typeof groups, choose: (group: ChoiceGroup) => number) =>
    held.filter((group) => group.right.includes(choose(group))).length;
  const heldOut = sets.map((set) => {
    const model = fitConditionalLogit(groups.filter((group) => group.set !== set), lambda);
    const held = groups.filter((group) => group.set === set);
    const current = held.filter((group) => group.right.includes(group.current)).length;
    return { set, current, learned: rightCount(held, (group) => chooseCandidate(model, group.features)), pieces: held.length, fit: model.fit };
  });
  const everything = fitConditionalLogit(groups, lambda);
  const inSample = sets.map((set) => {
    const held = groups.filter((group) => group.set === set);
    const withRightCandidate = held.filter((group) => group.right.length > 0).length;
    return { set, learned: rightCount(held, (group) => chooseCandidate(everything, group.features)), withRightCandidate, pieces: held.length };
  });
  const sum = (rows: Array<Record<string, unknown>>, key: string) => rows.reduce((total, row) => total + (row[key] as number), 0);
  const total = { current: sum(heldOut, 'current'), learned: sum(heldOut, 'learned'), pieces: sum(heldOut, 'pieces') };
  const inSampleTotal = { learned: sum(inSample, 'learned'), withRightCandidate: sum(inSample, 'withRightCandidate'), pieces: sum(inSample, 'pieces') };
  const unconverged = [...heldOut.map((row) => row.fit), everything.fit].filter((fit) => !fit.converged);
  console.log(
    `${names.join(',')} λ=${lambda} | ${heldOut.map((row) => `${row.set}: ${row.current}->${row.learned}/${row.pieces}`).join(' | ')}` +
      ` | total ${total.current}->${total.learned}/${total.pieces}` +
      ` || in-sample ${inSample.map((row) => `${row.set}: ${row.learned}/${row.pieces}`).join(' | ')}` +
      ` | total ${inSampleTotal.learned}/${inSampleTotal.pieces} (${inSampleTotal.withRightCandidate} have a right candidate)` +
      (unconverged.length > 0 ? ` | ${unconverged.length} fits stopped before |gradient| < 1e-6` : ''),
  );
  const weights = Object.fromEntries(names.map((name, j) => [name, everything.weights[j] / everything.deviation[j]]));
  return { features: names, heldOut, total, inSample, inSampleTotal, weightsOfRawFeatures: weights, fit: everything.fit };
}

function choiceGroup(piece: DumpedPiece, names: OctaveChoiceFeature[]): ChoiceGroup {
  return {
    features: piece.candidates.map((candidate) => names.map((name) => octaveChoiceFeatures[name](candidate))),
    right: piece.candidates.flatMap((candidate, i) => (Math.abs(candidate.bpm / piece.referenceBpm - 1) <= tolerance ? [i] : [])),
  };
}

/** The candidate the tracker picks today: the highest score, the first on a tie. */
function currentChoice(piece: DumpedPiece): number {
  return piece.candidates.reduce((best, candidate, i) => (candidate.score > piece.candidates[best].score ? i : best), 0);
}

function parseFeatures(list: string): OctaveChoiceFeature[] {
  const names = list.split(',').map((name) => name.trim());
  const unknown = names.filter((name) => !isOctaveChoiceFeature(name));
  if (unknown.length > 0) throw new Error(`Unknown features ${unknown.join(', ')}; known: ${Object.keys(octaveChoiceFeatures).join(', ')}.`);
  return names as OctaveChoiceFeature[];
}
