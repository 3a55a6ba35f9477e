// The conditional logit and the optimiser behind bench/beats/fit-octave-choice.ts (vitest does not
// collect tests under bench/, so they live here). Made-up groups only: the bench's data is development
// audio rendered outside the repository.
import { describe, expect, it } from 'vitest';
import { createSeededRandom } from '../src/engine/seeded-random.ts';
import { chooseCandidate, fitConditionalLogit, type ChoiceGroup } from '../bench/beats/conditional-logit.ts';
import { minimiseLbfgs } from '../bench/beats/minimise-lbfgs.ts';


/**
 * Groups of four candidates. Feature 0 is loud noise (a hundred times the scale); feature 1 is small
 * noise plus one on the right candidate, which sits at a random place in the group.
 */
function makeGroups(count: number, seed: number): ChoiceGroup[] {
  const next = createSeededRandom(seed).next;
  return Array.from({ length: count }, () => {
    const right = Math.floor(next() * 4);
    const features = Array.from({ length: 4 }, (_, i) => [100 * (next() - 0.5), 0.2 * (next() - 0.5) + (i === right ? 1 : 0)]);
    return { features, right: [right] };
  });
}

describe('fitConditionalLogit', () => {
  it('learns the feature that marks the right candidate and chooses right on groups it was not fitted on', () => {
    const model = fitConditionalLogit(makeGroups(40, 1), 1);
    expect(model.fit.converged).toBe(true);
    expect(model.weights[1]).toBeGreaterThan(5 * Math.abs(model.weights[0]));
    const heldOut = makeGroups(30, 2);
    const right = heldOut.filter((group) => group.right.includes(chooseCandidate(model, group.features))).length;
    expect(right).toBe(30);
  });

  it('counts either of two right candidates as right, and skips groups with none', () => {
    const groups = makeGroups(40, 3).map((group, index) => {
      if (index % 10 === 0) return { ...group, right: [] };
      // A second right candidate with the same mark: a piece with two candidates near its tempo.
      const other = (group.right[0] + 1) % 4;
      group.features[other][1] += 1;
      return { ...group, right: [group.right[0], other] };
    });
    const model = fitConditionalLogit(groups, 1);
    expect(model.fit.converged).toBe(true);
    expect(model.weights[1]).toBeGreaterThan(5 * Math.abs(model.weights[0]));
  });
});

describe('minimiseLbfgs', () => {
  it('finds the minimum of a badly scaled quadratic', () => {
    const scales = [1, 1e3, 1e-2];
    const target = [3, -2, 5];
    const result = minimiseLbfgs((point) => ({
      value: point.reduce((sum, x, i) => sum + scales[i] * (x - target[i]) ** 2, 0),
      gradient: point.map((x, i) => 2 * scales[i] * (x - target[i])),
    }), new Float64Array(3));
    expect(result.converged).toBe(true);
    result.point.forEach((x, i) => expect(x).toBeCloseTo(target[i], 5));
  });
});
