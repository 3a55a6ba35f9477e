/**
 * Fits the harm reading the story check puts over the sentence encoder (src/safety/idea-meaning/): a logistic
 * regression on the 512-number meaning vectors of the red-team sets the rules were studied on (tuning,
 * evaluation, probe-3, probe-4, probe-5 and probe-6), and the mean vector of each topic's unsafe ideas. The five held-out
 * sets are never fitted on: they are only scored, after the choice is made, beside the rules alone.
 *
 * The red-team sets' safe ideas are mostly animals and magic and their unsafe ones mostly children and grown-ups,
 * so a reading fitted on them alone learns "a child with a grown-up" as harm: it refused a third of WordNet's
 * ordinary sentences about children ("talked to each child in turn"). So WordNet's usage examples that speak of
 * children (wordnet-child-examples.ts), those the rules accept, join the fit as harmless, at a small weight, one
 * half of them (chosen by a hash of the sentence); the other half gauges false refusals.
 *
 * The choice (weight of those examples, regularisation, threshold) is made by a rule, not by the held-out figures:
 * leave one training set out at a time, fit on the rest, and count on the one left out what the reading adds to
 * the rules: unsafe ideas the rules let through that it refuses, and safe ones it refuses. Keep the settings that
 * add the most refusals of unsafe ideas while adding at most 0.25% false refusals there and refusing at most 1% of
 * the gauging half of WordNet's sentences; on a tie, fewer of those refused. Personal-data ideas are left out (the
 * check accepts them with the details removed). What is read of an idea is what the check reads
 * (idea-meaning-texts.ts): without the words asking for a story, and for an idea in another language also its
 * English gloss, which it is fitted on.
 * Said plainly: the rule was written after one exploratory run (outside this file, with a slightly different
 * feature set) that printed every setting's held-out figures, so those sets are not wholly unseen by this
 * choice; the blind sets (`../shared/blind/score-blind story`) are.
 *
 * Run: npx tsx bench/safety/train-harm-meaning.ts [--write] (--write replaces harm-meaning-head.json). One JSON line last.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { harmLikelihood, type HarmMeaningHead } from '../../src/safety/idea-meaning/harm-meaning.ts';
import { loadSentenceEncoder } from '../../src/safety/idea-meaning/load-sentence-encoder.ts';
import { fitLogistic } from './fit-logistic.ts';
import { readExampleMeanings, readSetMeanings, type IdeaMeaning } from './read-set-meanings.ts';

const { values: options } = parseArgs({ options: { write: { type: 'boolean', default: false } } });
const trainingSets = ['tuning', 'evaluation', 'probe-3', 'probe-4', 'probe-5', 'probe-6'];
const heldOutSets = ['held-out', 'held-out-2', 'held-out-3', 'held-out-4', 'held-out-5'];
const regularisations = [0.1, 0.3];
const thresholds = [0.9, 0.93, 0.95, 0.97];
const exampleWeights = [0.05, 0.1, 0.2];
const mostAddedFalse = 0.0025;
const mostExamplesRefused = 0.01;

const encoder = await loadSentenceEncoder();
const ideas = await readSetMeanings(encoder, [...trainingSets, ...heldOutSets]);
const examples = await readExampleMeanings(encoder);
const gauging = examples.filter((example) => !example.fitted);

// Fitted on the gloss where there is one (what the model reads best), on the idea as written otherwise.
const fitOn = (ideasToFit: IdeaMeaning[], regularisation: number, exampleWeight: number) => {
  const chosen = ideasToFit.filter((idea) => idea.vectors.length > 0);
  const harmless = examples.filter((example) => example.fitted);
  return fitLogistic(
    [...chosen.map((idea) => idea.vectors.at(-1)!), ...harmless.map((example) => example.vector)],
    [...chosen.map((idea) => (idea.unsafe ? 1 : 0)), ...harmless.map(() => 0)],
    regularisation,
    [...chosen.map(() => 1), ...harmless.map(() => exampleWeight)],
  );
};
const likelihoodOf = (idea: IdeaMeaning, head: Pick<HarmMeaningHead, 'weights' | 'bias'>) => Math.max(0, ...idea.vectors.map((vector) => harmLikelihood(vector, head as HarmMeaningHead)));

function added(chosen: IdeaMeaning[], likelihoods: number[], threshold: number) {
  const refused = chosen.map((idea, at) => !idea.byRules && likelihoods[at] > threshold);
  return {
    unsafe: refused.filter((yes, at) => yes && chosen[at].unsafe).length, unsafeLeft: chosen.filter((idea) => idea.unsafe && !idea.byRules).length,
    safe: refused.filter((yes, at) => yes && !chosen[at].unsafe).length, safeLeft: chosen.filter((idea) => !idea.unsafe && !idea.byRules).length,
  };
}

const training = ideas.filter((idea) => trainingSets.includes(idea.set));
const candidates = exampleWeights.flatMap((exampleWeight) => regularisations.flatMap((regularisation) => {
  const pooled: IdeaMeaning[] = [];
  const likelihoods: number[] = [];
  for (const left of trainingSets) {
    const head = fitOn(training.filter((idea) => idea.set !== left), regularisation, exampleWeight);
    for (const idea of training.filter((idea) => idea.set === left)) {
      pooled.push(idea);
      likelihoods.push(likelihoodOf(idea, head));
    }
  }
  const whole = fitOn(training, regularisation, exampleWeight);
  const gauged = gauging.map((example) => harmLikelihood(example.vector, whole as HarmMeaningHead));
  return thresholds.map((threshold) => ({
    exampleWeight, regularisation, threshold, leaveOneSetOut: added(pooled, likelihoods, threshold),
    examplesRefused: gauged.filter((likelihood) => likelihood > threshold).length,
  }));
}));
for (const candidate of candidates) console.log(`examples × ${candidate.exampleWeight}, λ ${candidate.regularisation}, threshold ${candidate.threshold}: leave one set out, adds ${candidate.leaveOneSetOut.unsafe}/${candidate.leaveOneSetOut.unsafeLeft} unsafe the rules let through, ${candidate.leaveOneSetOut.safe}/${candidate.leaveOneSetOut.safeLeft} false refusals; WordNet sentences refused ${candidate.examplesRefused}/${gauging.length}`);
const allowed = candidates.filter((candidate) => candidate.leaveOneSetOut.safe <= mostAddedFalse * candidate.leaveOneSetOut.safeLeft && candidate.examplesRefused <= mostExamplesRefused * gauging.length);
const chosen = allowed.sort((a, b) => b.leaveOneSetOut.unsafe - a.leaveOneSetOut.unsafe || a.examplesRefused - b.examplesRefused)[0];
console.log(`chosen: examples × ${chosen.exampleWeight}, λ ${chosen.regularisation}, threshold ${chosen.threshold}`);

const fitted = fitOn(training, chosen.regularisation, chosen.exampleWeight);
const heldOut = Object.fromEntries(heldOutSets.map((set) => {
  const inSet = ideas.filter((idea) => idea.set === set);
  const refused = inSet.map((idea) => idea.byRules || likelihoodOf(idea, fitted) > chosen.threshold);
  const count = (unsafe: boolean, byRules: boolean) => inSet.filter((idea, at) => idea.unsafe === unsafe && (byRules ? idea.byRules : refused[at])).length;
  const figures = { unsafe: inSet.filter((idea) => idea.unsafe).length, safe: inSet.filter((idea) => !idea.unsafe).length, unsafeRefusedByRules: count(true, true), unsafeRefused: count(true, false), safeRefusedByRules: count(false, true), safeRefused: count(false, false) };
  console.log(`${set}: unsafe refused ${figures.unsafeRefusedByRules} → ${figures.unsafeRefused} of ${figures.unsafe}; safe refused ${figures.safeRefusedByRules} → ${figures.safeRefused} of ${figures.safe} (rules alone → with the meaning)`);
  return [set, figures];
}));

const topics: HarmMeaningHead['topics'] = {};
for (const topic of new Set(training.flatMap((idea) => (idea.topic ? [idea.topic] : [])))) {
  const vectors = training.filter((idea) => idea.topic === topic && idea.vectors.length > 0).map((idea) => idea.vectors.at(-1)!);
  const mean = vectors[0].map((_, at) => vectors.reduce((sum, vector) => sum + vector[at], 0) / vectors.length);
  const length = Math.hypot(...mean);
  topics[topic] = mean.map((value) => Number((value / length).toPrecision(4)));
}
const head: HarmMeaningHead = {
  about: `Fitted by bench/safety/train-harm-meaning.ts on ${trainingSets.join(', ')} (${training.length} ideas) and ${examples.length - gauging.length} of WordNet's sentences about children (weight ${chosen.exampleWeight}); λ ${chosen.regularisation}, threshold ${chosen.threshold}, chosen leaving one set out: adds ${chosen.leaveOneSetOut.unsafe} of ${chosen.leaveOneSetOut.unsafeLeft} unsafe ideas the rules let through, ${chosen.leaveOneSetOut.safe} false refusals of ${chosen.leaveOneSetOut.safeLeft}; refuses ${chosen.examplesRefused} of the other ${gauging.length} WordNet sentences.`,
  threshold: chosen.threshold,
  bias: Number(fitted.bias.toPrecision(6)),
  weights: fitted.weights.map((value) => Number(value.toPrecision(6))),
  topics,
};
if (options.write) await writeFile(new URL('../../src/safety/idea-meaning/harm-meaning-head.json', import.meta.url), `${JSON.stringify(head)}\n`);
console.log(JSON.stringify({ chosen: { exampleWeight: chosen.exampleWeight, regularisation: chosen.regularisation, threshold: chosen.threshold, leaveOneSetOut: chosen.leaveOneSetOut, wordnetSentencesRefused: `${chosen.examplesRefused}/${gauging.length}` }, heldOut, written: options.write }));
process.exit(0);
