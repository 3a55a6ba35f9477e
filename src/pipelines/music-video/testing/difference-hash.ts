import sharp from 'sharp';

/**
 * A 64-bit perceptual fingerprint (dHash): the picture shrunk to a 9x8 grey thumbnail, one bit per
 * pair of neighbours saying whether brightness rises to the right. Near-duplicate pictures differ in
 * a few bits; different compositions in many.
 */
export async function differenceHash(image: Uint8Array | string): Promise<boolean[]> {
  const { data } = await sharp(typeof image === 'string' ? image : Buffer.from(image))
    .greyscale().resize(9, 8, { fit: 'fill' }).raw().toBuffer({ resolveWithObject: true });
  const bits: boolean[] = [];
  for (let row = 0; row < 8; row++) for (let column = 0; column < 8; column++) bits.push(data[row * 9 + column] < data[row * 9 + column + 1]);
  return bits;
}

export function hammingDistance(first: readonly boolean[], second: readonly boolean[]): number {
  return first.reduce((count, bit, index) => count + (bit === second[index] ? 0 : 1), 0);
}
