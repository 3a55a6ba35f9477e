/**
 * Fits the story check's reading by meaning (src/safety/idea-meaning/): the line through the sentence encoder's
 * vectors (harm-meaning-head.json), the pool of studied ideas (harm-neighbours.json and .bin) and how the two are
 * weighed together (harm-stack.json, see harm-reading.ts). Every red-team set the rules were studied on is used (every
 * `*-set.json` here but the held-out ones, which are never fitted on: they are only scored, by `npm run bench:safety`).
 *
 * - The line: a logistic regression on each studied idea's vector (its English reading where it has one) and one half
 *   of WordNet's sentences about children as harmless at weight 0.2, λ 0.1 (the setting train-harm-meaning.ts chose
 *   when the line refused alone; the red-team sets' safe ideas are mostly animals and magic and their unsafe ones
 *   children and grown-ups, and WordNet's sentences keep "a child with a grown-up" from reading as harm).
 * - The pool: the same ideas, harmful ones labelled with their topic, and the same half of WordNet's sentences.
 * - The weighing: leave one studied set out, fit the line and build the pool from the others, and read the left-out
 *   set's ideas that the rules accept by what the line and the nearest ideas say (harm-reading.ts's features); a
 *   logistic regression over those out-of-set readings weighs them. Its threshold is chosen leaving one set out again:
 *   the lowest at which at most 1.5 % of the safe ideas the rules accept are refused. Below that share each further
 *   false refusal bought two or three unsafe refusals on these sets; above it, fewer than one.
 *
 * Why: the line and the pool, each judged alone by a fixed rule chosen on the first ten studied sets, refused 39 of 528
 * safe ideas the rules accept in the eleven sets written after them (102 of 135 unsafe); weighed together and fitted on
 * every set, leaving each out in turn, 13 of 528 (94 of 135).
 *
 * Run: npx tsx bench/safety/train-harm-reading.ts [--write] [--meanings FILE] (--meanings reads the encoded sets from
 * FILE when it exists, else encodes them and saves them there; --write replaces the three files). One JSON line last.
 */
