/**
 * What a model is probably for, from its name and the family its server reports: a guess the
 * Settings page offers as a hint (an Ollama vision model for `description`, a whisper model for
 * `transcription`), never a rule; the administrator decides where it goes.
 */
import type { Capability } from '../spec/index.ts';

// Names the model makers use for these kinds; a server's own family list (Ollama's `clip`) wins.
const visionWords = /(llava|vision|moondream|minicpm-v|bakllava|-vl\b|vl:|qwen2\.5vl|gemma3|granite3\.2-vision|llama4)/i;
const speechWords = /(^tts|[-_]tts|kokoro|piper|xtts|bark|parler|orpheus)/i;
const transcriptionWords = /(whisper|parakeet|canary|distil-large)/i;
const guardWords = /(llama-guard|llamaguard|shieldgemma|granite-guardian)/i;
const embeddingWords = /(embed|bge-|e5-|minilm|nomic-embed)/i;

export interface ModelHint {
  /** Capabilities the model likely serves, most likely first. */
  capabilities: Capability[];
  /** Why, in a few words (e.g. `vision model`), or absent for plain chat models. */
  hint?: string;
}

/** The hint for a text-side model (Ollama tags, `/v1/models` entries). */
export function hintForLanguageModel(name: string, families: readonly string[] = []): ModelHint {
  if (embeddingWords.test(name) || families.some((family) => /bert/i.test(family))) return { capabilities: [], hint: 'embedding model: not for writing' };
  if (transcriptionWords.test(name)) return { capabilities: ['transcription'], hint: 'speech-to-text model' };
  if (speechWords.test(name)) return { capabilities: ['speech'], hint: 'text-to-speech model' };
  if (guardWords.test(name)) return { capabilities: ['moderation'], hint: 'safety classifier' };
  if (families.includes('clip') || families.includes('mllama') || visionWords.test(name)) {
    return { capabilities: ['description', 'text'], hint: 'vision model: can describe pictures' };
  }
  return { capabilities: ['text'] };
}
