import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { contentSafetyImageLimits, fitAzureImage, imageAnalysisLimits } from './fit-azure-image.ts';

const png = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: '#4080c0' } }).png().toBuffer().then((buffer) => ({ data: new Uint8Array(buffer), mediaType: 'image/png' }));
const sizeOf = (data: Uint8Array) => sharp(data).metadata();

describe('fitAzureImage', () => {
  it('sends a picture the service takes unchanged, without warnings', async () => {
    const picture = await png(64, 64);
    const fitted = await fitAzureImage(picture, contentSafetyImageLimits);
    expect(fitted.image.data).toBe(picture.data);
    expect(fitted.warnings).toEqual([]);
  });

  it('pads a sliver that enlarging would make too long', async () => {
    const fitted = await fitAzureImage(await png(1500, 10), contentSafetyImageLimits);
    expect(await sizeOf(fitted.image.data)).toMatchObject({ width: 1500, height: 50 });
    expect(fitted.warnings[0].message).toMatch(/this 1500x10 one was sent as 1500x50/);
  });

  it('scales a picture larger than the service takes down to its largest side', async () => {
    const fitted = await fitAzureImage(await png(3000, 1000), contentSafetyImageLimits);
    expect(await sizeOf(fitted.image.data)).toMatchObject({ width: 2048, height: 683 });
    expect(fitted.warnings[0].message).toMatch(/up to 2048 pixels a side/);
  });

  it('re-encodes a picture heavier than the limit as JPEG that fits', async () => {
    // Noise does not compress: 1400x1400 RGB noise is about 5.9 MB as PNG.
    const noise = Buffer.alloc(1400 * 1400 * 3);
    let state = 2463534242;
    for (let index = 0; index < noise.length; index++) {
      // xorshift32: cheap noise that PNG cannot compress.
      state ^= state << 13; state >>>= 0; state ^= state >>> 17; state ^= state << 5; state >>>= 0;
      noise[index] = state & 255;
    }
    const heavy = new Uint8Array(await sharp(noise, { raw: { width: 1400, height: 1400, channels: 3 } }).png().toBuffer());
    expect(heavy.length).toBeGreaterThan(contentSafetyImageLimits.maxBytes);
    const fitted = await fitAzureImage({ data: heavy, mediaType: 'image/png' }, contentSafetyImageLimits);
    expect(fitted.image.mediaType).toBe('image/jpeg');
    expect(fitted.image.data.length).toBeLessThanOrEqual(contentSafetyImageLimits.maxBytes);
    expect(fitted.warnings.map((warning) => warning.message).join(' ')).toMatch(/up to 4 MB; the picture was re-encoded as JPEG/);
  }, 30_000);

  it('sends a format the service cannot read as PNG', async () => {
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" width="80" height="60"><rect width="80" height="60" fill="red"/></svg>');
    const fitted = await fitAzureImage({ data: svg, mediaType: 'image/svg+xml' }, imageAnalysisLimits);
    expect(fitted.image.mediaType).toBe('image/png');
    expect(await sizeOf(fitted.image.data)).toMatchObject({ format: 'png', width: 80, height: 60 });
    expect(fitted.warnings[0].message).toMatch(/does not read svg/);
  });
});
