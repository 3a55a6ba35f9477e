import sharp from 'sharp';
import type { MediaData } from '../../providers/spec/index.ts';

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
 * A picture with transparent pixels keeps its own outline, trimmed to the character; any other is
 * cropped to a square around its most interesting part (sharp's attention strategy), for a circle cut.
 */
export async function prepareReferenceImage(media: MediaData, size: number): Promise<PreparedReference> {
  const side = Math.max(16, Math.min(largestSide, Math.round(size)));
  const input = Buffer.from(media.data);
  const metadata = await sharp(input).metadata();
  let cutout = false;
  if (metadata.hasAlpha) {
    const stats = await sharp(input).stats();
    cutout = (stats.channels[3]?.min ?? 255) < 250;
  }
  const pipeline = cutout
    ? sharp(input).rotate().trim({ background: '#00000000' }).resize(side, side, { fit: 'inside' })
    : sharp(input).rotate().resize(side, side, { fit: 'cover', position: sharp.strategy.attention }).flatten({ background: '#ffffff' });
  const { data, info } = await pipeline.png().toBuffer({ resolveWithObject: true });
  return { href: `data:image/png;base64,${data.toString('base64')}`, width: info.width, height: info.height, cutout };
}
