import { afterAll, describe, expect, it } from 'vitest';
import { analyzeAudio } from './analyze-audio.ts';
import { AnalyzeAudioThreadPool } from './analyze-audio-thread-pool.ts';

const pool = new AnalyzeAudioThreadPool(1);
afterAll(() => pool.close());

const sampleRate = 22050;

/** A click on every beat at `bpm` over a soft hum, `seconds` long. */
function clickTrack(bpm: number, seconds: number): Float32Array {
  const samples = new Float32Array(sampleRate * seconds);
  for (let index = 0; index < samples.length; index++) samples[index] = 0.05 * Math.sin((2 * Math.PI * 220 * index) / sampleRate);
  for (let beat = 0; beat * (60 / bpm) < seconds; beat++) {
    const start = Math.round(beat * (60 / bpm) * sampleRate);
    for (let offset = 0; offset < 400 && start + offset < samples.length; offset++) samples[start + offset] += 0.8 * Math.exp(-offset / 60) * Math.sin(offset);
  }
  return samples;
}

describe('AnalyzeAudioThreadPool', () => {
  it('gives the analysis the calling thread gives', async () => {
    const samples = clickTrack(120, 20);
    const here = analyzeAudio(samples.slice(), sampleRate, { keyMoments: 3 });
    expect(await pool.run(samples, sampleRate, { keyMoments: 3 })).toEqual(here);
    expect(here.tempo.bpm).toBeGreaterThan(100);
  });

  it('answers silence with the bad-input error the calling thread throws, and keeps working', async () => {
    await expect(pool.run(new Float32Array(sampleRate * 10), sampleRate, {})).rejects.toMatchObject({ code: 'bad_input' });
    expect((await pool.run(clickTrack(90, 12), sampleRate, { keyMoments: 2 })).beats.length).toBeGreaterThan(10);
  });

  it('copies samples that are a view into a larger buffer, leaving the buffer whole', async () => {
    const whole = clickTrack(100, 16);
    const view = whole.subarray(sampleRate, sampleRate * 15);
    await pool.run(view, sampleRate, {});
    expect(whole.length).toBe(sampleRate * 16);
  });
});
