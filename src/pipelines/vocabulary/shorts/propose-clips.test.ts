import { describe, expect, it } from 'vitest';
import { sampleItem } from '../testing/sample-analysis.ts';
import { proposeClips } from './propose-clips.ts';
import { createWindowScorer } from './score-window.ts';

describe('proposeClips with createWindowScorer', () => {
  it('scores a span on what is said in it, so a loud climax that reuses the opening\'s slang gets a clip', () => {
    const recordingSeconds = 300;
    const cues = Array.from({ length: 100 }, (_, index) => ({ start: index * 3, end: index * 3 + 2.5, text: 'テスト' }));
    const at = (seconds: number) => ({ sentence: 'テスト', start: seconds, end: seconds + 2, link: null });
    // Ten slang words, each first said once in the opening minute, then all of them again, three times, from 210 s to 240 s.
    const items = Array.from({ length: 10 }, (_, index) => sampleItem({
      expression: `語${index}`, kind: 'slang',
      occurrences: [at(index * 6), at(210 + index), at(220 + index), at(230 + index)],
    }));
    const intensity = Array.from({ length: recordingSeconds }, (_, second) => (second >= 205 && second < 245 ? 1 : 0.2));
    const score = createWindowScorer({ items, intensity, laughter: null, recordingSeconds });
    const clips = proposeClips(cues, recordingSeconds, 3, score);
    expect(clips).toHaveLength(3);
    expect(clips.some((clip) => clip.start >= 195 && clip.end <= 255)).toBe(true);
  });
});
