/** Horizontal and vertical brightness change at every pixel, from the 3×3 Sobel operator. */
export interface Gradient {
  horizontal: Float32Array;
  vertical: Float32Array;
  width: number;
  height: number;
}

/** Sobel derivatives of a one-channel picture; border pixels repeat their neighbours. */
export function sobelGradient(grey: ArrayLike<number>, width: number, height: number): Gradient {
  const horizontal = new Float32Array(width * height);
  const vertical = new Float32Array(width * height);
  for (let y = 0; y < height; y++) {
    const above = Math.max(0, y - 1) * width;
    const row = y * width;
    const below = Math.min(height - 1, y + 1) * width;
    for (let x = 0; x < width; x++) {
      const left = Math.max(0, x - 1);
      const right = Math.min(width - 1, x + 1);
      const topLeft = grey[above + left], top = grey[above + x], topRight = grey[above + right];
      const middleLeft = grey[row + left], middleRight = grey[row + right];
      const bottomLeft = grey[below + left], bottom = grey[below + x], bottomRight = grey[below + right];
      horizontal[row + x] = topRight + 2 * middleRight + bottomRight - topLeft - 2 * middleLeft - bottomLeft;
      vertical[row + x] = bottomLeft + 2 * bottom + bottomRight - topLeft - 2 * top - topRight;
    }
  }
  return { horizontal, vertical, width, height };
}

/** Edge strength 0–1 per pixel: the gradient's length, scaled so that a hard black-to-white step is 1. */
export function gradientMagnitude(gradient: Gradient): Float32Array {
  const magnitude = new Float32Array(gradient.horizontal.length);
  // A full step under the Sobel kernel gives 4·255 in one direction.
  const scale = 1 / (4 * 255);
  for (let index = 0; index < magnitude.length; index++) {
    magnitude[index] = Math.min(1, Math.sqrt(gradient.horizontal[index] ** 2 + gradient.vertical[index] ** 2) * scale);
  }
  return magnitude;
}
