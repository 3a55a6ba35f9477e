import { describe, expect, it } from 'vitest';
import { describeSafetyCheck } from './describe-safety-check.ts';

const scene = (layers: { layer: string; model?: string; passed: boolean; unavailable?: string }[]) =>
  ({ moderation: { decision: 'pass' as const, checkedLocallyOnly: true, layers } });
const local = [{ layer: 'local-guardrails', passed: true }, { layer: 'bedtime-tone', passed: true }];

describe('describeSafetyCheck', () => {
  it('says the built-in rules are the whole check when no service is configured', () => {
    const sentence = describeSafetyCheck([scene(local)]);
    expect(sentence).toMatch(/No moderation service is set up/);
    expect(sentence).not.toMatch(/did not answer/);
  });

  it('names a configured service that did not answer', () => {
    const sentence = describeSafetyCheck([scene([...local, { layer: 'moderation-service', model: 'openai:omni', passed: true, unavailable: 'timeout' }])]);
    expect(sentence).toMatch(/\(openai:omni\) did not answer/);
  });

  it('names the service that checked the story', () => {
    expect(describeSafetyCheck([scene([...local, { layer: 'moderation-service', model: 'azure:content-safety', passed: true }])]))
      .toMatch(/and by azure:content-safety\.$/);
  });
});
