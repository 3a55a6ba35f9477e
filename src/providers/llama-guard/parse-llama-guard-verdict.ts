import { InvalidOutputError } from '../../engine/errors/index.ts';
import { llamaGuardCategories, type LlamaGuardCode } from './llama-guard-categories.ts';

export interface LlamaGuardVerdict {
  safe: boolean;
  /** The hazards named on the second line of an `unsafe` answer. */
  codes: LlamaGuardCode[];
}

/**
 * Reads Llama Guard's answer: `safe`, or `unsafe` then a line like `S1,S10`. Anything else is not a
 * verdict and is refused, never read as safe. An `unsafe` that names no known hazard stays unsafe,
 * with no codes; the caller scores it.
 */
export function parseLlamaGuardVerdict(answer: string, modelId: string): LlamaGuardVerdict {
  const lines = answer.trim().split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  const first = lines[0]?.toLowerCase();
  if (first === 'safe') return { safe: true, codes: [] };
  if (first !== 'unsafe') {
    throw new InvalidOutputError(`${modelId} did not answer with Llama Guard's "safe" or "unsafe" (it said "${answer.slice(0, 80)}").`, { details: { modelId } });
  }
  const codes = (lines[1] ?? '')
    .split(/[,\s]+/)
    .map((code) => code.toUpperCase())
    .filter((code): code is LlamaGuardCode => code in llamaGuardCategories);
  return { safe: false, codes: [...new Set(codes)] };
}
