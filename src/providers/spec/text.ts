import type { CallOptions, ModelIdentity, ProviderWarning } from './common.ts';

/** A JSON schema the output must follow (a plain object, as produced by `z.toJSONSchema`). */
export type JsonSchema = Record<string, unknown>;

export interface TextGenerateOptions extends CallOptions {
  /** The user's request. */
  prompt: string;
  /** Instructions that set tone and rules, sent as the system message where the backend has one. */
  system?: string;
  /** When set, the backend must return JSON that fits this schema (in `json`). */
  schema?: JsonSchema;
  /** A name for the schema, used by backends that label structured output. */
  schemaName?: string;
  /** Upper bound on generated tokens. */
  maxTokens?: number;
  /** Sampling temperature, 0 for the most deterministic output. */
  temperature?: number;
  /** Seed for reproducible sampling where the backend supports it. */
  seed?: number;
}

export interface TextGenerateResult {
  /** The generated text (the raw JSON text when a schema was given). */
  text: string;
  /** The parsed JSON when a schema was given; the caller validates it against its own zod schema. */
  json?: unknown;
  /** Token counts where the backend reports them. */
  usage?: { inputTokens?: number; outputTokens?: number };
  /** Settings the backend ignored. */
  warnings: ProviderWarning[];
}

/** What `stream` takes: `generate`'s options without a schema (structured output is answered whole). */
export type TextStreamOptions = Omit<TextGenerateOptions, 'schema' | 'schemaName'>;

/** One piece of a streamed answer. */
export type TextStreamPart =
  | {
      type: 'text-delta';
      /** The next tokens' text, in order; joined, the deltas are the whole answer. */
      text: string;
    }
  | {
      type: 'finish';
      /** The whole answer, as `generate` would have returned it. */
      text: string;
      /** Token counts where the backend reports them. */
      usage?: { inputTokens?: number; outputTokens?: number };
      /** Settings the backend ignored, known only once the answer is complete. */
      warnings: ProviderWarning[];
    }
  | {
      type: 'error';
      /**
       * Why the answer stopped part way. Only a fallback model sends this, after its first delta
       * (it can no longer move to the next backend); a failure before that is thrown instead.
       */
      error: unknown;
    };

/** Writes text: plain, or JSON constrained by a schema. */
export interface TextModel extends ModelIdentity {
  /** Answers whole, once the backend has finished. */
  generate(options: TextGenerateOptions): Promise<TextGenerateResult>;
  /**
   * Answers token by token: `text-delta` parts as the backend produces them, then one `finish`.
   * A failure before the first part is thrown from the iterator (so a fallback list can move on);
   * `abortSignal` stops the HTTP request, even mid-answer, and ending the iteration early does too.
   *
   * Optional: the OpenAI-compatible and Ollama backends stream; builtin, llamacpp and gemini have
   * no `stream`, and `streamText` (src/providers/stream-text.ts) answers them by generating whole
   * and yielding that as a single delta. Callers go through `streamText`, never call this directly.
   */
  stream?(options: TextStreamOptions): AsyncIterable<TextStreamPart>;
}
