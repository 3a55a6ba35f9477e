import sharp from 'sharp';
import { BadInputError } from '../../engine/errors/index.ts';
import type { MediaData } from '../../providers/spec/index.ts';
import { cutOutCharacter } from './cut-out-character.ts';

/** A reference picture made ready to embed: PNG at the size it will be drawn. */
export interface PreparedReference {
  /** `data:image/png;base64,…` for an SVG `<image>`. */
  href: string;
  /** Pixel size of the prepared picture. */
  width: number;
  height: number;
  /** True when the picture has its own transparent outline (a cut-out character); false cuts it to a soft circle. */
  cutout: boolean;
}

/** Largest side of a prepared picture, whatever the slot: enough for a 2048-pixel scene. */
const largestSide = 1400;

/**
 * Decodes any picture sharp reads (PNG, JPEG, WebP, GIF…) and scales it to fit a `size`-pixel slot.
 * The character is cut out of its background (its own transparency, or a plain background flooded
 * away) and trimmed to its outline; a busy photo that cannot be cut out is cropped to a square
 * around its most interesting part (sharp's attention strategy), for a soft round cut. A picture
 * with no subject at all is refused, so the caller leaves it out with a warning.
 */
export async function prepareReferenceImage(media: MediaData, size: number): Promise<PreparedReference> {
  const side = Math.max(16, Math.min(largestSide, Math.round(size)));
  const cut = await cutOutCharacter(media.data);
  if (cut.kind === 'no-subject') throw new BadInputError(`it has no subject to show: ${cut.reason}`);
  const cutout = cut.kind === 'cut-out';
  const input = cutout ? Buffer.from(cut.png) : Buffer.from(media.data);
  const pipeline = cutout
    ? sharp(input).rotate().trim({ background: '#00000000' }).resize(side, side, { fit: 'inside' })
    : sharp(input).rotate().resize(side, side, { fit: 'cover', position: sharp.strategy.attention }).flatten({ background: '#ffffff' });
  const { data, info } = await pipeline.png().toBuffer({ resolveWithObject: true });
  return { href: `data:image/png;base64,${data.toString('base64')}`, width: info.width, height: info.height, cutout };
}
