/** Words for the one a story is about. */
const heroNames = new Set(['hero', 'heroine', 'protagonist']);
/** Words that say someone is, or is to be, that one ("the mouse is the hero", "can grandma be the hero"). */
const beingWords = new Set(['is', 'be']);

/**
 * "a baby elephant and a mouse, the mouse is the hero", "make the mouse the hero": where the idea says which of its
 * characters is the hero, that one is, whoever came first. Only a being the hero reader reads there (`heroAt`).
 */
export function designatedHero(words: readonly string[], heroAt: (at: number) => unknown): number | undefined {
  for (const [at, word] of words.entries()) {
    if (!heroNames.has(word) || words[at - 1] !== 'the') continue;
    const said = beingWords.has(words[at - 2] ?? '') ? at - 3 : words[at - 3] === 'make' || words[at - 4] === 'make' ? at - 2 : -1;
    if (said >= 0 && heroAt(said) !== undefined) return said;
  }
  return undefined;
}
