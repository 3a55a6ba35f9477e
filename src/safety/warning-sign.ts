/** One sign in an idea that a bedtime story may be the wrong thing to write; weighed by `weighWarningSigns`. */
export interface WarningSign {
  /** What was seen, in plain words for the refusal ("a grown-up, a child and a secret"). */
  kind: string;
  /** The idea's words that gave the sign. */
  words: string[];
  strength: 'weak' | 'strong' | 'combination';
}
