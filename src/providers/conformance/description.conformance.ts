import { describe, expect, it } from 'vitest';
import type { DescriptionModel } from '../spec/index.ts';
import {
  expectAborted,
  expectAbortedInFlight,
  expectErrorCode,
  expectIdentity,
  expectWarnings,
  samplePicture,
  type ConformanceSetup,
} from './conformance-setup.ts';

/** The contract every description model keeps, whatever the backend. */
export function descriptionConformance(label: string, setup: ConformanceSetup<DescriptionModel>): void {
  describe(`${label}: description model conformance`, () => {
    it('carries its provider and model id', () => {
      expectIdentity(setup.model(), setup);
    });

    it('answers a one-sentence caption and tags', async () => {
      const result = await setup.model().describe({ image: samplePicture() });
      expect(result.caption.trim().length).toBeGreaterThan(0);
      expect(result.caption).not.toMatch(/\n/);
      expect(Array.isArray(result.tags)).toBe(true);
      for (const tag of result.tags) expect(tag.length).toBeGreaterThan(0);
      expectWarnings(result.warnings);
    });

    it('honours an abort signal given already aborted', async () => {
      await expectAborted(setup.model().describe({ image: samplePicture(), abortSignal: AbortSignal.abort() }));
    });

    it.skipIf(!setup.slow)('stops a call in flight when aborted', async () => {
      await expectAbortedInFlight((signal) => setup.slow!().describe({ image: samplePicture(), abortSignal: signal }));
    });

    it.skipIf(!setup.unreachable)('reports an unreachable backend as provider_unavailable', async () => {
      await expectErrorCode(setup.unreachable!().describe({ image: samplePicture() }), 'provider_unavailable');
    });
  });
}
