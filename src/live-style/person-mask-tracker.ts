import type { RawPixels } from '../providers/spec/index.ts';
import type { PersonMaskAnswer } from './person-mask-queue.ts';
import { estimatePersonShift, greyPlane, shiftMask, type GreyPlane } from './estimate-person-shift.ts';
import { PersonMaskSmoother } from './person-mask-smoother.ts';
import { thumbnailSimilarity } from './similarity-filter.ts';

export interface PersonMaskTrackerOptions {
  /**
   * A new mask is asked for when the frame's thumbnail is less similar than this to the thumbnail
   * of the frame the last mask was asked for (thumbnailSimilarity: the share of 32×32 grey pixels
   * unchanged beyond noise). Default 0.98: about 20 of 1024 pixels, a hand or a turned head.
   */
  refreshBelowSimilarity?: number;
  /** Frames between two mask requests at least, however much the picture moves: the model runs at a fraction of the frame rate. Default 3. */
  minFramesBetween?: number;
  /** Frames a mask serves at most, however still the picture: a slow drift (light, a lean) is caught. Default 30. */
  maxFramesBetween?: number;
}

/** One camera frame as the tracker sees it: its pixels at the size it is composited at, and its similarity thumbnail. */
export interface TrackedFrame {
  pixels: RawPixels;
  thumbnail: Uint8Array;
}

interface CurrentMask {
  data: Uint8Array;
  width: number;
  height: number;
  /** The frame the mask was made from, small and grey: later frames find how far the person moved from it. */
  plane: GreyPlane;
}

/** A stream's newest mask, lent to a backend that composites the next frame itself (see reusableMask). */
export interface ReusableMask {
  /** Smoothed and feathered, 0–255, one byte a pixel; the tracker's own, not to be written to. */
  data: Uint8Array;
  width: number;
  height: number;
  /** The grey plane of the frame the mask was made from. */
  plane: GreyPlane;
  /** The frame asks the model for a new mask: its pixels are wanted back. */
  asksForMask: boolean;
}

/**
 * The person mask of one live stream, kept between frames as OBS's background removal and video
 * calls do: the model runs at a lower cadence than the camera (only when the picture moved, and
 * not more often than every few frames), in the background, and each frame is composited with the
 * newest mask there is, smoothed over time and moved with the person, rather than waiting for the model. Only a stream's
 * first frame at a size (or after a reset) waits, for the first mask. A request the model fails
 * (a frame it cannot read, the model off) drops the mask, so the next frame is styled whole.
 */
export class PersonMaskTracker {
  private readonly smoother = new PersonMaskSmoother();
  private current: CurrentMask | undefined;
  /** The thumbnail of the frame the last mask request was made for. */
  private reference: Uint8Array | undefined;
  private framesSinceRequest = 0;
  /** The newest request while the model works on it. */
  private pending: Promise<void> | undefined;
  /** Bumped by reset: an answer to a request made before it is not used. */
  private generation = 0;
  /** Masks the model was asked for (for benchmarks and tests); also numbers the requests. */
  requests = 0;
  /** The request number of the current mask: an older answer arriving late never replaces a newer mask. */
  private currentRequest = 0;
  private readonly refreshBelowSimilarity: number;
  private readonly minFramesBetween: number;
  private readonly maxFramesBetween: number;

  constructor(options: PersonMaskTrackerOptions = {}) {
    this.refreshBelowSimilarity = options.refreshBelowSimilarity ?? 0.98;
    this.minFramesBetween = options.minFramesBetween ?? 3;
    this.maxFramesBetween = options.maxFramesBetween ?? 30;
  }

