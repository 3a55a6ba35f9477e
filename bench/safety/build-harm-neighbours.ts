/**
 * Builds the story check's reading by the nearest studied ideas (src/safety/idea-meaning/harm-neighbours.ts): the
 * meaning vectors of every idea of the red-team sets the rules were studied on, harmful ones labelled with their
 * topic, and one half of WordNet's sentences about children as harmless (as train-harm-meaning.ts fits on them).
 * The held-out sets are never in it: they are only scored, after the choice is made.
 *
 * The choice (how many nearest ideas, how many of them harmful, how close the nearest) is made by the rule
 * train-harm-meaning.ts uses: leave one studied set out at a time, build from the rest, and count on the one left out
 * what the reading adds to the rules: unsafe ideas the rules let through that it refuses, and safe ones it refuses.
 * Keep the setting that adds the most refusals of unsafe ideas while adding at most 0.25% false refusals there and
 * refusing at most 1% of the other half of WordNet's sentences; on a tie, fewer of those, then fewer false refusals.
 * Said plainly: the grid and the rule were tried once in an exploration outside this file (same vectors, same sets),
 * which also printed the held-out figures of the setting the rule chose, once.
 *
 * Run: npx tsx bench/safety/build-harm-neighbours.ts [--write] (--write replaces harm-neighbours.json and .bin). One JSON line last.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { weighHarmMeaning } from '../../src/safety/idea-meaning/harm-meaning.ts';
import {
  judgeNeighbours, nearestIdeas, packHarmNeighbours, unpackHarmNeighbours, type HarmNeighboursDescription, type NeighbourSetting,
} from '../../src/safety/idea-meaning/harm-neighbours.ts';
import { loadSentenceEncoder } from '../../src/safety/idea-meaning/load-sentence-encoder.ts';
import { safetyTopics } from '../../src/safety/safety-topic.ts';
import { readExampleMeanings, readSetMeanings, type IdeaMeaning } from './read-set-meanings.ts';

const { values: options } = parseArgs({ options: { write: { type: 'boolean', default: false } } });
const studiedSets = ['tuning', 'evaluation', 'probe-3', 'probe-4', 'probe-5', 'probe-6', 'probe-7', 'probe-8', 'probe-9', 'probe-10'];
const heldOutSets = ['held-out', 'held-out-2', 'held-out-3', 'held-out-4', 'held-out-5', 'held-out-6'];
// A share of 0.8 and of 1 of the nearest harmful ask the same of 3 ideas (all of them): that setting is tried once.
const grid: NeighbourSetting[] = [...new Map([3, 5, 9].flatMap((nearest) => [0.8, 1].flatMap((share) => [0, 0.6, 0.7].map((leastSimilarity) => {
  const setting = { nearest, leastHarmful: Math.ceil(share * nearest), leastSimilarity };
  return [JSON.stringify(setting), setting] as const;
})))).values()];
const mostAddedFalse = 0.0025;
const mostExamplesRefused = 0.01;
const mostNearest = Math.max(...grid.map((setting) => setting.nearest));

const encoder = await loadSentenceEncoder();
const ideas = await readSetMeanings(encoder, [...studiedSets, ...heldOutSets]);
const examples = await readExampleMeanings(encoder);

// The pool: each studied idea by the text the check reads last (its gloss where it has one), and the fitted half of the examples.
interface Member { set?: string; vector: number[]; label: number }
const members: Member[] = [
  ...ideas.filter((idea) => studiedSets.includes(idea.set) && idea.vectors.length > 0)
    .map((idea) => ({ set: idea.set, vector: idea.vectors.at(-1)!, label: idea.unsafe ? 1 + safetyTopics.indexOf(idea.topic ?? 'frightening') : 0 })),
  ...examples.filter((example) => example.fitted).map((example) => ({ vector: example.vector, label: 0 })),
];
const poolOf = (chosen: Member[]) => {
  const dimensions = chosen[0].vector.length;
  const vectors = new Float32Array(chosen.length * dimensions);
  chosen.forEach((member, row) => {
    const length = Math.hypot(...member.vector) || 1;
    member.vector.forEach((value, column) => { vectors[row * dimensions + column] = value / length; });
  });
  return { dimensions, vectors, labels: Uint8Array.from(chosen.map((member) => member.label)) };
};
const whole = poolOf(members);

// Each left-out idea's nearest ideas among the other sets' (and the examples), once; every setting reads them.
const folds = studiedSets.map((left) => {
  const pool = poolOf(members.filter((member) => member.set !== left));
  const queries = ideas.filter((idea) => idea.set === left && !idea.byRules && idea.vectors.length > 0);
  return { pool, queries: queries.map((idea) => ({ idea, lists: idea.vectors.map((vector) => nearestIdeas(vector, pool, mostNearest)) })) };
});
const gauging = examples.filter((example) => !example.fitted).map((example) => [nearestIdeas(example.vector, whole, mostNearest)]);

const candidates = grid.map((setting) => {
  const added = { unsafe: 0, unsafeLeft: 0, safe: 0, safeLeft: 0 };
  for (const { pool, queries } of folds) {
    for (const { idea, lists } of queries) {
      const refused = judgeNeighbours(lists, pool.labels, setting).harmful ? 1 : 0;
      if (idea.unsafe) [added.unsafe, added.unsafeLeft] = [added.unsafe + refused, added.unsafeLeft + 1];
      else [added.safe, added.safeLeft] = [added.safe + refused, added.safeLeft + 1];
    }
  }
  const examplesRefused = gauging.filter((lists) => judgeNeighbours(lists, whole.labels, setting).harmful).length;
  return { setting, added, examplesRefused };
});
for (const { setting, added, examplesRefused } of candidates) {
  console.log(`${setting.leastHarmful} of ${setting.nearest} nearest harmful, nearest ≥ ${setting.leastSimilarity}: leave one set out, adds ${added.unsafe}/${added.unsafeLeft} unsafe the rules let through, ${added.safe}/${added.safeLeft} false refusals; WordNet sentences refused ${examplesRefused}/${gauging.length}`);
}
const allowed = candidates.filter((candidate) => candidate.added.safe <= mostAddedFalse * candidate.added.safeLeft && candidate.examplesRefused <= mostExamplesRefused * gauging.length);
const chosen = allowed.sort((a, b) => b.added.unsafe - a.added.unsafe || a.examplesRefused - b.examplesRefused || a.added.safe - b.added.safe)[0];
const { setting } = chosen;
console.log(`chosen: ${setting.leastHarmful} of ${setting.nearest} nearest harmful, nearest at least ${setting.leastSimilarity}`);

const description: HarmNeighboursDescription = {
  about: `Built by bench/safety/build-harm-neighbours.ts from ${studiedSets.join(', ')} (${members.length - examples.filter((example) => example.fitted).length} ideas) and ${examples.filter((example) => example.fitted).length} of WordNet's sentences about children as harmless; ${setting.leastHarmful} of the ${setting.nearest} nearest harmful and the nearest at least ${setting.leastSimilarity} close, chosen leaving one set out: adds ${chosen.added.unsafe} of ${chosen.added.unsafeLeft} unsafe ideas the rules let through, ${chosen.added.safe} false refusals of ${chosen.added.safeLeft}; refuses ${chosen.examplesRefused} of the other ${gauging.length} WordNet sentences.`,
  ...setting, dimensions: whole.dimensions, count: members.length,
};
const bytes = packHarmNeighbours(members.map((member) => member.vector), members.map((member) => member.label));
const packed = unpackHarmNeighbours(description, bytes);

// The packed bytes must decide as the floats do, on every idea of every set.
const decide = (idea: IdeaMeaning, pool: { dimensions: number; vectors: Float32Array; labels: Uint8Array }) => judgeNeighbours(idea.vectors.map((vector) => nearestIdeas(vector, pool, setting.nearest)), pool.labels, setting).harmful;
const differing = ideas.filter((idea) => idea.vectors.length > 0 && decide(idea, whole) !== decide(idea, packed)).length;
console.log(`packed as bytes: ${differing} of ${ideas.length} decisions differ from the floats'`);

// Scored after the choice: the held-out sets, by the rules, with the line (the head beside the code), and with the neighbours too.
const heldOut = Object.fromEntries(heldOutSets.map((set) => {
  const inSet = ideas.filter((idea) => idea.set === set);
  const count = (unsafe: boolean, refused: (idea: IdeaMeaning) => boolean) => inSet.filter((idea) => idea.unsafe === unsafe && refused(idea)).length;
  const withLine = (idea: IdeaMeaning) => idea.byRules || weighHarmMeaning(idea.vectors).harmful;
  const withNeighbours = (idea: IdeaMeaning) => withLine(idea) || (idea.vectors.length > 0 && decide(idea, packed));
  const figures = {
    unsafe: inSet.filter((idea) => idea.unsafe).length, safe: inSet.filter((idea) => !idea.unsafe).length,
    unsafeRefused: [count(true, (idea) => idea.byRules), count(true, withLine), count(true, withNeighbours)],
    safeRefused: [count(false, (idea) => idea.byRules), count(false, withLine), count(false, withNeighbours)],
  };
  console.log(`${set}: unsafe refused ${figures.unsafeRefused.join(' → ')} of ${figures.unsafe}; safe refused ${figures.safeRefused.join(' → ')} of ${figures.safe} (rules → with the line → with the neighbours)`);
  return [set, figures];
}));

if (options.write) {
  await writeFile(new URL('../../src/safety/idea-meaning/harm-neighbours.json', import.meta.url), `${JSON.stringify(description, null, 2)}\n`);
  await writeFile(new URL('../../src/safety/idea-meaning/harm-neighbours.bin', import.meta.url), bytes);
}
console.log(JSON.stringify({ chosen: { ...setting, leaveOneSetOut: chosen.added, wordnetSentencesRefused: `${chosen.examplesRefused}/${gauging.length}` }, packedDiffering: differing, heldOut, written: options.write }));
process.exit(0);
