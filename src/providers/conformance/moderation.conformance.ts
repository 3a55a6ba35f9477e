import { describe, expect, it } from 'vitest';
import { moderationCategories, type ModerationModel } from '../spec/index.ts';
import { expectAborted, expectErrorCode, expectIdentity, expectWarnings, samplePicture, type ConformanceSetup } from './conformance-setup.ts';

/** The contract every moderation model keeps, whatever the backend. */
export function moderationConformance(label: string, setup: ConformanceSetup<ModerationModel>): void {
  describe(`${label}: moderation model conformance`, () => {
    it('carries its provider, model id and the inputs it checks', () => {
      const model = setup.model();
      expectIdentity(model, setup);
      expect(model.inputs.length).toBeGreaterThan(0);
      for (const input of model.inputs) expect(['text', 'image']).toContain(input);
    });

    it('scores harmless text 0 in every category it checks', async () => {
      const result = await setup.model().moderate({ text: 'We walked to the park and fed the ducks.' });
      expect(result.categories.length).toBeGreaterThan(0);
      for (const score of result.categories) {
        expect(moderationCategories).toContain(score.category);
        expect(score.severity).toBe(0);
      }
      expectWarnings(result.warnings);
    });

    it('scores clearly violent text above 0 for Violence, on the 0–7 scale', async () => {
      const result = await setup.model().moderate({ text: 'He said he would murder them and stab anyone who ran.' });
      const violence = result.categories.find((score) => score.category === 'Violence');
      expect(violence?.severity).toBeGreaterThan(0);
      for (const score of result.categories) {
        expect(Number.isInteger(score.severity) && score.severity >= 0 && score.severity <= 7).toBe(true);
        for (const reason of score.reasons ?? []) expect(typeof reason).toBe('string');
      }
    });

    it('refuses an input it does not check as provider_unsupported', async () => {
      const model = setup.model();
      if (model.inputs.includes('image')) {
        const result = await model.moderate({ image: samplePicture() });
        expect(result.categories.length).toBeGreaterThan(0);
      } else {
        await expectErrorCode(model.moderate({ image: samplePicture() }), 'provider_unsupported');
      }
    });

    it('honours an abort signal given already aborted', async () => {
      await expectAborted(setup.model().moderate({ text: 'hello', abortSignal: AbortSignal.abort() }));
    });

    it.skipIf(!setup.unreachable)('reports an unreachable backend as provider_unavailable', async () => {
      await expectErrorCode(setup.unreachable!().moderate({ text: 'hello' }), 'provider_unavailable');
    });
  });
}
