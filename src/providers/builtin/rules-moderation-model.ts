import { BadInputError, ProviderUnsupportedError } from '../../engine/errors/index.ts';
import {
  moderationCategories,
  type CategoryScore,
  type ModelIdentity,
  type ModerationCategory,
  type ModerationModel,
  type ModerationOptions,
  type ModerationResult,
} from '../spec/index.ts';
import { moderationTerms } from './moderation-terms.ts';

interface CompiledTerm {
  pattern: RegExp;
  weight: number;
}

/** Folds case and accents so "MURDÉR" and "murder" match the same term. */
function normalize(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * A term becomes a whole-word pattern. `\b` only knows ASCII, so the boundaries are written as
 * "no letter or digit on either side", which also holds for accented and non-Latin words.
 */
function compileTerm(term: string, weight: number): CompiledTerm {
  const words = normalize(term)
    .replace(/\*$/, '')
    .split(/[\s-]+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const ending = term.endsWith('*') ? '[\\p{L}\\p{N}]*' : '';
  const body = words.join('[\\s\\-_]+') + ending;
  return { pattern: new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'gu'), weight };
}

const compiled = Object.fromEntries(
  moderationCategories.map((category) => [
    category,
    Object.entries(moderationTerms[category]).map(([term, weight]) => compileTerm(term, weight)),
  ]),
) as Record<ModerationCategory, CompiledTerm[]>;

/** Scores one category: the heaviest matched term, one level more when several different terms match. */
function scoreCategory(category: ModerationCategory, text: string): CategoryScore {
  const matched = new Set<string>();
  let heaviest = 0;
  for (const term of compiled[category]) {
    for (const match of text.matchAll(term.pattern)) {
      matched.add(match[0].replace(/[\s\-_]+/g, ' '));
      heaviest = Math.max(heaviest, term.weight);
    }
  }
  const severity = matched.size > 1 ? Math.min(7, heaviest + 1) : heaviest;
  return matched.size > 0 ? { category, severity, reasons: [...matched] } : { category, severity: 0 };
}

/**
 * The offline moderator: word lists per harm category, matched on whole words. It is fast and
 * explainable (reasons are the matched words) but reads no context, so policy thresholds should
 * treat it as a first line, with a model-based moderator behind it where one is configured.
 */
export function createRulesModerationModel(identity: ModelIdentity): ModerationModel {
  return {
    ...identity,
    inputs: ['text'],
    async moderate(options: ModerationOptions): Promise<ModerationResult> {
      options.abortSignal?.throwIfAborted();
      if (options.image) {
        throw new ProviderUnsupportedError(`${identity.provider}:${identity.modelId} checks text only, not images.`, {
          details: { provider: identity.provider, modelId: identity.modelId },
        });
      }
      if (options.text === undefined) throw new BadInputError('Give the text or the image to moderate.');
      const text = normalize(options.text);
      return { categories: moderationCategories.map((category) => scoreCategory(category, text)), warnings: [] };
    },
  };
}
