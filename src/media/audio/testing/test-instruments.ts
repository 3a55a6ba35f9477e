import type { SeededRandom } from '../../../engine/seeded-random.ts';

/**
 * Cheap synthetic voices for test songs. Each adds one note into `out` at `time` seconds; they aim
 * for the onset shapes that matter to beat tracking (sharp kick, noisy snare, soft piano attacks),
 * not for beauty.
 */
export interface Voice {
  out: Float32Array;
  sampleRate: number;
  random: SeededRandom;
}

function span(voice: Voice, time: number, seconds: number): [number, number] {
  const start = Math.max(0, Math.round(time * voice.sampleRate));
  return [start, Math.min(voice.out.length, start + Math.round(seconds * voice.sampleRate))];
}

export function kick(voice: Voice, time: number, velocity: number): void {
  const [start, end] = span(voice, time, 0.4);
  let phase = 0;
  for (let i = start; i < end; i++) {
    const t = (i - start) / voice.sampleRate;
    phase += (2 * Math.PI * (48 + 110 * Math.exp(-t / 0.03))) / voice.sampleRate;
    const click = t < 0.004 ? voice.random.between(-0.3, 0.3) : 0;
    voice.out[i] += velocity * (0.9 * Math.sin(phase) * Math.exp(-t / 0.13) + click);
  }
}

export function snare(voice: Voice, time: number, velocity: number): void {
  const [start, end] = span(voice, time, 0.3);
  let previous = 0;
  for (let i = start; i < end; i++) {
    const t = (i - start) / voice.sampleRate;
    const noise = voice.random.between(-1, 1);
    const bright = noise - 0.6 * previous; // tilts the noise towards the treble like snare wires
    previous = noise;
    const body = Math.sin(2 * Math.PI * 185 * t) * Math.exp(-t / 0.04);
    voice.out[i] += velocity * (0.45 * bright * Math.exp(-t / 0.07) + 0.4 * body);
  }
}

export function hat(voice: Voice, time: number, velocity: number, open = false): void {
  const decay = open ? 0.12 : 0.018;
  const [start, end] = span(voice, time, decay * 6);
  let previous = 0;
  for (let i = start; i < end; i++) {
    const t = (i - start) / voice.sampleRate;
    const noise = voice.random.between(-1, 1);
    voice.out[i] += velocity * 0.22 * (noise - previous) * Math.exp(-t / decay);
    previous = noise;
  }
}

/** A string-like note by Karplus-Strong: a burst of noise circulating in a damped delay line. */
export function pluck(voice: Voice, time: number, hz: number, velocity: number, seconds = 1.2): void {
  const [start, end] = span(voice, time, seconds);
  const period = Math.max(2, Math.round(voice.sampleRate / hz));
  const line = new Float32Array(period);
  let smooth = 0;
  for (let i = 0; i < period; i++) {
    smooth = 0.5 * smooth + 0.5 * voice.random.between(-1, 1);
    line[i] = smooth;
  }
  let position = 0;
  for (let i = start; i < end; i++) {
    const next = (position + 1) % period;
    const value = line[position];
    line[position] = 0.497 * (value + line[next]);
    position = next;
    const fadeOut = Math.min(1, (end - i) / (0.02 * voice.sampleRate));
    voice.out[i] += velocity * 0.5 * value * fadeOut;
  }
}

/** A piano-like tone: slightly inharmonic partials, the higher ones dying faster, and a soft hammer attack. */
export function piano(voice: Voice, time: number, hz: number, velocity: number, seconds = 1.6): void {
  const [start, end] = span(voice, time, seconds);
  const partials = Math.min(8, Math.floor(voice.sampleRate / 2 / hz / 1.05));
  for (let k = 1; k <= partials; k++) {
    const partialHz = k * hz * Math.sqrt(1 + 0.0004 * k * k);
    const amplitude = (velocity * 0.22) / k ** 1.3;
    const decay = (0.9 / k ** 0.6) * (440 / hz) ** 0.3;
    const step = (2 * Math.PI * partialHz) / voice.sampleRate;
    for (let i = start; i < end; i++) {
      const t = (i - start) / voice.sampleRate;
      const attack = Math.min(1, t / 0.004);
      const fadeOut = Math.min(1, (end - i) / (0.03 * voice.sampleRate));
      voice.out[i] += amplitude * attack * fadeOut * Math.exp(-t / decay) * Math.sin(step * (i - start));
    }
  }
}

/** A bass note: a bright sawtooth through a one-pole low-pass, with a short attack and release. */
export function bass(voice: Voice, time: number, hz: number, velocity: number, seconds: number): void {
  const [start, end] = span(voice, time, seconds);
  let phase = 0;
  let low = 0;
  for (let i = start; i < end; i++) {
    const t = (i - start) / voice.sampleRate;
    phase = (phase + hz / voice.sampleRate) % 1;
    low += 0.12 * (2 * phase - 1 - low);
    const envelope = Math.min(1, t / 0.006) * Math.min(1, (end - i) / (0.02 * voice.sampleRate)) * (0.6 + 0.4 * Math.exp(-t / 0.15));
    voice.out[i] += velocity * 0.45 * low * envelope;
  }
}

/** A sustained, slowly swelling chord with no onset to speak of: harmony without rhythm. */
export function pad(voice: Voice, time: number, hzList: readonly number[], velocity: number, seconds: number): void {
  const [start, end] = span(voice, time, seconds);
  for (const hz of hzList) {
    for (const detune of [0.997, 1.003]) {
      let phase = voice.random.next();
      let low = 0;
      for (let i = start; i < end; i++) {
        const t = (i - start) / voice.sampleRate;
        phase = (phase + (hz * detune) / voice.sampleRate) % 1;
        low += 0.05 * (2 * phase - 1 - low);
        const envelope = Math.min(1, t / 0.4) * Math.min(1, (end - i) / (0.4 * voice.sampleRate));
        voice.out[i] += velocity * 0.06 * low * envelope;
      }
    }
  }
}

/** Adds steady pink-ish noise (white noise through a one-pole low-pass) at `level`. */
export function backgroundNoise(voice: Voice, level: number): void {
  let low = 0;
  for (let i = 0; i < voice.out.length; i++) {
    low += 0.1 * (voice.random.between(-1, 1) - low);
    voice.out[i] += level * 3 * low;
  }
}

/** A small room: three feedback combs in parallel, mixed in at `mix`, to smear transients as real rooms do. */
export function room(out: Float32Array, sampleRate: number, mix: number): void {
  const dry = Float32Array.from(out);
  for (const [delaySeconds, feedback] of [[0.0297, 0.72], [0.0371, 0.7], [0.0411, 0.68]] as const) {
    const delay = Math.round(delaySeconds * sampleRate);
    const line = new Float32Array(out.length);
    for (let i = 0; i < out.length; i++) {
      line[i] = dry[i] + (i >= delay ? feedback * line[i - delay] : 0);
      out[i] += (mix / 3) * (line[i] - dry[i]);
    }
  }
}

export const noteHz = (midi: number) => 440 * 2 ** ((midi - 69) / 12);
