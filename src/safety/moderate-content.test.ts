import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBedtimeTone } from './check-bedtime-tone.ts';
import { loadGuardrailTerms } from './load-guardrail-terms.ts';
import { moderateText } from './moderate-content.ts';
import { SafetyMatcher } from './safety-matcher.ts';

describe('local guardrails on generated text', async () => {
  const matcher = new SafetyMatcher(await loadGuardrailTerms());

  it('passes a calm scene with every layer recorded', async () => {
    const result = await moderateText('Mia tucked the little dragon in. The stars hummed a soft song.', { mode: 'child', matcher });
    expect(result.passed).toBe(true);
    expect(result.checkedLocallyOnly).toBe(true);
    expect(result.layers.map((layer) => layer.layer)).toEqual(['local-guardrails', 'bedtime-tone']);
  });

  it('fails a scene with blood and death, naming the words', async () => {
    const result = await moderateText('The dragon was bleeding and soon he was dead.', { mode: 'child', matcher });
    expect(result.passed).toBe(false);
    const fear = result.layers[0].categories.find((score) => score.category === 'Fear');
    expect(fear?.reasons).toContain('dead');
  });

  it('fails a disguised scene and records the topic on the local layer', async () => {
    const result = await moderateText('Then the m0nster k1lled the kids.', { mode: 'child', matcher });
    expect(result.passed).toBe(false);
    expect(result.layers[0]).toMatchObject({ layer: 'local-guardrails', topics: ['violence'], passed: false });
  });

  it('keeps the storyteller bee with a hurt wing and a ball kicked to dad (story scenes that fell back before)', async () => {
    const bee = 'One afternoon, Hazel went to visit Bean the bee. Poor Bean the bee had a hurt wing. Hazel and Mia looked at each other and nodded.';
    expect((await moderateText(bee, { mode: 'child', matcher })).passed).toBe(true);
    expect((await moderateText('The boy ran into the garden. He kicked the ball to his dad.', { mode: 'child', matcher })).passed).toBe(true);
    expect((await moderateText('The monster hurt the bee and bit her wing.', { mode: 'child', matcher })).passed).toBe(false);
  });

  it('keeps a pirate and his sword in a child story', async () => {
    expect((await moderateText('The pirate waved his sword at the seagulls and laughed.', { mode: 'child', matcher })).passed).toBe(true);
  });

  it('fails a shouting, racing scene on tone alone', () => {
    expect(checkBedtimeTone('SUDDENLY there was a CRASH! Run! Hurry! Faster!!').calm).toBe(false);
    expect(checkBedtimeTone('The moon rose slowly over the quiet hill.').calm).toBe(true);
  });

  it('adds an operator file of extra terms, and refuses one that does not fit', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'kiln-terms-'));
    try {
      const file = join(folder, 'terms.json');
      await writeFile(file, JSON.stringify({ Fear: { thunderstorm: 5 } }));
      const strict = new SafetyMatcher(await loadGuardrailTerms(file));
      expect((await moderateText('A thunderstorm rolled by.', { mode: 'child', matcher: strict })).passed).toBe(false);
      expect((await moderateText('A thunderstorm rolled by.', { mode: 'child', matcher })).passed).toBe(true);
      await writeFile(file, JSON.stringify({ Fear: { thunderstorm: 9 } }));
      await expect(loadGuardrailTerms(file)).rejects.toThrow(/Fear\.thunderstorm/);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
