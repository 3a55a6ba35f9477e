import { scoreTempoCandidates, type TempoCandidate } from '../../src/media/audio/estimate-tempo.ts';
import { computeOnsetEnvelopes } from '../../src/media/audio/onset-envelope.ts';
import { readPlainWav } from '../../src/media/audio/read-plain-wav.ts';
import { computeSpectralFeatures } from '../../src/media/audio/spectral-features.ts';
import { computeTempogram } from '../../src/media/audio/tempogram.ts';

/** The metrical levels the tempo estimate chose among for a rendered WAV, each with its score's terms. */
export async function tempoCandidatesOf(wavPath: string): Promise<TempoCandidate[]> {
  const audio = await readPlainWav(wavPath, 22050, 3600);
  if (!audio) throw new Error(`${wavPath} is not a plain WAV at 22.05 or 44.1 kHz.`);
  const features = computeSpectralFeatures(audio.samples, audio.sampleRate);
  const envelopes = computeOnsetEnvelopes(features);
  const tempogram = computeTempogram(envelopes.full, features.frameRate);
  return scoreTempoCandidates(envelopes.full, features.frameRate, tempogram);
}

const termNames = ['salience', 'hitRate', 'periodicity', 'prior'] as const;

/**
 * For a piece whose tempo is off: where the reference lies against the chosen tempo, every
 * candidate's terms, and which terms favoured the chosen one over the candidate at the reference.
 */
export function candidateTable(candidates: TempoCandidate[], referenceBpm: number): string[] {
  const chosen = candidates.reduce((a, b) => (b.score > a.score ? b : a));
  const right = candidates.find((candidate) => Math.abs(candidate.bpm / referenceBpm - 1) <= 0.04);
  const lines = [`    reference at ${levelName(referenceBpm / chosen.bpm)} the chosen tempo`];
  lines.push('      bpm   score | salience hit rate periodicity  prior  (log terms as weighted)');
  for (const candidate of [...candidates].sort((a, b) => a.bpm - b.bpm)) {
    const mark = candidate === chosen ? '*' : candidate === right ? 'R' : ' ';
    const { terms } = candidate;
    lines.push(
      `    ${mark} ${candidate.bpm.toFixed(1).padStart(5)} ${candidate.score.toFixed(2).padStart(6)} | ` +
        `${terms.salience.toFixed(2).padStart(8)} ${terms.hitRate.toFixed(2).padStart(8)} ${terms.periodicity.toFixed(2).padStart(11)} ${terms.prior.toFixed(2).padStart(6)}`,
    );
  }
  if (!right) {
    lines.push('    no candidate within 4 % of the reference');
    return lines;
  }
  const against = termNames
    .map((name) => ({ name, margin: chosen.terms[name] - right.terms[name] }))
    .filter((term) => term.margin > 0)
    .sort((a, b) => b.margin - a.margin);
  lines.push(
    `    chose wrong by ${(chosen.score - right.score).toFixed(2)}; for the wrong one: ` +
      (against.map((term) => `${term.name} +${term.margin.toFixed(2)}`).join(', ') || 'nothing'),
  );
  return lines;
}

/** 2 → "2×", 0.5 → "1/2×", 1.5 → "3/2×": the simple ratio nearest `ratio`. */
function levelName(ratio: number): string {
  let best = { text: `${ratio.toFixed(2)}×`, error: 0.04 };
  for (const [numerator, denominator] of [[1, 1], [2, 1], [1, 2], [3, 1], [1, 3], [3, 2], [2, 3], [4, 1], [1, 4], [4, 3], [3, 4]]) {
    const error = Math.abs(ratio / (numerator / denominator) - 1);
    if (error < best.error) best = { text: denominator === 1 ? `${numerator}×` : `${numerator}/${denominator}×`, error };
  }
  return best.text;
}
