import { describe, expect, it } from 'vitest';
import type { TranscriptionModel } from '../spec/index.ts';
import {
  expectAborted,
  expectAbortedInFlight,
  expectErrorCode,
  expectIdentity,
  expectWarnings,
  sampleRecording,
  type ConformanceSetup,
} from './conformance-setup.ts';

/** The contract every transcription model keeps, whatever the backend. */
export function transcriptionConformance(label: string, setup: ConformanceSetup<TranscriptionModel>): void {
  describe(`${label}: transcription model conformance`, () => {
    it('carries its provider and model id', () => {
      expectIdentity(setup.model(), setup);
    });

    it('answers a transcript with ordered segments inside the recording', async () => {
      const result = await setup.model().transcribe({ audio: sampleRecording(), language: 'en-GB' });
      expect(typeof result.text).toBe('string');
      for (const segment of result.segments) {
        expect(segment.start).toBeGreaterThanOrEqual(0);
        expect(segment.end).toBeGreaterThanOrEqual(segment.start);
        // The sample lasts one second; a little slack for rounding.
        expect(segment.end).toBeLessThanOrEqual(1.05);
        expect(typeof segment.text).toBe('string');
      }
      if (result.language !== undefined) expect(typeof result.language).toBe('string');
      expectWarnings(result.warnings);
    });

    it('honours an abort signal given already aborted', async () => {
      await expectAborted(setup.model().transcribe({ audio: sampleRecording(), abortSignal: AbortSignal.abort() }));
    });

    it.skipIf(!setup.slow)('stops a call in flight when aborted', async () => {
      await expectAbortedInFlight((signal) => setup.slow!().transcribe({ audio: sampleRecording(), abortSignal: signal }));
    });

    it.skipIf(!setup.unreachable)('reports an unreachable backend as provider_unavailable', async () => {
      await expectErrorCode(setup.unreachable!().transcribe({ audio: sampleRecording() }), 'provider_unavailable');
    });
  });
}
