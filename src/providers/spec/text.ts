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

/** Writes text: plain, or JSON constrained by a schema. */
export interface TextModel extends ModelIdentity {
  generate(options: TextGenerateOptions): Promise<TextGenerateResult>;
}
