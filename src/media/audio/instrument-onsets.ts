import type { SpectralFeatures } from './spectral-features.ts';

/** Onset frames of each kind of sound the music video reacts to. */
export interface InstrumentOnsets {
  /** Kick drums and bass notes: new energy mostly below 150 Hz. */
  kick: number[];
  /** Snares and claps: a burst of noise from the middle into the treble. */
  snare: number[];
  /** Hi-hats and cymbals: new energy almost all above 2 kHz. */
  hats: number[];
  /** Notes and chords in the middle (150 Hz to 2 kHz) with nothing noisy above: the melody and the harmony. */
  melodic: number[];
}

/** Band edges in Hz: low | middle | treble. */
const lowTop = 150;
const middleTop = 2000;
/** Frames apart two onsets must be (about 46 ms, a sixteenth at 320 BPM): one hit is one onset. */
const peakRadius = 4;
/** Onset strength (in standard deviations of the onset envelope) below which a rise is texture, not a hit. */
const smallestOnset = 1;
/** New energy this far below the song's biggest onset is background: -30 dB. */
const quietestShare = 1e-3;
/** 10·log10(x) as a multiple of ln(x), as in spectral-features.ts, to turn dB back into power. */
const decibelsPerNeper = 10 / Math.LN10;

/**
 * Splits the song's onsets by what made them, from the spectral pass the beat tracker already ran
 * (its mel energies) and its onset envelope: each onset's new energy (power now minus two frames
 * before, band by band, over the next few frames) is summed below 150 Hz, from 150 Hz to 2 kHz and
 * above 2 kHz. On solo drums and notes (the test instruments) a kick puts 0.7 or more of it low, a
 * snare about 0.6 in the middle and a third above, a hi-hat 0.95 above, a piano note 0.98 in the
 * middle; shares are in linear power, so a faint leak into another band (a hat's ten-thousandth
 * below 150 Hz) never counts as a hit there, as it would in decibels. One onset may be two kinds
 * when a kick and a hat land together.
 */
export function findInstrumentOnsets(features: SpectralFeatures, onsetEnvelope: Float32Array): InstrumentOnsets {
  const { frameCount, melBandCount, melCenterHz, melDb } = features;
  const bandGroup = Array.from(melCenterHz, (hz) => (hz < lowTop ? 0 : hz < middleTop ? 1 : 2));
  const added = (t: number): [number, number, number] => {
    const sums: [number, number, number] = [0, 0, 0];
    if (t < 2 || t >= frameCount) return sums;
    for (let band = 0; band < melBandCount; band++) {
      const now = Math.exp(melDb[t * melBandCount + band] / decibelsPerNeper);
      const before = Math.exp(melDb[(t - 2) * melBandCount + band] / decibelsPerNeper);
      if (now > before) sums[bandGroup[band]] += now - before;
    }
    return sums;
  };

  const peaks: { frame: number; sums: [number, number, number]; total: number }[] = [];
  for (let t = 1; t < frameCount; t++) {
    if (onsetEnvelope[t] < smallestOnset || !isPeak(onsetEnvelope, t)) continue;
    // The window (≈46 ms) spreads a hit over four frames: take the frame where most energy arrives.
    let best = added(t);
    for (let later = t + 1; later <= t + 3; later++) {
      const sums = added(later);
      if (sums[0] + sums[1] + sums[2] > best[0] + best[1] + best[2]) best = sums;
    }
    peaks.push({ frame: t, sums: best, total: best[0] + best[1] + best[2] });
  }
  const biggest = peaks.reduce((most, peak) => Math.max(most, peak.total), 0);
  const onsets: InstrumentOnsets = { kick: [], snare: [], hats: [], melodic: [] };
  const heard = peaks.filter((peak) => peak.total > quietestShare * biggest);
  const clearHat = (sums: readonly number[], total: number) => sums[2] >= 0.25 * total && sums[1] < 0.5 * sums[2];
  // A hat under a kick or a bass note is a small share of that onset's energy but as much treble as the hats heard alone.
  const hatTreble = median(heard.filter((peak) => clearHat(peak.sums, peak.total)).map((peak) => peak.sums[2]));
  for (const { frame, sums, total } of heard) {
    const [low, middle, treble] = sums.map((sum) => sum / total);
    if (low >= 0.4) onsets.kick.push(frame);
    const snare = !clearHat(sums, total) && treble >= 0.15 && middle >= 0.3;
    if (snare) onsets.snare.push(frame);
    else if (clearHat(sums, total) || (hatTreble > 0 && sums[2] >= 0.5 * hatTreble)) onsets.hats.push(frame);
    else if (middle >= 0.6 && treble < 0.1 && low < 0.3) onsets.melodic.push(frame);
  }
  return onsets;
}

function isPeak(envelope: Float32Array, t: number): boolean {
  const from = Math.max(0, t - peakRadius);
  const to = Math.min(envelope.length - 1, t + peakRadius);
  // Strictly above the frames before and at least the ones after: a flat top counts once, at its start.
  for (let other = from; other < t; other++) if (envelope[other] >= envelope[t]) return false;
  for (let other = t + 1; other <= to; other++) if (envelope[other] > envelope[t]) return false;
  return true;
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((first, second) => first - second);
  return sorted[sorted.length >> 1];
}
