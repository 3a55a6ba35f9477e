import { describe, expect, it } from 'vitest';
import type { ImageModel } from '../spec/index.ts';
import { sniffImageType } from '../sniff-image-type.ts';
import { expectAborted, expectAbortedInFlight, expectErrorCode, expectIdentity, expectWarnings, type ConformanceSetup } from './conformance-setup.ts';

/** The contract every image model keeps, whatever the backend. */
export function imageConformance(label: string, setup: ConformanceSetup<ImageModel>): void {
  describe(`${label}: image model conformance`, () => {
    it('carries its provider and model id', () => {
      expectIdentity(setup.model(), setup);
    });

    it('draws a picture whose bytes match its media type', async () => {
      const result = await setup.model().generate({ prompt: 'a fox in the snow', width: 64, height: 48 });
      expect(result.image.data).toBeInstanceOf(Uint8Array);
      expect(result.image.data.length).toBeGreaterThan(0);
      expect(result.image.mediaType).toBe(sniffImageType(result.image.data));
      if (result.description !== undefined) expect(typeof result.description).toBe('string');
      expectWarnings(result.warnings);
    });

    it('answers settings it cannot honour with warnings, not failures', async () => {
      const result = await setup.model().generate({ prompt: 'a fox', width: 64, height: 64, seed: 7, negativePrompt: 'rain' });
      expectWarnings(result.warnings);
    });

    it('honours an abort signal given already aborted', async () => {
      await expectAborted(setup.model().generate({ prompt: 'a fox', width: 64, height: 64, abortSignal: AbortSignal.abort() }));
    });

    it.skipIf(!setup.slow)('stops a call in flight when aborted', async () => {
      await expectAbortedInFlight((signal) => setup.slow!().generate({ prompt: 'a fox', width: 64, height: 64, abortSignal: signal }));
    });

    it.skipIf(!setup.unreachable)('reports an unreachable backend as provider_unavailable', async () => {
      await expectErrorCode(setup.unreachable!().generate({ prompt: 'a fox', width: 64, height: 64 }), 'provider_unavailable');
    });
  });
}
