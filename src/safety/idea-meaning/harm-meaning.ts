import { readFileSync } from 'node:fs';
import { safetyTopics, type SafetyTopic } from '../safety-topic.ts';

/**
 * A linear reading of harm over the sentence encoder's vectors, fitted by `bench/safety/train-harm-reading.ts`
 * on the red-team sets the rules were studied on (never on the held-out ones), and the mean vector of each
 * topic's unsafe ideas, to name what a refused idea is about. It does not refuse alone: how far it leans is one of
 * the things harm-reading.ts weighs.
 */
export interface HarmMeaningHead {
  /** How it was made: the sets, the regularisation, the figures it was chosen on. */
  about: string;
  bias: number;
  weights: number[];
  /** Each topic's unsafe ideas' mean vector (topics with no ideas in the sets are absent). */
  topics: Partial<Record<SafetyTopic, number[]>>;
}

/** The line's reading of an idea's texts. */
export interface LineReading {
  /** The likelihood of harm of the most harmful text by the line, 0 to 1. */
  likelihood: number;
  /** The topic nearest the most harmful text. */
  topic: SafetyTopic;
}

/** What the check reads by meaning: the line's reading, and whether the idea is refused (and then the topic named). */
export interface HarmMeaning extends LineReading {
  harmful: boolean;
}

let head: HarmMeaningHead | undefined;

/** The fitted head kept beside this file. */
export function harmMeaningHead(): HarmMeaningHead {
  head ??= JSON.parse(readFileSync(new URL('./harm-meaning-head.json', import.meta.url), 'utf8')) as HarmMeaningHead;
  return head;
}

const dot = (a: readonly number[], b: readonly number[]) => a.reduce((sum, value, at) => sum + value * b[at], 0);

/** How far one meaning vector leans towards harm by the line, as a logit (harm-reading.ts weighs it as one feature). */
export function harmLogit(vector: readonly number[], fitted: Pick<HarmMeaningHead, 'weights' | 'bias'>): number {
  return dot(vector, fitted.weights) + fitted.bias;
}

/** The likelihood of harm of one meaning vector. */
export function harmLikelihood(vector: number[], fitted: HarmMeaningHead): number {
  return 1 / (1 + Math.exp(-harmLogit(vector, fitted)));
}

/**
 * The reading of an idea's vectors (as written and, for another language, its English gloss): the most harmful
 * one decides, since a gloss read word by word may carry what the original's vector does not, and the reverse.
 */
export function weighHarmMeaning(vectors: number[][], fitted = harmMeaningHead()): LineReading {
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
  return { likelihood, topic };
}
