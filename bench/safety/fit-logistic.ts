/**
 * L2-regularised logistic regression by Newton's method (iteratively reweighted least squares), for the few
 * thousand examples and 512 features of the harm reading: exact and deterministic. An example may count for less
 * than one (exampleWeights).
 */
export function fitLogistic(examples: number[][], labels: number[], regularisation: number, exampleWeights?: number[], iterations = 25): { weights: number[]; bias: number } {
  const size = examples[0].length + 1; // the last coefficient is the bias, never regularised
  const rows = examples.map((example) => [...example, 1]);
  const coefficients = new Float64Array(size);
  for (let iteration = 0; iteration < iterations; iteration += 1) {
    const gradient = new Float64Array(size);
    const hessian = new Float64Array(size * size);
    for (const [at, row] of rows.entries()) {
      let z = 0;
      for (let k = 0; k < size; k += 1) z += row[k] * coefficients[k];
      const p = 1 / (1 + Math.exp(-z));
      const counted = exampleWeights?.[at] ?? 1;
      const weight = counted * p * (1 - p);
      for (let i = 0; i < size; i += 1) {
        gradient[i] += counted * (p - labels[at]) * row[i];
        const scaled = weight * row[i];
        for (let j = 0; j <= i; j += 1) hessian[i * size + j] += scaled * row[j];
      }
    }
    for (let i = 0; i < size - 1; i += 1) {
      gradient[i] += regularisation * coefficients[i];
      hessian[i * size + i] += regularisation;
    }
    hessian[size * size - 1] += 1e-9;
    const step = solveSymmetric(hessian, gradient, size);
    for (let k = 0; k < size; k += 1) coefficients[k] -= step[k];
  }
  return { weights: [...coefficients.subarray(0, size - 1)], bias: coefficients[size - 1] };
}

/** Solves H x = g for a symmetric positive definite H given by its lower triangle (Cholesky). */
function solveSymmetric(lower: Float64Array, right: Float64Array, size: number): Float64Array {
  const factor = new Float64Array(size * size);
  for (let i = 0; i < size; i += 1) {
    for (let j = 0; j <= i; j += 1) {
      let sum = lower[i * size + j];
      for (let k = 0; k < j; k += 1) sum -= factor[i * size + k] * factor[j * size + k];
      factor[i * size + j] = i === j ? Math.sqrt(sum) : sum / factor[j * size + j];
    }
  }
  const middle = new Float64Array(size);
  for (let i = 0; i < size; i += 1) {
    let sum = right[i];
    for (let k = 0; k < i; k += 1) sum -= factor[i * size + k] * middle[k];
    middle[i] = sum / factor[i * size + i];
  }
  const solution = new Float64Array(size);
  for (let i = size - 1; i >= 0; i -= 1) {
    let sum = middle[i];
    for (let k = i + 1; k < size; k += 1) sum -= factor[k * size + i] * solution[k];
    solution[i] = sum / factor[i * size + i];
  }
  return solution;
}