import { existsSync, readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { HarmMeaningHead } from '../../src/safety/idea-meaning/harm-meaning.ts';
import { nearestIdeas, packHarmNeighbours, unpackHarmNeighbours, type HarmNeighboursDescription, type NeighbourPool } from '../../src/safety/idea-meaning/harm-neighbours.ts';
import { featureNeighbours, harmFeatureNames, harmFeatures, ideaFeatures, stackedLikelihood, type HarmStack } from '../../src/safety/idea-meaning/harm-reading.ts';
import { loadSentenceEncoder } from '../../src/safety/idea-meaning/load-sentence-encoder.ts';
import { safetyTopics } from '../../src/safety/safety-topic.ts';
import { fitLogistic } from './fit-logistic.ts';
import { readExampleMeanings, readSetMeanings, type ExampleMeaning, type IdeaMeaning } from './read-set-meanings.ts';

const { values: options } = parseArgs({ options: { write: { type: 'boolean', default: false }, meanings: { type: 'string' } } });
const studiedSets = readdirSync(new URL('.', import.meta.url)).filter((file) => file.endsWith('-set.json') && !file.startsWith('held-out')).map((file) => file.replace(/-set\.json$/, '')).sort();
const lineRegularisation = 0.1;
const exampleWeight = 0.2;
const stackRegularisation = 0.01;
const mostFalseShare = 0.015;

async function readMeanings(): Promise<{ ideas: IdeaMeaning[]; examples: ExampleMeaning[] }> {
  if (options.meanings && existsSync(options.meanings)) return JSON.parse(await readFile(options.meanings, 'utf8'));
  const encoder = await loadSentenceEncoder();
  const read = { ideas: await readSetMeanings(encoder, studiedSets), examples: await readExampleMeanings(encoder) };
  if (options.meanings) await writeFile(options.meanings, JSON.stringify(read));
  return read;
}
const { ideas: everyIdea, examples } = await readMeanings();
const ideas = everyIdea.filter((idea) => studiedSets.includes(idea.set) && idea.vectors.length > 0);
const harmless = examples.filter((example) => example.fitted);
const gauging = examples.filter((example) => !example.fitted);

// Each idea by the text the check reads last (its English reading where it has one), as the line is fitted and the pool built.
const fitLine = (chosen: IdeaMeaning[]) => fitLogistic(
  [...chosen.map((idea) => idea.vectors.at(-1)!), ...harmless.map((example) => example.vector)],
  [...chosen.map((idea) => (idea.unsafe ? 1 : 0)), ...harmless.map(() => 0)],
  lineRegularisation,
  [...chosen.map(() => 1), ...harmless.map(() => exampleWeight)],
);
const members = (chosen: IdeaMeaning[]) => [
  ...chosen.map((idea) => ({ vector: idea.vectors.at(-1)!, label: idea.unsafe ? 1 + safetyTopics.indexOf(idea.topic ?? 'frightening') : 0 })),
  ...harmless.map((example) => ({ vector: example.vector, label: 0 })),
];
function poolOf(chosen: Array<{ vector: number[]; label: number }>): NeighbourPool {
  const dimensions = chosen[0].vector.length;
  const vectors = new Float32Array(chosen.length * dimensions);
  chosen.forEach((member, row) => {
    const length = Math.hypot(...member.vector) || 1;
    member.vector.forEach((value, column) => { vectors[row * dimensions + column] = value / length; });
  });
  return { about: '', dimensions, vectors, labels: Uint8Array.from(chosen.map((member) => member.label)) };
}
const featuresOf = (vectors: number[][], line: Pick<HarmMeaningHead, 'weights' | 'bias'>, pool: NeighbourPool) =>
  ideaFeatures(vectors.map((vector) => harmFeatures(vector, line, nearestIdeas(vector, pool, featureNeighbours), pool.labels)));

// Out of set: each studied set's ideas the rules accept, read by the line and the pool of the other sets.
interface Row { set: string; unsafe: boolean; features: number[] }
const rows: Row[] = [];
for (const left of studiedSets) {
  const others = ideas.filter((idea) => idea.set !== left);
  const line = fitLine(others);
  const pool = poolOf(members(others));
  for (const idea of ideas.filter((idea) => idea.set === left && !idea.byRules)) rows.push({ set: left, unsafe: idea.unsafe, features: featuresOf(idea.vectors, line, pool) });
}
const fitStack = (chosen: Row[]) => fitLogistic(chosen.map((row) => row.features), chosen.map((row) => (row.unsafe ? 1 : 0)), stackRegularisation);

// The threshold, out of set once more: the stack fitted without each set reads that set.
const outOfSet = studiedSets.flatMap((left) => {
  const fitted = fitStack(rows.filter((row) => row.set !== left));
  return rows.filter((row) => row.set === left).map((row) => ({ ...row, likelihood: stackedLikelihood(row.features, fitted) }));
});
const safeLikelihoods = outOfSet.filter((row) => !row.unsafe).map((row) => row.likelihood).sort((a, b) => b - a);
const threshold = safeLikelihoods[Math.floor(mostFalseShare * safeLikelihoods.length)];
const added = {
  unsafe: outOfSet.filter((row) => row.unsafe && row.likelihood > threshold).length, unsafeLeft: outOfSet.filter((row) => row.unsafe).length,
  safe: outOfSet.filter((row) => !row.unsafe && row.likelihood > threshold).length, safeLeft: safeLikelihoods.length,
};
console.log(`leaving one set out: refuses ${added.unsafe} of ${added.unsafeLeft} unsafe and ${added.safe} of ${added.safeLeft} safe ideas the rules accept (threshold ${threshold.toFixed(4)})`);

// The whole: line, pool and stack from every studied set; WordNet's other half gauges false refusals.
const line = fitLine(ideas);
const everyMember = members(ideas);
const pool = poolOf(everyMember);
const stack = fitStack(rows);
const gaugedRefused = gauging.filter((example) => stackedLikelihood(featuresOf([example.vector], line, pool), stack) > threshold).length;
console.log(`WordNet's other sentences about children refused: ${gaugedRefused} of ${gauging.length}`);
console.log(`weights: ${harmFeatureNames.map((name, at) => `${name} ${stack.weights[at].toFixed(3)}`).join(', ')}; bias ${stack.bias.toFixed(3)}`);

const topics: HarmMeaningHead['topics'] = {};
for (const topic of new Set(ideas.flatMap((idea) => (idea.topic && idea.unsafe ? [idea.topic] : [])))) {
  const vectors = ideas.filter((idea) => idea.unsafe && idea.topic === topic).map((idea) => idea.vectors.at(-1)!);
  const mean = vectors[0].map((_, at) => vectors.reduce((sum, vector) => sum + vector[at], 0) / vectors.length);
  const length = Math.hypot(...mean);
  topics[topic] = mean.map((value) => Number((value / length).toPrecision(4)));
}
const sets = `${studiedSets.join(', ')} (${ideas.length} ideas) and ${harmless.length} of WordNet's sentences about children as harmless`;
const head: HarmMeaningHead = {
  about: `Fitted by bench/safety/train-harm-reading.ts on ${sets} (weight ${exampleWeight}); λ ${lineRegularisation}. Weighed with the nearest studied ideas by harm-stack.json.`,
  bias: Number(line.bias.toPrecision(6)),
  weights: line.weights.map((value) => Number(value.toPrecision(6))),
  topics,
};
const description: HarmNeighboursDescription = {
  about: `Built by bench/safety/train-harm-reading.ts from ${sets}; read beside the line by harm-stack.json.`,
  dimensions: pool.dimensions, count: pool.labels.length,
};
const fitted: HarmStack = {
  about: `Fitted by bench/safety/train-harm-reading.ts on the out-of-set readings of ${rows.length} studied ideas the rules accept (each set read by the line and pool of the others); λ ${stackRegularisation}; threshold chosen leaving one set out again at ${mostFalseShare * 100} % of the safe ones refused: refuses ${added.unsafe} of ${added.unsafeLeft} unsafe and ${added.safe} of ${added.safeLeft} safe ideas the rules accept; ${gaugedRefused} of the other ${gauging.length} WordNet sentences about children.`,
  features: harmFeatureNames,
  weights: stack.weights.map((value) => Number(value.toPrecision(6))),
  bias: Number(stack.bias.toPrecision(6)),
  threshold: Number(threshold.toPrecision(6)),
};
// Kept as bytes (a quarter of the floats' size): the packed pool must decide as the floats do on every studied idea.
const bytes = packHarmNeighbours(everyMember.map((member) => member.vector), everyMember.map((member) => member.label));
const packed = unpackHarmNeighbours(description, bytes);
const decide = (idea: IdeaMeaning, chosen: NeighbourPool) => stackedLikelihood(featuresOf(idea.vectors, line, chosen), stack) > threshold;
const differing = ideas.filter((idea) => decide(idea, pool) !== decide(idea, packed)).length;
console.log(`packed as bytes: ${differing} of ${ideas.length} decisions differ from the floats'`);

if (options.write) {
  const folder = new URL('../../src/safety/idea-meaning/', import.meta.url);
  await writeFile(new URL('harm-meaning-head.json', folder), `${JSON.stringify(head)}\n`);
  await writeFile(new URL('harm-neighbours.json', folder), `${JSON.stringify(description, null, 2)}\n`);
  await writeFile(new URL('harm-neighbours.bin', folder), bytes);
  await writeFile(new URL('harm-stack.json', folder), `${JSON.stringify(fitted, null, 2)}\n`);
}
console.log(JSON.stringify({ studiedSets, leaveOneSetOut: added, packedDiffering: differing, threshold: fitted.threshold, wordnetSentencesRefused: `${gaugedRefused}/${gauging.length}`, written: options.write }));
process.exit(0);