  /**
   * The smoothed mask (0–255, one byte per pixel) to composite this frame with, or undefined when
   * there is none (the model failed or refused this stream's frames). Asks `segment` for a new
   * mask when the frame calls for one, and waits for it only when there is no mask of this size yet.
   */
  async maskFor(frame: TrackedFrame, segment: (pixels: RawPixels) => Promise<PersonMaskAnswer>): Promise<Uint8Array | undefined> {
    const { width, height } = frame.pixels;
    const fits = () => this.current !== undefined && this.current.width === width && this.current.height === height;
    this.framesSinceRequest += 1;
    const plane = greyPlane(frame.pixels);
    if (this.wantsNewMask(frame.thumbnail, fits() || this.pending !== undefined)) this.ask(frame, plane, segment);
    if (!fits() && this.pending) await this.pending;
    if (!fits()) return undefined;
    const current = this.current!;
    // A reused mask is moved with the person (a head sweeping across is 15–45 px off after a few frames).
    const shift = estimatePersonShift(current.plane, plane, current.data, width);
    return shift ? shiftMask(current.data, width, height, shift) : current.data;
  }

  /**
   * The mask the next frame (with this thumbnail) would be composited with, for a backend that
   * composites on its own thread while it has the frame decoded (compositePersonFrame moves it with
   * the person there, as maskFor does here), and whether that frame asks the model for a new mask,
   * so the backend sends its pixels back. Changes nothing; undefined while there is no mask (the
   * frame then goes through maskFor, which waits for the first one).
   */
  reusableMask(thumbnail: Uint8Array): ReusableMask | undefined {
    const current = this.current;
    if (!current) return undefined;
    return { ...current, asksForMask: this.wantsNewMask(thumbnail, true, this.framesSinceRequest + 1) };
  }

  /**
   * After a backend composited a frame with reusableMask's mask: counts the frame as maskFor does
   * and asks the model for a new mask, from the frame's pixels, when the frame calls for one.
   */
  composited(frame: { thumbnail: Uint8Array; plane: GreyPlane; pixels?: RawPixels }, segment: (pixels: RawPixels) => Promise<PersonMaskAnswer>): void {
    this.framesSinceRequest += 1;
    const { pixels } = frame;
    if (!pixels) return;
    const fits = this.current !== undefined && this.current.width === pixels.width && this.current.height === pixels.height;
    if (this.wantsNewMask(frame.thumbnail, fits || this.pending !== undefined)) this.ask({ pixels, thumbnail: frame.thumbnail }, frame.plane, segment);
  }

  /** A new look or a new camera: the next frame asks for a mask afresh and waits for it. */
  reset(): void {
    this.generation += 1;
    this.current = undefined;
    this.reference = undefined;
    this.pending = undefined;
    this.smoother.reset();
  }

  /** Whether this frame's picture calls for a new mask: by what the frames show, never by the clock. */
  private wantsNewMask(thumbnail: Uint8Array, hasOrAwaitsMask: boolean, framesSinceRequest = this.framesSinceRequest): boolean {
    if (!hasOrAwaitsMask || !this.reference) return true;
    if (framesSinceRequest < this.minFramesBetween) return false;
    if (framesSinceRequest >= this.maxFramesBetween) return true;
    return thumbnailSimilarity(this.reference, thumbnail) < this.refreshBelowSimilarity;
  }

  private ask(frame: TrackedFrame, plane: GreyPlane, segment: (pixels: RawPixels) => Promise<PersonMaskAnswer>): void {
    const generation = this.generation;
    this.reference = frame.thumbnail;
    this.framesSinceRequest = 0;
    this.requests += 1;
    const request = this.requests;
    const pending: Promise<void> = segment(frame.pixels).then(
      (answer) => {
        if (generation !== this.generation || answer.kind !== 'mask' || request < this.currentRequest) return;
        this.currentRequest = request;
        const { mask } = answer;
        // A mask of a size other than the last one's starts the smoothing afresh (the smoother sees to it).
        this.current = { data: this.smoother.smooth(mask), width: mask.width, height: mask.height, plane };
      },
      () => {
        // The model could not read this frame (or is off): no mask is better than one of another scene.
        if (generation !== this.generation || request < this.currentRequest) return;
        this.current = undefined;
        this.reference = undefined;
      },
    ).finally(() => {
      if (this.pending === pending) this.pending = undefined;
    });
    this.pending = pending;
  }
}
