/**
 * Why the planner chose a clip, in words: the parts of its score that stood out (many new
 * expressions, lively talk, laughter in the chat). The weights and the 0–1 numbers stay behind
 * the page: a person picks clips by what happens in them, not by a formula.
 */
import type { PlannedClip } from './shorts-api.ts';

type ClipScore = PlannedClip['score'];

/** A part counts as standing out at half its busiest window in this recording or more. */
const standsOut = 0.5;

export function describeClipScore(score: ClipScore | null): string {
  if (!score) return 'Your own choice';
  const reasons = [
    score.expressions >= standsOut ? 'many new expressions' : '',
    score.energy >= standsOut ? 'lively talk' : '',
    score.chat !== null && score.chat >= standsOut ? 'the chat laughing' : '',
  ].filter(Boolean);
  if (reasons.length === 0) return 'Chosen as a calmer stretch with some new words';
  const listed = reasons.length === 1 ? reasons[0] : `${reasons.slice(0, -1).join(', ')} and ${reasons.at(-1)}`;
  return `Chosen for ${listed}`;
}
