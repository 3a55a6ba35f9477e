import { moderationCategories, type CategoryScore, type ModerationCategory } from '../providers/spec/index.ts';
import { normalizeForMatching } from './normalize-for-matching.ts';

interface CompiledTerm {
  term: string;
  /** Made on first use, as most terms never meet a text that holds their words. */
  pattern: () => RegExp;
  weight: number;
  /** The term's words as written: a text without all of them cannot match, so its pattern is not run. */
  words: string[];
}

/** Folds case, accents and curly quotes so "DÉATH" and "death" are one word to the lists. */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'").toLowerCase();
}

/**
 * Compiles one list term to a whole-word pattern: a trailing `*` allows any ending, spaces and hyphens
 * inside a phrase match each other. Boundaries are "no letter or digit", which also holds beyond ASCII.
 */
function compile(term: string, weight: number): CompiledTerm {
  const literals = foldText(term).replace(/\*$/, '').split(/[\s-]+/);
  const words = literals.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const ending = term.endsWith('*') ? '[\\p{L}\\p{N}]*' : '';
  const source = `(?<![\\p{L}\\p{N}])${words.join('[\\s\\-_]+')}${ending}(?![\\p{L}\\p{N}])`;
  let pattern: RegExp | undefined;
  return { term, weight, words: literals.filter(Boolean), pattern: () => (pattern ??= new RegExp(source, 'gu')) };
}

/** Scores text against weighted term lists, category by category, with the words that matched. */
export class TermMatcher {
  private readonly compiled: Record<ModerationCategory, CompiledTerm[]>;

  constructor(terms: Record<ModerationCategory, Record<string, number>>) {
    this.compiled = Object.fromEntries(
      moderationCategories.map((category) => [category, Object.entries(terms[category] ?? {}).map(([term, weight]) => compile(term, weight))]),
    ) as Record<ModerationCategory, CompiledTerm[]>;
  }

  /** The heaviest matched weight per category, one more when several different terms match. */
  score(text: string): CategoryScore[] {
    // The same folding as the topic rules: leetspeak, look-alikes and spaced letters read as words.
    const folded = normalizeForMatching(text).text;
    return moderationCategories.map((category) => {
      const matched = new Set<string>();
      let heaviest = 0;
      for (const term of this.compiled[category]) {
        // V8 drops a pattern's compiled code after a few full collections without use; in a busy server
        // that made each check compile 150 patterns again (60-200 ms). A pattern is only run, and so only
        // compiled, when the text holds its words.
        if (!term.words.every((word) => folded.includes(word))) continue;
        for (const match of folded.matchAll(term.pattern())) {
          matched.add(match[0].replace(/[\s\-_]+/g, ' '));
          heaviest = Math.max(heaviest, term.weight);
        }
      }
      if (matched.size === 0) return { category, severity: 0 };
      return { category, severity: Math.min(7, matched.size > 1 ? heaviest + 1 : heaviest), reasons: [...matched] };
    });
  }
}
