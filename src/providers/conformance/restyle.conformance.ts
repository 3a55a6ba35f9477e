/**
 * The contract every restyle model keeps, whatever the backend: the built-in filters, AUTOMATIC1111
 * and ComfyUI run the same suite. (It belongs beside the other capabilities' suites in
 * src/providers/conformance; it lives here until that move.)
 */
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import {
  expectAborted, expectAbortedInFlight, expectErrorCode, expectIdentity, expectWarnings, type ConformanceSetup,
} from '../conformance/conformance-setup.ts';
import { sniffImageType } from '../sniff-image-type.ts';
import type { RestyleModel } from '../spec/index.ts';

/** A 64×48 JPEG with a gradient and a bright square, so restyled output can differ from it. */
export async function conformanceFrame(): Promise<Uint8Array> {
  const width = 64, height = 48;
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const inSquare = x > 20 && x < 40 && y > 12 && y < 32;
      pixels.set(inSquare ? [250, 240, 80] : [x * 4, y * 5, 120], (y * width + x) * 3);
    }
  }
  return new Uint8Array(await sharp(pixels, { raw: { width, height, channels: 3 } }).jpeg().toBuffer());
}

export function restyleConformance(label: string, setup: ConformanceSetup<RestyleModel>): void {
  describe(`${label}: restyle model conformance`, () => {
    it('carries its provider and model id', () => {
      expectIdentity(setup.model(), setup);
    });

    it('answers a picture whose bytes match its media type', async () => {
      const result = await setup.model().restyle({ image: { data: await conformanceFrame(), mediaType: 'image/jpeg' }, prompt: 'cartoon' });
      expect(result.image.data).toBeInstanceOf(Uint8Array);
      expect(result.image.data.length).toBeGreaterThan(0);
      expect(result.image.mediaType).toBe(sniffImageType(result.image.data));
      const metadata = await sharp(result.image.data).metadata();
      expect(metadata.width).toBeGreaterThan(0);
      expectWarnings(result.warnings);
    });

    it('answers settings it cannot honour with warnings, not failures', async () => {
      const result = await setup.model().restyle({
        image: { data: await conformanceFrame(), mediaType: 'image/jpeg' }, prompt: 'oil painting', seed: 7, strength: 0.6, outputMediaType: 'image/avif',
      });
      expectWarnings(result.warnings);
    });

    it('honours an abort signal given already aborted', async () => {
      await expectAborted(setup.model().restyle({ image: { data: await conformanceFrame(), mediaType: 'image/jpeg' }, prompt: 'cartoon', abortSignal: AbortSignal.abort() }));
    });

    it.skipIf(!setup.slow)('stops a call in flight when aborted', async () => {
      const data = await conformanceFrame();
      await expectAbortedInFlight((signal) => setup.slow!().restyle({ image: { data, mediaType: 'image/jpeg' }, prompt: 'cartoon', abortSignal: signal }));
    });

    it.skipIf(!setup.unreachable)('reports an unreachable backend as provider_unavailable', async () => {
      await expectErrorCode(setup.unreachable!().restyle({ image: { data: await conformanceFrame(), mediaType: 'image/jpeg' }, prompt: 'cartoon' }), 'provider_unavailable');
    });
  });
}
