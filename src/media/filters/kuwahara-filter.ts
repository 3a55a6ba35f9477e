import { createRawImage, luminance, type RawImage } from './raw-image.ts';
import { buildSummedAreaTable } from './summed-area-table.ts';

export interface KuwaharaSettings {
  /** Each quadrant is (radius + 1) pixels square; larger means broader brush strokes. */
  radius?: number;
}

/**
 * The oil-paint look: every pixel takes the mean colour of whichever of its four surrounding
 * quadrants is most uniform (least brightness variance), so flat areas become strokes while edges,
 * which always have one calm side, stay sharp.
 *
 * A quadrant is a (radius + 1)-pixel square window, and each window is some pixel's quadrant four
 * times over; so the mean and variance of every window position are computed once from
 * summed-area tables (constant cost whatever the radius), and each pixel then compares four lookups.
 */
export function kuwaharaFilter(image: RawImage, settings: KuwaharaSettings = {}): RawImage {
  const radius = Math.max(1, Math.round(settings.radius ?? 4));
  const { width, height } = image;
  const windows = windowStatistics(image, radius);
  const gridWidth = width + radius;
  const output = createRawImage(width, height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      // Windows are indexed by their top-left corner shifted by `radius`, so x − radius is column x.
      const upperLeft = y * gridWidth + x;
      const upperRight = upperLeft + radius;
      const lowerLeft = upperLeft + radius * gridWidth;
      const lowerRight = lowerLeft + radius;
      let best = upperLeft;
      if (windows.variance[upperRight] < windows.variance[best]) best = upperRight;
      if (windows.variance[lowerLeft] < windows.variance[best]) best = lowerLeft;
      if (windows.variance[lowerRight] < windows.variance[best]) best = lowerRight;
      const offset = (y * width + x) * 3;
      output.data[offset] = windows.means[best * 3];
      output.data[offset + 1] = windows.means[best * 3 + 1];
      output.data[offset + 2] = windows.means[best * 3 + 2];
    }
  }
  return output;
}

/**
 * Brightness variance and mean colour of every (radius + 1)-square window whose top-left corner
 * lies in [−radius, width) × [−radius, height), clipped to the picture.
 */
function windowStatistics(image: RawImage, radius: number): { variance: Float64Array; means: Uint8Array } {
  const { width, height, data } = image;
  const grey = luminance(image);
  const channelTables = [0, 1, 2].map((channel) => {
    const values = new Uint8Array(width * height);
    for (let pixel = 0; pixel < values.length; pixel++) values[pixel] = data[pixel * 3 + channel];
    return buildSummedAreaTable(values, width, height);
  });
  const greySums = buildSummedAreaTable(grey, width, height);
  const greySquares = buildSummedAreaTable(grey, width, height, true);
  const gridWidth = width + radius;
  const gridHeight = height + radius;
  const variance = new Float64Array(gridWidth * gridHeight);
  const means = new Uint8Array(gridWidth * gridHeight * 3);
  const stride = width + 1;
  const [reds, greens, blues] = channelTables.map((table) => table.sums);
  const sums = greySums.sums;
  const squares = greySquares.sums;
  for (let row = 0; row < gridHeight; row++) {
    const y0 = Math.max(0, row - radius);
    const y1 = Math.min(height, row + 1);
    for (let column = 0; column < gridWidth; column++) {
      const x0 = Math.max(0, column - radius);
      const x1 = Math.min(width, column + 1);
      const count = (x1 - x0) * (y1 - y0);
      const a = y1 * stride + x1, b = y0 * stride + x1, c = y1 * stride + x0, d = y0 * stride + x0;
      const mean = (sums[a] - sums[b] - sums[c] + sums[d]) / count;
      const index = row * gridWidth + column;
      variance[index] = (squares[a] - squares[b] - squares[c] + squares[d]) / count - mean * mean;
      means[index * 3] = (reds[a] - reds[b] - reds[c] + reds[d]) / count + 0.5;
      means[index * 3 + 1] = (greens[a] - greens[b] - greens[c] + greens[d]) / count + 0.5;
      means[index * 3 + 2] = (blues[a] - blues[b] - blues[c] + blues[d]) / count + 0.5;
    }
  }
  return { variance, means };
}
