import { readFileSync } from 'node:fs';
import { harmLogit, harmMeaningHead, type HarmMeaningHead } from './harm-meaning.ts';
import { commonestTopic, harmNeighbours, nearestIdeas, type NearHarm, type Neighbour, type NeighbourPool } from './harm-neighbours.ts';

// Read on the sentence encoder's thread, which Node loads by type stripping: plain syntax only.

/**
 * How the line through the vectors (harm-meaning.ts) and the studied ideas nearest an idea (harm-neighbours.ts) are
 * weighed together, fitted by `bench/safety/train-harm-reading.ts`. Each alone was judged by a fixed rule (the line
 * over a threshold; 8 of the 9 nearest harmful): fitted on the first studied sets, the pair refused 39 of 528 safe
 * ideas of the sets written after them, which the rules let through. A small logistic reading over what both see
 * (how far the line leans, how many of the nearest are harmful, how close the nearest harmful and the nearest
 * harmless idea are) tells a safe idea in harmful company from harm told in new words better than either.
 */
export interface HarmStack {
  /** How it was made: the sets, the choice and the figures it was chosen on. */
  about: string;
  /** The features' names, in order (see harmFeatures). */
  features: string[];
  weights: number[];
  bias: number;
  /** An idea whose likelihood is above this is refused. */
  threshold: number;
}

/** The features an idea's vectors give, in order; the weights in harm-stack.json follow it. */
export const harmFeatureNames = [
  'line (logit)', 'harmful share of the 3 nearest', 'of the 5 nearest', 'of the 9 nearest',
  'nearest harmful (cosine)', 'nearest harmless (cosine)', 'nearest harmful less nearest harmless',
];
/** How many nearest studied ideas the features look at. */
export const featureNeighbours = 9;

let stack: HarmStack | undefined;

/** The fitted weighing kept beside this file. */
export function harmStack(): HarmStack {
  stack ??= JSON.parse(readFileSync(new URL('./harm-stack.json', import.meta.url), 'utf8')) as HarmStack;
  return stack;
}

/** One text's features, from its vector, the line and its nearest studied ideas (nearest first). */
export function harmFeatures(vector: readonly number[], head: Pick<HarmMeaningHead, 'weights' | 'bias'>, nearest: readonly Neighbour[], labels: Uint8Array): number[] {
  const logit = harmLogit(vector, head);
  const share = (count: number) => nearest.slice(0, count).filter(({ row }) => labels[row] > 0).length / count;
  const harmful = Math.max(0, ...nearest.filter(({ row }) => labels[row] > 0).map(({ similarity }) => similarity));
  const harmless = Math.max(0, ...nearest.filter(({ row }) => labels[row] === 0).map(({ similarity }) => similarity));
  return [logit, share(3), share(5), share(9), harmful, harmless, harmful - harmless];
}

/** Every feature's largest value over an idea's texts (as written, and its English readings): the most harmful decides. */
export function ideaFeatures(perText: readonly number[][]): number[] {
  return harmFeatureNames.map((_, at) => Math.max(...perText.map((features) => features[at])));
}

/** The stack's likelihood of harm for an idea's features. */
export function stackedLikelihood(features: readonly number[], fitted: Pick<HarmStack, 'weights' | 'bias'>): number {
  const logit = features.reduce((sum, value, at) => sum + value * fitted.weights[at], fitted.bias);
  return 1 / (1 + Math.exp(-logit));
}

/**
 * The reading of an idea's vectors (as written and, for another language, its English readings) by the line and the
 * studied ideas nearest them, weighed together; a refusal names the commonest topic among the harmful nearest.
 */
export function readHarm(vectors: readonly number[][], parts: { head?: HarmMeaningHead; pool?: NeighbourPool; fitted?: HarmStack } = {}): NearHarm {
  if (vectors.length === 0) return { harmful: false };
  const head = parts.head ?? harmMeaningHead();
  const pool = parts.pool ?? harmNeighbours();
  const fitted = parts.fitted ?? harmStack();
  const lists = vectors.map((vector) => nearestIdeas(vector, pool, featureNeighbours));
  const features = ideaFeatures(vectors.map((vector, at) => harmFeatures(vector, head, lists[at], pool.labels)));
  if (stackedLikelihood(features, fitted) <= fitted.threshold) return { harmful: false };
  // Every text's nearest together, nearest first.
  const topic = commonestTopic(lists.flat().sort((a, b) => b.similarity - a.similarity), pool.labels);
  return { harmful: true, ...(topic ? { topic } : {}) };
}
