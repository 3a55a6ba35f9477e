import { readFileSync } from 'node:fs';
import { safetyTopics, type SafetyTopic } from '../safety-topic.ts';

/**
 * A linear reading of harm over the sentence encoder's vectors, fitted by `bench/safety/train-harm-meaning.ts`
 * on the red-team sets the rules were studied on (never on the held-out ones), and the mean vector of each
 * topic's unsafe ideas, to name what a refused idea is about.
 */
export interface HarmMeaningHead {
  /** How it was made: the sets, the regularisation, the figures it was chosen on. */
  about: string;
  /** An idea whose likelihood of harm is above this is refused. */
  threshold: number;
  bias: number;
  weights: number[];
  /** Each topic's unsafe ideas' mean vector (topics with no ideas in the sets are absent). */
  topics: Partial<Record<SafetyTopic, number[]>>;
}

export interface HarmMeaning {
  /** The likelihood of harm of the most harmful text, 0 to 1. */
  likelihood: number;
  harmful: boolean;
  /** The topic nearest the most harmful text. */
  topic: SafetyTopic;
}

let head: HarmMeaningHead | undefined;

/** The fitted head kept beside this file. */
export function harmMeaningHead(): HarmMeaningHead {
  head ??= JSON.parse(readFileSync(new URL('./harm-meaning-head.json', import.meta.url), 'utf8')) as HarmMeaningHead;
  return head;
}

const dot = (a: number[], b: number[]) => a.reduce((sum, value, at) => sum + value * b[at], 0);

/** The likelihood of harm of one meaning vector. */
export function harmLikelihood(vector: number[], fitted: HarmMeaningHead): number {
  return 1 / (1 + Math.exp(-(dot(vector, fitted.weights) + fitted.bias)));
}

/**
 * The reading of an idea's vectors (as written and, for another language, its English gloss): the most harmful
 * one decides, since a gloss read word by word may carry what the original's vector does not, and the reverse.
 */
export function weighHarmMeaning(vectors: number[][], fitted = harmMeaningHead()): HarmMeaning {
  let likelihood = 0;
  let worst = vectors[0] ?? [];
  for (const vector of vectors) {
    const value = harmLikelihood(vector, fitted);
    if (value >= likelihood) [likelihood, worst] = [value, vector];
  }
  let topic: SafetyTopic = 'frightening';
  let nearest = -Infinity;
  for (const candidate of safetyTopics) {
    const centre = fitted.topics[candidate];
    if (!centre) continue;
    const closeness = dot(worst, centre);
    if (closeness > nearest) [nearest, topic] = [closeness, candidate];
  }
  return { likelihood, harmful: likelihood > fitted.threshold, topic };
}
