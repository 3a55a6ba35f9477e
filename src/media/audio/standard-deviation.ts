/** The population standard deviation of `values`, in one pass (sum and sum of squares). */
export function standardDeviation(values: Float32Array): number {
  let sum = 0;
  let sumOfSquares = 0;
  for (const value of values) {
    sum += value;
    sumOfSquares += value * value;
  }
  const mean = sum / values.length;
  return Math.sqrt(Math.max(0, sumOfSquares / values.length - mean * mean));
}
