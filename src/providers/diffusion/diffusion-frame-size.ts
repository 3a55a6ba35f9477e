import sharp from 'sharp';
import { BadInputError } from '../../engine/errors/index.ts';

/**
 * The size to ask a Stable Diffusion server for: the frame's aspect ratio within `maxSide`, each
 * side a multiple of 64 (what the latent space divides cleanly). A 640×480 camera frame becomes 512×384.
 */
export async function diffusionFrameSize(image: Uint8Array, maxSide = 512): Promise<{ width: number; height: number }> {
  let metadata;
  try {
    metadata = await sharp(image).metadata();
  } catch (error) {
    throw new BadInputError('The frame is not an image the restyle backend can take; send JPEG, WebP or PNG.', { cause: error });
  }
  const width = metadata.width ?? maxSide;
  const height = metadata.height ?? maxSide;
  const scale = maxSide / Math.max(width, height);
  const round = (side: number) => Math.max(64, Math.round((side * scale) / 64) * 64);
  return { width: round(width), height: round(height) };
}
