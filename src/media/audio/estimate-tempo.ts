import { pulseHitRate, pulseSalience, smoothEnvelope } from './pulse-salience.ts';
import { standardDeviation } from './standard-deviation.ts';
import type { Tempogram } from './tempogram.ts';

export interface TempoEstimate {
  bpm: number;
  /** The beat period in onset frames (fractional). */
  period: number;
  /** 0..1: how periodic the onsets are at this tempo over the song (0 for noise, about 0.7 for a drum kit). */
  confidence: number;
}

/** The range of tempi considered, in BPM; outside it nobody taps along. */
const slowestBpm = 40;
const fastestBpm = 240;
/**
 * A log-normal preference over tempo (centre in BPM, width in octaves). Listeners prefer about
 * 120 BPM, but the centre sits far higher because the salience below favours slow trains: choosing
 * the best phase lets a slow train keep only the strong beats. Tuned on the development half of the
 * composed MIDI pieces and on the generated songs (bench/beats), never on the held-out half: with
 * the hit rate below, 150 halved fast pieces; 240 kept one more fast piece but doubled slow ballads.
 */
const preferredBpm = 200;
const preferenceOctaves = 1.4;
/**
 * Weight of the hit rate (the share of pulses that land on an onset) against the salience: the
 * metrical cue that a train twice too fast leaves every other pulse empty, while the beat is struck
 * nearly every time. An onset is a value above one standard deviation of the envelope.
 */
const hitRateWeight = 1;
const onsetThreshold = 1;
/**
 * Weight of the song's periodicity at the candidate (the tempogram's mean autocorrelation there):
 * whether the whole onset pattern, not only its strongest pulses, repeats at that period. The
 * salience and hit rate often tie between the beat and its double or its 3/2 (a ballad at 60 or
 * 120, a 6/4 piece at 126 or 84); the pattern repeats more clearly at the beat. Tuned on the
 * development half and the generated songs: 0.15 to 0.25 chose the same tempi there.
 */
const periodicityWeight = 0.2;
/**
 * With a tempo hint (the user's "about 90 BPM"), the preference is centred on it and this narrow (in
 * octaves): a third of an octave away weighs as much as the salience gained by a slower train, so the
 * level nearest the hint wins while a hint a few percent off still lands on the music's own tempo.
 * Set from that reasoning, not tuned on any set.
 */
const hintOctaves = 0.2;
/** Metrical relatives of the strongest periodicity that may be the real beat instead (octave and triple errors). */
const relatives = [1 / 4, 1 / 3, 1 / 2, 2 / 3, 1, 3 / 2, 2, 3, 4];

/** One metrical level considered for the beat, with the terms of its score (for diagnosis). */
export interface TempoCandidate {
  period: number;
  bpm: number;
  /** Mean onset strength on the pulses at their best phase. */
  salience: number;
  /** Share of pulses that land on an onset. */
  hitRate: number;
  /** The song's mean autocorrelation at the period. */
  periodicity: number;
  /** The score's terms, in log units as weighted: salience + hit rate + periodicity + prior = score. */
  terms: { salience: number; hitRate: number; periodicity: number; prior: number };
  score: number;
}

/**
 * Finds the beat period. The autocorrelation's strongest peak gives the pulse family; each metrical
 * relative of it (T/2, 2T, 3T/2, ...) is then scored by how strongly a pulse train at that period
 * meets the onsets (the slower train may pick the stronger beats, the faster must also hit the weak
 * ones), by how many of its pulses are struck at all, and by the tempo preference. So a slow ballad with soft eighth notes stays slow and a fast
 * song whose every beat is hit stays fast.
 */
export function estimateTempo(envelope: Float32Array, frameRate: number, tempogram: Tempogram, hintBpm?: number): TempoEstimate {
  const candidates = scoreTempoCandidates(envelope, frameRate, tempogram, hintBpm);
  // No periodicity at all (a drone, noise): report the preferred tempo with no confidence in it.
  if (candidates.length === 0) {
    const bpm = hintBpm ?? preferredBpm;
    return { bpm, period: (60 * frameRate) / bpm, confidence: 0 };
  }
  const best = candidates.reduce((a, b) => (b.score > a.score ? b : a));
  const period = refineWithMultiples(tempogram.mean, best.period);
  return { bpm: (60 * frameRate) / period, period, confidence: periodicityAt(tempogram, period) };
}

/**
 * The metrical levels estimateTempo chooses among, each with its score's terms; none when nothing
 * repeats. A hint adds the periodicity peak nearest it and centres the tempo preference there.
 */
