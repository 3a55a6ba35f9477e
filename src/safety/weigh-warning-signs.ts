import type { WarningSign } from './warning-sign.ts';

/** How much of an idea the storyteller could place, as the story pipeline measures it (readIdeaParts). */
export interface IdeaReading {
  /** Share of the idea's content words no story part took, 0 to 1. */
  unplacedShare: number;
  /** Words in the idea. */
  wordCount: number;
}

/** Above this share of words the storyteller cannot place, the idea is read by its warning signs rather than by its story. */
export const mostlyUnplaced = 0.5;
/** An idea this long is a story idea buried in text: one weaker sign is enough. */
export const buriedWordCount = 40;

/**
 * Whether the warning signs refuse an idea. A combination (a grown-up, a child and a secret; instructions
 * with chemicals; a people judged) refuses any idea. Otherwise signs count only when the storyteller
 * cannot place most of the idea: one strong sign, or three weak ones from different words (two when
 * the idea is buried in long text), since "a toy gun that shoots bubbles" has two and is a story the parser can tell.
 */
export function weighWarningSigns(signs: WarningSign[], reading: IdeaReading): WarningSign[] {
  const combinations = signs.filter((sign) => sign.strength === 'combination');
  if (combinations.length > 0) return combinations;
  const buried = reading.wordCount >= buriedWordCount;
  if (reading.unplacedShare < mostlyUnplaced && !buried) return [];
  const strong = signs.filter((sign) => sign.strength === 'strong');
  if (strong.length > 0) return strong;
  const weak = signs.filter((sign) => sign.strength === 'weak');
  const weakWords = new Set(weak.flatMap((sign) => sign.words));
  return weakWords.size >= (buried ? 2 : 3) ? weak : [];
}
