import { describe, expect, it } from 'vitest';
import type { TextModel, TextStreamPart } from '../spec/index.ts';
import { streamText } from '../stream-text.ts';
import { expectAborted, expectAbortedInFlight, expectErrorCode, expectIdentity, expectWarnings, type ConformanceSetup } from './conformance-setup.ts';

/** Short enough for a tiny random model under a grammar to finish well within the token limit. */
const schema = {
  type: 'object',
  properties: { mood: { type: 'string', enum: ['calm', 'bright'] }, done: { type: 'boolean' } },
  required: ['mood', 'done'],
  additionalProperties: false,
};

/** The contract every text model keeps, whatever the backend. */
export function textConformance(label: string, setup: ConformanceSetup<TextModel>): void {
  describe(`${label}: text model conformance`, () => {
    it('carries its provider and model id', () => {
      expectIdentity(setup.model(), setup);
    });

    it('writes text and reports warnings and usage in shape', async () => {
      const result = await setup.model().generate({ prompt: 'once upon a time', maxTokens: 8, temperature: 0, seed: 1 });
      expect(typeof result.text).toBe('string');
      expect(result.text.length).toBeGreaterThan(0);
      expect(result.json).toBeUndefined();
      expectWarnings(result.warnings);
      for (const count of [result.usage?.inputTokens, result.usage?.outputTokens]) {
        if (count !== undefined) expect(Number.isInteger(count) && count >= 0).toBe(true);
      }
    });

    it('answers JSON that fits the schema, parsed in `json`', async () => {
      const result = await setup.model().generate({ prompt: 'how is the sea', schema, schemaName: 'mood', maxTokens: 64, temperature: 0, seed: 1 });
      expect(result.json).toEqual(JSON.parse(result.text));
      const answer = result.json as { mood: string; done: boolean };
      expect(['calm', 'bright']).toContain(answer.mood);
      expect(typeof answer.done).toBe('boolean');
    });

    it('streams deltas that join into the finished text, the finish part last (whole, as one delta, where the backend has no streaming)', async () => {
      const parts: TextStreamPart[] = [];
      for await (const part of streamText(setup.model(), { prompt: 'once upon a time', maxTokens: 8, temperature: 0, seed: 1 })) parts.push(part);
      const finish = parts.at(-1);
      expect(finish?.type).toBe('finish');
      if (finish?.type !== 'finish') return;
      const deltas = parts.slice(0, -1);
      expect(deltas.every((part) => part.type === 'text-delta')).toBe(true);
      expect(deltas.map((part) => (part.type === 'text-delta' ? part.text : '')).join('')).toBe(finish.text);
      expect(finish.text.length).toBeGreaterThan(0);
      expectWarnings(finish.warnings);
    });

    it('honours an abort signal given already aborted, streaming too', async () => {
      const parts = async () => {
        for await (const part of streamText(setup.model(), { prompt: 'hello', abortSignal: AbortSignal.abort() })) void part;
      };
      await expectAborted(parts());
    });

    it('honours an abort signal given already aborted', async () => {
      await expectAborted(setup.model().generate({ prompt: 'hello', abortSignal: AbortSignal.abort() }));
    });

    it.skipIf(!setup.slow)('stops a call in flight when aborted', async () => {
      await expectAbortedInFlight((signal) => setup.slow!().generate({ prompt: 'hello', abortSignal: signal }));
    });

    it.skipIf(!setup.unreachable)('reports an unreachable backend as provider_unavailable', async () => {
      await expectErrorCode(setup.unreachable!().generate({ prompt: 'hello' }), 'provider_unavailable');
    });
  });
}
