import { minimiseLbfgs, type MinimiseResult } from './minimise-lbfgs.ts';

/** One choice among candidates: each candidate's feature values, and which candidates are right. */
export interface ChoiceGroup {
  /** One row per candidate, the same features in the same order in every group. */
  features: number[][];
  /** Indices of the candidates that count as right (may be several, or none). */
  right: number[];
}

export interface ConditionalLogitModel {
  /** Weights of the standardised features. */
  weights: Float64Array;
  /** Each feature's mean and standard deviation over the training candidates. */
  mean: Float64Array;
  deviation: Float64Array;
  /** How the optimiser ended. */
  fit: Pick<MinimiseResult, 'value' | 'gradientNorm' | 'iterations' | 'converged'>;
}

/**
 * Fits a conditional logit: within each group a softmax over the candidates' weighted features, and the
 * probability of choosing right is the sum over the right candidates (a piece may have two candidates
 * within tolerance of its tempo). Minimises the negative log of that probability over the groups plus
 * lambda times the squared weights. Features are standardised on the training candidates first, so one
 * lambda penalises every feature alike. Groups with no right candidate teach nothing and are skipped.
 */
export function fitConditionalLogit(groups: ChoiceGroup[], lambda: number): ConditionalLogitModel {
  const usable = groups.filter((group) => group.right.length > 0);
  const rows = usable.flatMap((group) => group.features);
  if (rows.length === 0) throw new Error('No group has a right candidate to fit on.');
  const width = rows[0].length;
  const mean = new Float64Array(width);
  const deviation = new Float64Array(width);
  for (let j = 0; j < width; j++) {
    const column = rows.map((row) => row[j]);
    mean[j] = column.reduce((sum, x) => sum + x, 0) / column.length;
    // Population deviation, plus a hair so a constant feature does not divide by zero.
    deviation[j] = Math.sqrt(column.reduce((sum, x) => sum + (x - mean[j]) ** 2, 0) / column.length) + 1e-9;
  }
  const standardised = usable.map((group) => ({
    features: group.features.map((row) => Float64Array.from(row, (x, j) => (x - mean[j]) / deviation[j])),
    right: group.right,
  }));
  const result = minimiseLbfgs((weights) => {
    let value = lambda * weights.reduce((sum, w) => sum + w * w, 0);
    const gradient = weights.map((w) => 2 * lambda * w);
    for (const group of standardised) {
      const probabilities = softmax(group.features.map((row) => linear(row, weights)));
      const rightProbability = group.right.reduce((sum, i) => sum + probabilities[i], 0);
      value -= Math.log(rightProbability + 1e-12);
      // d(-log P(right))/dw = sum_i (p_i - q_i) x_i, q being p renormalised over the right candidates.
      const isRight = new Set(group.right);
      group.features.forEach((row, i) => {
        const coefficient = probabilities[i] - (isRight.has(i) ? probabilities[i] / rightProbability : 0);
        for (let j = 0; j < width; j++) gradient[j] += coefficient * row[j];
      });
    }
    return { value, gradient };
  }, new Float64Array(width));
  const { value, gradientNorm, iterations, converged } = result;
  return { weights: result.point, mean, deviation, fit: { value, gradientNorm, iterations, converged } };
}

/** The index of the candidate the model scores highest (the first, on a tie). */
export function chooseCandidate(model: ConditionalLogitModel, features: number[][]): number {
  let best = -1;
  let bestScore = -Infinity;
  features.forEach((row, i) => {
    const score = linear(Float64Array.from(row, (x, j) => (x - model.mean[j]) / model.deviation[j]), model.weights);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  return best;
}

function linear(row: Float64Array, weights: Float64Array): number {
  let sum = 0;
  for (let j = 0; j < row.length; j++) sum += row[j] * weights[j];
  return sum;
}

function softmax(scores: number[]): number[] {
  const top = Math.max(...scores);
  const exponentials = scores.map((score) => Math.exp(score - top));
  const total = exponentials.reduce((sum, e) => sum + e, 0);
  return exponentials.map((e) => e / total);
}
