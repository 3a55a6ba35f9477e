import { describe, expect, it } from 'vitest';
import { readIdeaForSafety } from './read-idea-for-safety.ts';

describe('readIdeaForSafety', () => {
  it('reads emoji by their names, so an idea of emoji alone is not taken as fully placed', () => {
    // Before, "🧔 🍺 🚬" had no words at all, read as 0 % unplaced: a story the storyteller could tell.
    expect(readIdeaForSafety('🧔 🍺 🚬').unplacedShare).toBeGreaterThan(0.5);
  });

  it('counts the things the story shows as unplaced: they give it no plot, so an idea of things alone is still weighed by its signs', () => {
    // "candy" and "van" are shown in the story (readIdeaParts' props) but place nothing here.
    expect(readIdeaForSafety('candy in a van').unplacedShare).toBe(1);
  });

  it('still places an idea it can tell', () => {
    expect(readIdeaForSafety('a sleepy dragon who lost his blanket').unplacedShare).toBeLessThan(0.5);
  });
});
