import { describe, expect, it } from 'vitest';
import type { SpeechModel } from '../spec/index.ts';
import { expectAborted, expectAbortedInFlight, expectErrorCode, expectIdentity, expectWarnings, type ConformanceSetup } from './conformance-setup.ts';

/** The contract every speech model keeps, whatever the backend. */
export function speechConformance(label: string, setup: ConformanceSetup<SpeechModel>): void {
  describe(`${label}: speech model conformance`, () => {
    it('carries its provider and model id', () => {
      expectIdentity(setup.model(), setup);
    });

    it('speaks: audio bytes, an audio media type, ordered timings', async () => {
      const result = await setup.model().speak({ text: 'The fox ran home.' });
      expect(result.audio.data.length).toBeGreaterThan(0);
      expect(result.audio.mediaType).toMatch(/^audio\//);
      expect(Array.isArray(result.timings)).toBe(true);
      for (const timing of result.timings) expect(timing.end).toBeGreaterThanOrEqual(timing.start);
      expectWarnings(result.warnings);
    });

    it('honours an abort signal given already aborted', async () => {
      await expectAborted(setup.model().speak({ text: 'hello', abortSignal: AbortSignal.abort() }));
    });

    it.skipIf(!setup.slow)('stops a call in flight when aborted', async () => {
      await expectAbortedInFlight((signal) => setup.slow!().speak({ text: 'hello', abortSignal: signal }));
    });

    it.skipIf(!setup.unreachable)('reports an unreachable backend as provider_unavailable', async () => {
      await expectErrorCode(setup.unreachable!().speak({ text: 'hello' }), 'provider_unavailable');
    });
  });
}
