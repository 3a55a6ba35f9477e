import { ideaFitnessCategories, type IdeaFitnessCode } from './idea-fitness-prompt.ts';

/** What a text model's answer to `ideaFitnessPrompt` means; only `fit: true` lets an idea through. */
export type IdeaFitnessVerdict =
  | { fit: true }
  /** `unsafe`, with the categories named on the second line that Kiln knows (possibly none). */
  | { fit: false; kind: 'unsafe'; codes: IdeaFitnessCode[] }
  /** Anything that is not the asked format: empty, prose, JSON, a refusal, `safe` with more after it. */
  | { fit: false; kind: 'unclear' };

/**
 * Reads the answer strictly, failing closed: the whole answer must be the single word `safe` (bold, quoted or with a full stop is still that word) for the
 * idea to pass. A reasoning model's leading `<think>` block is not the answer and is set aside.
 */
export function readIdeaFitnessAnswer(answer: string): IdeaFitnessVerdict {
  const text = answer.replace(/^\s*<think>[\s\S]*?<\/think>/i, '').trim();
  // Small local models often bold, quote or end the word with a full stop; that is still the one word.
  if (/^(safe|\*\*safe\*\*|"safe"|'safe'|`safe`)[.!]?$/i.test(text)) return { fit: true };
  const [first, second = ''] = text.split(/\r?\n/).map((line) => line.trim());
  if (!/^unsafe$/i.test(first ?? '')) return { fit: false, kind: 'unclear' };
  const codes = second
    .split(/[,\s]+/)
    .map((code) => code.toUpperCase())
    .filter((code): code is IdeaFitnessCode => Object.hasOwn(ideaFitnessCategories, code));
  return { fit: false, kind: 'unsafe', codes: [...new Set(codes)] };
}
