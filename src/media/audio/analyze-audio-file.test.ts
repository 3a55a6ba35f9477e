import { describe, expect, it } from 'vitest';
import { BadInputError, MediaError } from '../../engine/errors/index.ts';
import { toolMissing } from '../../runtime/testing/tool-missing.ts';
import { analyzeAudioFile } from './analyze-audio-file.ts';
import { audioAnalysisSchema } from './audio-analysis-schema.ts';
import { encodeWav } from './encode-wav.ts';
import { renderTestSongWav } from './testing/render-test-song.ts';
import { beatFMeasure, tempoMatches } from './testing/score-beats.ts';

describe.skipIf(toolMissing('ffmpeg'))('analyzeAudioFile (needs ffmpeg on PATH)', () => {
  it.each([
    ['a 44.1 kHz WAV, read directly', 44100],
    ['a 48 kHz WAV, through the ffmpeg decode path', 48000],
  ])('analyses %s', async (_, sampleRate) => {
    const { song, wav } = renderTestSongWav({ style: 'electronic', bpm: 124, seconds: 25, seed: 31, sampleRate });
    const analysis = await analyzeAudioFile(wav, { keyMoments: 5 });
    expect(audioAnalysisSchema.parse(analysis)).toEqual(analysis);
    expect(analysis.sample_rate).toBe(22050);
    expect(analysis.duration).toBeCloseTo(25, 1);
    expect(tempoMatches(analysis.tempo.bpm, song.bpm)).toBe(true);
    expect(beatFMeasure(analysis.beats, song.beats)).toBeGreaterThanOrEqual(0.9);
    expect(analysis.key_moments).toHaveLength(5);
  });

  it('turns a file that is not audio into a MediaError', async () => {
    await expect(analyzeAudioFile(new TextEncoder().encode('{"not": "audio"}'))).rejects.toBeInstanceOf(MediaError);
  });

  it('turns a silent file into a BadInputError', async () => {
    await expect(analyzeAudioFile(encodeWav(new Float32Array(8000 * 5), 8000))).rejects.toThrow(BadInputError);
  });

  it('refuses audio longer than the limit', async () => {
    const { wav } = renderTestSongWav({ style: 'rock', bpm: 120, seconds: 8, seed: 3 });
    await expect(analyzeAudioFile(wav, { maxSeconds: 5 })).rejects.toThrow(/longer than/);
  });
});
