import { boxBlur } from '../media/filters/box-blur.ts';
import type { PersonMask } from '../providers/spec/index.ts';

/**
 * Steadies a stream of person masks: each new mask is averaged with the last one (the model's edge
 * wobbles by a few pixels from frame to frame, which shows as a flickering halo) and then feathered,
 * so the outline fades over a few pixels instead of stepping. One per live session.
 */
export class PersonMaskSmoother {
  private previous: Float32Array | undefined;
  private previousSize = '';
  /** Share of the new mask in the average: high enough that a moving arm is not left behind as a ghost. */
  private readonly newShare: number;

  constructor(newShare = 0.6) {
    this.newShare = newShare;
  }

  smooth(mask: PersonMask): Uint8Array {
    const size = `${mask.width}x${mask.height}`;
    const current = new Float32Array(mask.data.length);
    const previous = this.previousSize === size ? this.previous : undefined;
    if (previous) {
      for (let index = 0; index < current.length; index++) current[index] = mask.data[index] * this.newShare + previous[index] * (1 - this.newShare);
    } else {
      current.set(mask.data);
    }
    this.previous = current;
    this.previousSize = size;
    const radius = Math.max(1, Math.round(Math.max(mask.width, mask.height) / 160));
    const feathered = boxBlur(current, mask.width, mask.height, radius);
    const output = new Uint8Array(feathered.length);
    // Plain loops: Uint8Array.from with a mapping function costs ten times as much on a 640x480 mask.
    for (let index = 0; index < output.length; index++) output[index] = feathered[index] + 0.5;
    return output;
  }

  /** A new look or a new camera: the next mask starts afresh. */
  reset(): void {
    this.previous = undefined;
  }
}
