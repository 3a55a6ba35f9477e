import { describe, expect, it } from 'vitest';
import { speechConformance } from '../../conformance/speech.conformance.ts';
import { createNarratorModel } from './narrator-model.ts';
import { splitSentences } from './split-sentences.ts';
import { readWav } from './wav-audio.ts';

const model = createNarratorModel({ provider: 'builtin', modelId: 'narrator' });
speechConformance('builtin:narrator', { model: () => model, provider: 'builtin', modelId: 'narrator' });

describe('builtin:narrator (eSpeak-NG in WASM)', () => {
  it('speaks sentence by sentence with exact, ordered timings that cover the audio', async () => {
    const result = await model.speak({ text: 'The moon rose. "Goodnight," said Mia. The dragon yawned a long, slow yawn.' });
    const audio = readWav(result.audio.data);
    const seconds = audio.samples.length / audio.sampleRate;
    expect(result.timings.map((timing) => timing.text)).toEqual(['The moon rose.', '"Goodnight," said Mia.', 'The dragon yawned a long, slow yawn.']);
    for (const [index, timing] of result.timings.entries()) {
      expect(timing.end).toBeGreaterThan(timing.start + 0.3);
      if (index > 0) expect(timing.start).toBeGreaterThan(result.timings[index - 1].end);
    }
    expect(result.timings.at(-1)!.end).toBeLessThanOrEqual(seconds);
    // The longest sentence takes the longest to say: the timings come from the audio, not a guess.
    const lengths = result.timings.map((timing) => timing.end - timing.start);
    expect(lengths[2]).toBeGreaterThan(lengths[0]);
    // Speech is not silence.
    const loud = audio.samples.filter((sample) => Math.abs(sample) > 1000).length;
    expect(loud).toBeGreaterThan(audio.samples.length / 10);
  });

  it('speaks slower when asked', async () => {
    const normal = await model.speak({ text: 'Sleep tight, little one.' });
    const slow = await model.speak({ text: 'Sleep tight, little one.', speed: 0.6 });
    expect(slow.timings[0].end).toBeGreaterThan(normal.timings[0].end * 1.3);
  });

  it('falls back to its default voice with a warning for a voice it does not have', async () => {
    const result = await model.speak({ text: 'Hello.', voice: 'xx-nowhere' });
    expect(result.audio.data.length).toBeGreaterThan(1000);
    expect(result.warnings[0].setting).toBe('voice');
  });
});

describe('splitSentences', () => {
  it('keeps quotes, exclamations inside speech and abbreviations with their sentence', () => {
    expect(splitSentences('"Hello!" she said softly. Mr. Fox came. It is the blanket! Done?')).toEqual([
      '"Hello!" she said softly.', 'Mr. Fox came.', 'It is the blanket!', 'Done?',
    ]);
  });
});
