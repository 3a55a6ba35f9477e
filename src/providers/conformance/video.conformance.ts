/**
 * The contract every video model keeps, whatever the backend: a clip between two pictures that
 * ffmpeg reads as video of the asked size, warnings for what it could not honour, aborts that stay
 * aborts, and an unreachable server reported as unavailable so the list moves on.
 */
import { describe, expect, it } from 'vitest';
import { probeMedia } from '../../media/video/probe-media.ts';
import { encodePng } from '../testing/media-encoders.ts';
import { expectAborted, expectAbortedInFlight, expectErrorCode, expectIdentity, expectWarnings, type ConformanceSetup } from './conformance-setup.ts';
import type { VideoGenerateOptions, VideoModel } from '../spec/index.ts';

/** Two 64×36 pictures, red to blue, and a short clip's settings. */
function clipRequest(overrides: Partial<VideoGenerateOptions> = {}): VideoGenerateOptions {
  const picture = (red: number, blue: number) => ({ data: encodePng(64, 36, () => [red, 40, blue]), mediaType: 'image/png' });
  return { startImage: picture(230, 20), endImage: picture(20, 230), prompt: 'a fox runs', frames: 13, fps: 12, width: 64, height: 36, seed: 4, ...overrides };
}

export function videoConformance(label: string, setup: ConformanceSetup<VideoModel>): void {
  describe(`${label}: video model conformance`, () => {
    it('carries its provider and model id', () => {
      expectIdentity(setup.model(), setup);
    });

    it('answers a clip ffmpeg reads as video of the asked size', async () => {
      const clip = await setup.model().generate(clipRequest());
      expect(clip.data.length).toBeGreaterThan(0);
      expect(clip.extension).toMatch(/^[a-z0-9]+$/);
      const probed = await probeMedia(clip.data);
      expect(probed.streams[0]).toMatchObject({ kind: 'video', width: 64, height: 36 });
      expectWarnings(clip.warnings);
    });

    it('answers more frames than it makes with a warning, not a failure', async () => {
      const clip = await setup.model().generate(clipRequest({ frames: 10_000 }));
      expect(clip.warnings.map((warning) => warning.setting)).toContain('frames');
    });

    it('honours an abort signal given already aborted', async () => {
      await expectAborted(setup.model().generate(clipRequest({ abortSignal: AbortSignal.abort() })));
    });

    it.skipIf(!setup.slow)('stops a call in flight when aborted', async () => {
      await expectAbortedInFlight((signal) => setup.slow!().generate(clipRequest({ abortSignal: signal })));
    });

    it.skipIf(!setup.unreachable)('reports an unreachable backend as provider_unavailable', async () => {
      await expectErrorCode(setup.unreachable!().generate(clipRequest()), 'provider_unavailable');
    });
  });
}
