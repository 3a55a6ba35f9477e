/** A smooth function's value and gradient at a point. */
export type Objective = (point: Float64Array) => { value: number; gradient: Float64Array };

export interface MinimiseResult {
  point: Float64Array;
  value: number;
  /** Euclidean norm of the gradient at the returned point. */
  gradientNorm: number;
  iterations: number;
  /** True when the gradient norm fell below the tolerance; false when iterations ran out or no step lowered the value. */
  converged: boolean;
}

export interface MinimiseOptions {
  gradientTolerance?: number;
  maxIterations?: number;
  /** How many past steps approximate the inverse Hessian. */
  memory?: number;
}

const dot = (a: Float64Array, b: Float64Array) => {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i] * b[i];
  return sum;
};

/**
 * Limited-memory BFGS with a backtracking (Armijo) line search: enough for the small convex fits the
 * benches make (a few dozen weights), without an optimisation package. The two-loop recursion turns the
 * last few steps and gradient changes into a quasi-Newton direction.
 */
export function minimiseLbfgs(objective: Objective, start: Float64Array, options: MinimiseOptions = {}): MinimiseResult {
  const { gradientTolerance = 1e-6, maxIterations = 2000, memory = 10 } = options;
  let point: Float64Array = Float64Array.from(start);
  let { value, gradient } = objective(point);
  const steps: Float64Array[] = [];
  const changes: Float64Array[] = [];
  let iterations = 0;
  while (Math.sqrt(dot(gradient, gradient)) >= gradientTolerance && iterations < maxIterations) {
    const direction = searchDirection(gradient, steps, changes);
    let slope = dot(direction, gradient);
    // A direction that does not descend (stale curvature pairs): restart from steepest descent.
    if (!(slope < 0)) {
      steps.length = changes.length = 0;
      direction.set(gradient.map((g) => -g));
      slope = -dot(gradient, gradient);
    }
    // The first step has no curvature to scale it, so it moves a unit distance.
    let stepSize = steps.length === 0 ? Math.min(1, 1 / Math.sqrt(dot(gradient, gradient))) : 1;
    let accepted: { point: Float64Array; value: number; gradient: Float64Array } | undefined;
    for (let halvings = 0; halvings < 60; halvings++, stepSize /= 2) {
      const trial = point.map((x, i) => x + stepSize * direction[i]);
      const result = objective(trial);
      if (sufficientDecrease(value, slope, stepSize, result.value, dot(direction, result.gradient))) {
        accepted = { point: trial, ...result };
        break;
      }
    }
    // No step lowers the value any more: the point is as good as the arithmetic allows.
    if (!accepted) break;
    const step = accepted.point.map((x, i) => x - point[i]);
    const change = accepted.gradient.map((g, i) => g - gradient[i]);
    // Keep only pairs with positive curvature, which keep the approximation positive definite.
    if (dot(step, change) > 1e-12 * Math.sqrt(dot(step, step) * dot(change, change))) {
      steps.push(step);
      changes.push(change);
      if (steps.length > memory) {
        steps.shift();
        changes.shift();
      }
    }
    ({ point, value, gradient } = accepted);
    iterations++;
  }
  const gradientNorm = Math.sqrt(dot(gradient, gradient));
  return { point, value, gradientNorm, iterations, converged: gradientNorm < gradientTolerance };
}

/**
 * Armijo's test, and where the value changes by no more than its rounding (near the minimum a sum of a
 * few hundred logs resolves about 1e-14, while the decrease still sought is smaller) the approximate
 * Wolfe test of Hager and Zhang instead: the slope along the direction has not turned up by more than it
 * fell. Armijo alone then takes equal values for decrease and creeps by ever smaller steps.
 */
function sufficientDecrease(value: number, slope: number, stepSize: number, trialValue: number, trialSlope: number): boolean {
  const armijo = 1e-4;
  if (trialValue < value + armijo * stepSize * slope) return true;
  const withinRounding = Math.abs(trialValue - value) <= 1e-12 * (1 + Math.abs(value));
  return withinRounding && trialSlope <= (2 * armijo - 1) * slope;
}

function searchDirection(gradient: Float64Array, steps: Float64Array[], changes: Float64Array[]): Float64Array {
  const direction = gradient.map((g) => -g);
  const alphas: number[] = [];
  for (let k = steps.length - 1; k >= 0; k--) {
    const alpha = dot(steps[k], direction) / dot(changes[k], steps[k]);
    alphas[k] = alpha;
    for (let i = 0; i < direction.length; i++) direction[i] -= alpha * changes[k][i];
  }
  if (steps.length > 0) {
    const last = steps.length - 1;
    const scale = dot(steps[last], changes[last]) / dot(changes[last], changes[last]);
    for (let i = 0; i < direction.length; i++) direction[i] *= scale;
  }
  for (let k = 0; k < steps.length; k++) {
    const beta = dot(changes[k], direction) / dot(changes[k], steps[k]);
    for (let i = 0; i < direction.length; i++) direction[i] += (alphas[k] - beta) * steps[k][i];
  }
  return direction;
}
