import type { CategoryScore } from '../../providers/spec/index.ts';

/** nsfwjs's classes and their probabilities (they sum to 1). */
export interface PictureClassScores {
  Drawing: number;
  Hentai: number;
  Neutral: number;
  Porn: number;
  Sexy: number;
}

/** One picture's classification, as the classifier thread answers it. */
export interface PictureClassification {
  /** Probability of each of nsfwjs's five classes. */
  scores: PictureClassScores;
  /** The scores on Kiln's 0–7 category scale (Sexual only: the model knows nothing else). */
  categories: CategoryScore[];
  /** Time spent classifying, in milliseconds (model load excluded). */
  milliseconds: number;
}

/**
 * Maps the classifier's probabilities onto Azure's 0–7 Sexual scale. Explicit classes (Porn, Hentai)
 * weigh fully and suggestive (Sexy) by half, because the model calls many harmless close-ups of skin
 * "Sexy". Child mode fails at 2 and above, i.e. once explicit content is at least 25% likely (or
 * suggestive content about 50%): strict, since a picture held back is redrawn, while one let through
 * is shown to a child.
 */
export function pictureSeverity(scores: PictureClassScores): CategoryScore {
  const explicit = scores.Porn + scores.Hentai;
  const weight = explicit + scores.Sexy / 2;
  const severity = weight >= 0.8 ? 6 : weight >= 0.5 ? 4 : weight >= 0.25 ? 2 : weight >= 0.1 ? 1 : 0;
  const reasons = severity > 0
    ? [`picture classifier: explicit ${percent(explicit)}, suggestive ${percent(scores.Sexy)}`]
    : undefined;
  return { category: 'Sexual', severity, ...(reasons ? { reasons } : {}) };
}

function percent(probability: number): string {
  return `${Math.round(probability * 100)}%`;
}