export function scoreTempoCandidates(envelope: Float32Array, frameRate: number, tempogram: Tempogram, hintBpm?: number): TempoCandidate[] {
  const { mean, maxLag } = tempogram;
  const toBpm = (period: number) => (60 * frameRate) / period;
  const shortestLag = Math.max(2, Math.floor((60 * frameRate) / fastestBpm));
  const longestLag = Math.min(maxLag - 1, Math.ceil((60 * frameRate) / slowestBpm));

  const peaks: number[] = [];
  for (let lag = shortestLag; lag <= longestLag; lag++) {
    if (mean[lag] > 0 && mean[lag] >= mean[lag - 1] && mean[lag] > mean[lag + 1]) peaks.push(lag);
  }
  if (peaks.length === 0) return [];
  peaks.sort((a, b) => mean[b] - mean[a]);

  const candidates: number[] = [];
  for (const seed of peaks.slice(0, 3)) {
    const seedPeriod = refinePeriod(mean, seed);
    for (const ratio of relatives) {
      // Fitted to its multiples too: a period 0.3 % off loses a tenth of a beat over a 12 s window,
      // enough to lower its salience below its double's, which was the commonest octave error.
      const period = refineWithMultiples(mean, snapToPeak(mean, seedPeriod / ratio));
      const bpm = toBpm(period);
      if (bpm < slowestBpm || bpm > fastestBpm) continue;
      if (candidates.some((other) => Math.abs(other / period - 1) < 0.03)) continue;
      candidates.push(period);
    }
  }

  if (hintBpm !== undefined) {
    const period = refineWithMultiples(mean, snapToPeak(mean, (60 * frameRate) / hintBpm));
    if (period < maxLag - 1 && !candidates.some((other) => Math.abs(other / period - 1) < 0.03)) candidates.push(period);
  }
  // Snapping can nudge an edge peak just outside the range; the strongest peak itself always stays a candidate.
  if (candidates.length === 0) candidates.push(refinePeriod(mean, peaks[0]));
  const [centreBpm, widthOctaves] = hintBpm === undefined ? [preferredBpm, preferenceOctaves] : [hintBpm, hintOctaves];
  const smooth = smoothEnvelope(envelope);
  const threshold = onsetThreshold * standardDeviation(envelope);
  return candidates.map((period) => {
    const salience = pulseSalience(smooth, tempogram.starts, tempogram.windowFrames, period);
    const octaves = Math.log2(toBpm(period) / centreBpm);
    const hitRate = pulseHitRate(smooth, tempogram.starts, tempogram.windowFrames, period, threshold);
    const periodicity = mean[Math.round(period)];
    const terms = {
      salience: Math.log(salience + 1e-9),
      hitRate: hitRateWeight * Math.log(hitRate + 1e-3),
      periodicity: periodicityWeight * Math.log(Math.max(1e-3, periodicity)),
      prior: -(octaves * octaves) / (2 * widthOctaves * widthOctaves),
    };
    const score = terms.salience + terms.hitRate + terms.periodicity + terms.prior;
    return { period, bpm: toBpm(period), salience, hitRate, periodicity, terms, score };
  });
}

/** Parabolic interpolation of a peak of `values` around the integer lag `lag`. */
function refinePeriod(values: Float32Array, lag: number): number {
  if (lag <= 0 || lag >= values.length - 1) return lag;
  const [left, centre, right] = [values[lag - 1], values[lag], values[lag + 1]];
  const curvature = left - 2 * centre + right;
  if (curvature >= 0) return lag;
  return lag + Math.max(-0.5, Math.min(0.5, (0.5 * (left - right)) / curvature));
}

/** Moves a period to the highest autocorrelation peak within 6 %, if there is one. */
function snapToPeak(values: Float32Array, period: number): number {
  const from = Math.max(1, Math.floor(period * 0.94));
  const to = Math.min(values.length - 2, Math.ceil(period * 1.06));
  let bestLag = -1;
  for (let lag = from; lag <= to; lag++) {
    if (values[lag] >= values[lag - 1] && values[lag] > values[lag + 1] && (bestLag < 0 || values[lag] > values[bestLag])) bestLag = lag;
  }
  return bestLag < 0 ? period : refinePeriod(values, bestLag);
}

/**
 * A one-frame error is 3 % at 180 BPM, so the period is fitted to the peaks at its first multiples
 * too (least squares through the origin): the error shrinks with each multiple used.
 */
function refineWithMultiples(values: Float32Array, period: number): number {
  let weighted = 0;
  let norm = 0;
  for (let multiple = 1; multiple <= 4; multiple++) {
    if (period * multiple * 1.03 >= values.length - 1) break;
    const lag = Math.round(period * multiple);
    let peak = lag;
    for (let candidate = Math.floor(period * multiple * 0.97); candidate <= Math.ceil(period * multiple * 1.03); candidate++) {
      if (values[candidate] > values[peak]) peak = candidate;
    }
    const refined = refinePeriod(values, peak);
    if (Math.abs(refined / (period * multiple) - 1) > 0.03) continue;
    weighted += multiple * refined;
    norm += multiple * multiple;
  }
  return norm > 0 ? weighted / norm : period;
}

/** The best any lag reaches on aperiodic onsets such as noise; periodicity below it says nothing. */
const chancePeriodicity = 0.15;

/** Energy-weighted periodicity at the beat period, rescaled so noise reads about 0 and a steady drum kit about 0.7. */
function periodicityAt(tempogram: Tempogram, period: number): number {
  const lag = Math.round(period);
  if (lag >= tempogram.maxLag) return 0;
  let sum = 0;
  tempogram.rows.forEach((row, index) => (sum += tempogram.weights[index] * Math.max(0, Math.min(1, row[lag]))));
  return Math.max(0, Math.min(1, (sum - chancePeriodicity) / (1 - chancePeriodicity)));
}
