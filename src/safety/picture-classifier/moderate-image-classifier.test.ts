import { describe, expect, it } from 'vitest';
import { createIllustratorModel } from '../../media/illustrator/create-illustrator-model.ts';
import { loadGuardrailTerms } from '../load-guardrail-terms.ts';
import { moderateImage } from '../moderate-content.ts';
import type { ModerationLayerRecord } from '../moderation-record.ts';
import { TermMatcher } from '../term-matcher.ts';

describe('moderateImage with the local picture classifier', async () => {
  const matcher = new TermMatcher(await loadGuardrailTerms());
  const briefLayer: ModerationLayerRecord = { layer: 'illustration-brief', categories: [], passed: true };
  const { image } = await createIllustratorModel().generate({ prompt: 'a hedgehog by the sea in the morning', width: 512, height: 384, seed: 3 });

  it('always runs the classifier on a child-mode picture, before any service, and records its scores', async () => {
    const result = await moderateImage(image, briefLayer, { mode: 'child', matcher });
    expect(result.layers.map((layer) => layer.layer)).toEqual(['illustration-brief', 'picture-classifier']);
    expect(result.layers[1]).toMatchObject({ model: 'nsfwjs:mobilenet-v2', passed: true, categories: [{ category: 'Sexual', severity: 0 }] });
    expect(result.passed).toBe(true);
  });

  it('fails closed when the classifier cannot read the picture', async () => {
    const broken = { data: image.data.subarray(0, 40), mediaType: 'image/png' };
    const result = await moderateImage(broken, briefLayer, { mode: 'child', matcher });
    expect(result.passed).toBe(false);
    expect(result.layers[1]).toMatchObject({ layer: 'picture-classifier', passed: false, unavailable: expect.any(String) });
  });

  it('leaves stories for grown-ups to the configured services', async () => {
    const result = await moderateImage(image, briefLayer, { mode: 'standard', matcher });
    expect(result.layers.map((layer) => layer.layer)).toEqual(['illustration-brief']);
  });
});
