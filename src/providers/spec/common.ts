/** The capabilities a backend can serve; each has its own spec file beside this one. */
export const capabilities = ['text', 'image', 'restyle', 'speech', 'transcription', 'moderation', 'description', 'segmentation', 'video'] as const;
export type Capability = (typeof capabilities)[number];

/** Fields every model carries, whatever its capability. */
export interface ModelIdentity {
  /** The backend's name in the registry, e.g. `ollama`, `builtin`. */
  readonly provider: string;
  /** The model's name within the backend, e.g. `llama3.2`, `storyteller`. */
  readonly modelId: string;
}

/** Options every call takes. */
export interface CallOptions {
  /** Cancels the call: the backend stops its HTTP request or subprocess as soon as it can. */
  abortSignal?: AbortSignal;
}

/** A setting the backend did not honour (it still answered); shown in the job record instead of failing. */
export interface ProviderWarning {
  /** The setting that was ignored or changed, e.g. `seed`. */
  setting: string;
  /** Why, in a sentence a person can read. */
  message: string;
}

/** Binary media in memory, with its IANA media type. */
export interface MediaData {
  /** The bytes. */
  data: Uint8Array;
  /** e.g. `image/png`, `audio/wav`. */
  mediaType: string;
}
