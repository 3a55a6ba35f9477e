import { boxBlurInto } from '../media/filters/box-blur.ts';
import type { PersonMask } from '../providers/spec/index.ts';

/**
 * Steadies a stream of person masks: each new mask is averaged with the last one (the model's edge
 * wobbles by a few pixels from frame to frame, which shows as a flickering halo) and then feathered,
 * so the outline fades over a few pixels instead of stepping. One per live session.
 */
export class PersonMaskSmoother {
  /** The running average, kept between frames; with the blur's two planes, reused while the size holds. */
  private average: Float32Array | undefined;
  private scratch = new Float32Array(0);
  private feathered = new Float32Array(0);
  private averageSize = '';
  /** Share of the new mask in the average: high enough that a moving arm is not left behind as a ghost. */
  private readonly newShare: number;

  constructor(newShare = 0.6) {
    this.newShare = newShare;
  }

  smooth(mask: PersonMask): Uint8Array {
    const size = `${mask.width}x${mask.height}`;
    const { data } = mask;
    if (this.averageSize !== size || !this.average) {
      // A new size (or the first frame, or after reset): the average starts from this mask alone.
      this.average = Float32Array.from(data);
      this.scratch = new Float32Array(data.length);
      this.feathered = new Float32Array(data.length);
      this.averageSize = size;
    } else {
      const average = this.average;
      const keep = 1 - this.newShare;
      for (let index = 0; index < average.length; index++) average[index] = data[index] * this.newShare + average[index] * keep;
    }
    const radius = Math.max(1, Math.round(Math.max(mask.width, mask.height) / 160));
    const feathered = boxBlurInto(this.average, mask.width, mask.height, radius, 1, this.scratch, this.feathered);
    const output = new Uint8Array(feathered.length);
    // Plain loops: Uint8Array.from with a mapping function costs ten times as much on a 640x480 mask.
    for (let index = 0; index < output.length; index++) output[index] = feathered[index] + 0.5;
    return output;
  }

  /** A new look or a new camera: the next mask starts afresh. */
  reset(): void {
    this.averageSize = '';
  }
}
