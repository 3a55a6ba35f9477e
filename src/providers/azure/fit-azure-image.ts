import sharp, { type Sharp } from 'sharp';
import { BadInputError } from '../../engine/errors/index.ts';
import type { MediaData, ProviderWarning } from '../spec/index.ts';

/** What one Azure service accepts. */
export interface AzureImageLimits {
  /** The service's name, for warnings and errors. */
  service: string;
  /** Smallest and largest width or height, in pixels. */
  minSide: number;
  maxSide: number;
  /** Largest file, in bytes. */
  maxBytes: number;
  /** Formats sharp names that the service reads (`jpeg`, `png`, `gif`, `webp`, `tiff`, ...). */
  formats: readonly string[];
}

/** Content Safety's image:analyze (API 2024-09-01): 50–2048 px a side (the API reference's figure; the overview's 7200 is looser) and 4 MB. */
export const contentSafetyImageLimits: AzureImageLimits = {
  service: 'Azure AI Content Safety', minSide: 50, maxSide: 2048, maxBytes: 4 * 1024 * 1024, formats: ['jpeg', 'png', 'gif', 'bmp', 'tiff', 'webp'],
};

/** Image Analysis 4.0: 50–16000 px a side and 20 MB. */
export const imageAnalysisLimits: AzureImageLimits = {
  service: 'Azure AI Vision', minSide: 50, maxSide: 16000, maxBytes: 20 * 1024 * 1024, formats: ['jpeg', 'png', 'gif', 'bmp', 'tiff', 'webp'],
};

/**
 * Makes a picture one the service takes, instead of paying for a call that it refuses: a tiny one
 * is enlarged by a whole factor (nearest neighbour, so nothing is invented), or padded where that
 * would break the largest side; a huge one is scaled down; one in a format the service cannot read,
 * or too heavy, is re-encoded (PNG, or JPEG to fit the byte limit). Each change is a warning.
 */
export async function fitAzureImage(image: MediaData, limits: AzureImageLimits): Promise<{ image: MediaData; warnings: ProviderWarning[] }> {
  const metadata = await sharp(image.data).metadata().catch(() => undefined);
  if (!metadata?.width || !metadata.height || !metadata.format) {
    throw new BadInputError(`${limits.service} was not sent this picture: its bytes are not an image Kiln can read (${image.mediaType}).`);
  }
  const { width, height, format } = metadata;
  const warnings: ProviderWarning[] = [];
  let pipeline: Sharp | undefined;
  let size = { width, height };
  const smallest = Math.min(width, height);
  if (smallest < limits.minSide) {
    const factor = Math.ceil(limits.minSide / smallest);
    if (Math.max(width, height) * factor <= limits.maxSide) {
      size = { width: width * factor, height: height * factor };
      pipeline = sharp(image.data).resize(size.width, size.height, { kernel: 'nearest' });
    } else {
      const padX = Math.max(0, limits.minSide - width);
      const padY = Math.max(0, limits.minSide - height);
      size = { width: width + padX, height: height + padY };
      pipeline = sharp(image.data).extend({
        left: Math.floor(padX / 2), right: Math.ceil(padX / 2), top: Math.floor(padY / 2), bottom: Math.ceil(padY / 2),
        background: { r: 255, g: 255, b: 255, alpha: 1 },
      });
    }
    warnings.push({ setting: 'image', message: `${limits.service} needs pictures of at least ${limits.minSide}x${limits.minSide} pixels; this ${width}x${height} one was sent as ${size.width}x${size.height}.` });
  } else if (Math.max(width, height) > limits.maxSide) {
    pipeline = sharp(image.data).resize(limits.maxSide, limits.maxSide, { fit: 'inside' });
    const scale = limits.maxSide / Math.max(width, height);
    size = { width: Math.round(width * scale), height: Math.round(height * scale) };
    warnings.push({ setting: 'image', message: `${limits.service} takes pictures up to ${limits.maxSide} pixels a side; this ${width}x${height} one was scaled down to fit.` });
  }
  let data = image.data;
  let mediaType = image.mediaType;
  if (pipeline || !limits.formats.includes(format)) {
    data = new Uint8Array(await (pipeline ?? sharp(image.data)).png().toBuffer());
    mediaType = 'image/png';
    if (!pipeline) warnings.push({ setting: 'image', message: `${limits.service} does not read ${format}; the picture was sent as PNG.` });
  }
  if (data.length > limits.maxBytes) {
    ({ data, mediaType } = await shrinkToBytes(data, limits));
    warnings.push({ setting: 'image', message: `${limits.service} takes files up to ${limits.maxBytes / 1024 / 1024} MB; the picture was re-encoded as JPEG to fit.` });
  }
  return { image: { data, mediaType }, warnings };
}

/** JPEG at falling quality, then smaller, until the file fits. */
async function shrinkToBytes(data: Uint8Array, limits: AzureImageLimits): Promise<MediaData> {
  const { width = 1, height = 1 } = await sharp(data).metadata();
  for (let scale = 1; Math.min(width, height) * scale >= limits.minSide; scale *= 0.75) {
    for (const quality of [85, 70]) {
      const jpeg = await sharp(data).resize(Math.round(width * scale), Math.round(height * scale)).flatten({ background: '#ffffff' }).jpeg({ quality }).toBuffer();
      if (jpeg.length <= limits.maxBytes) return { data: new Uint8Array(jpeg), mediaType: 'image/jpeg' };
    }
  }
  throw new BadInputError(`${limits.service} takes files up to ${limits.maxBytes / 1024 / 1024} MB, and this picture does not fit even as a small JPEG.`);
}
