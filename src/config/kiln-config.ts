import type { Capability } from '../providers/spec/index.ts';

/** The server log's levels, most detailed first (pino's names). */
export const logLevels = ['trace', 'debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof logLevels)[number];

/** One backend's entry: its `type` picks the factory, the rest are that backend's settings. */
export interface BackendConfig {
  /** `builtin`, `openai`, `ollama`, `llamacpp`, or a type a plugin registers. */
  type: string;
  [setting: string]: unknown;
}

export interface RateLimitConfig {
  /** Requests allowed per window. */
  max: number;
  /** The window: milliseconds, or words such as `1 minute`. */
  timeWindow: string | number;
}

/** An S3-compatible object store (MinIO, Garage, Ceph RGW, Cloudflare R2, AWS S3) holding the assets' bytes. */
export interface S3AssetsConfig {
  type: 's3';
  /** The bucket; it must exist (Kiln checks at start-up). */
  bucket: string;
  /** The store's address, e.g. http://minio:9000; absent means AWS S3 itself. */
  endpoint?: string;
  /** Default us-east-1 (R2 takes `auto`). */
  region?: string;
  /** Bucket in the path (`endpoint/bucket/key`), as MinIO and most self-hosted stores need. */
  forcePathStyle?: boolean;
  /** Serve downloads by a 302 to a short-lived presigned URL instead of through the API. */
  presignedUrls?: boolean;
  /** How long a presigned URL stays valid. Default 300. */
  presignedUrlSeconds?: number;
  /** The variables holding the access key id and secret. Default AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY. */
  accessKeyIdEnv?: string;
  secretAccessKeyEnv?: string;
}

/** Where assets' bytes live: the data folder (the embedded default) or an object store. */
export type AssetsConfig = { type: 'local' } | S3AssetsConfig;

/** The whole configuration, after the file, the environment and the defaults are merged. */
export interface KilnConfig {
  /** The file it was read from; null when only defaults and the environment apply. */
  configFile: string | null;
  /** Where assets, the embedded database and caches live (absolute). */
  dataDir: string;
  /** A PostgreSQL URL; absent means the embedded database in `dataDir`. */
  databaseUrl?: string;
  /** Backends by name; `builtin` is always present. */
  backends: Record<string, BackendConfig>;
  /** For each capability, the `backend:model` list tried in order. */
  capabilities: Record<Capability, string[]>;
  server: {
    host: string;
    port: number;
    /** In local mode, a name besides loopback that requests may be addressed to (a reverse proxy's host). */
    publicHost?: string;
    /** The environment variable holding the token /metrics requires (`KILN_METRICS_TOKEN`); open when absent. */
    metricsTokenEnv?: string;
    /**
     * The server log's level (`KILN_LOG_LEVEL`), `info` by default: every change and every refused
     * request is logged; successful reads (GET and HEAD answered below 400) only at `debug`.
     */
    logLevel?: LogLevel;
    auth: {
      /** The environment variable holding the HS256 secret (the secret itself never sits in the config). */
      jwtSecretEnv?: string;
      /** Where the token issuer publishes its public keys. */
      jwksUrl?: string;
      /** When set, tokens must carry this `iss`. */
      issuer?: string;
      /** When set, tokens must carry this `aud`. */
      audience?: string;
      /** Longest accepted token lifetime (exp − iat), in seconds; default 24 hours. */
      maxTokenLifetimeSeconds?: number;
    };
    /** Per route family (`jobs-create`, `uploads`, `reads`); families not named keep the server's defaults. */
    rateLimits: Record<string, RateLimitConfig>;
  };
  /** Limits of the live style studio; absent values keep the studio's defaults. */
  live: {
    /** Sessions streaming at once (others wait in line). Default 20. */
    maxActiveSessions?: number;
    /** Frames restyled at the same time across all sessions. Default 2. */
    concurrency?: number;
    /** Largest accepted frame, in bytes. Default 2 MiB. */
    maxFrameBytes?: number;
    /** Frames a second above which a streamer is closed as a flood. Default 60. */
    maxFramesPerSecond?: number;
    /** Sessions one user may hold. Default 5. */
    maxSessionsPerOwner?: number;
    /** Live websockets one user may hold open (streamers, the live vocabulary page, its overlays; not viewers). Default 8. */
    maxSocketsPerUser?: number;
    /** An unused session ends after this long, in milliseconds. Default 10 minutes. */
    idleSessionMs?: number;
  };
  /** The vocabulary studio's dictionary and sync targets; absent when not configured. */
  vocabulary?: {
    /** A JMdict file (JSON or XML) for meanings, absolute. */
    jmdictPath?: string;
    notion?: {
      /** The Notion database the user shared with the integration. */
      databaseId?: string;
      /** The environment variable holding the integration token. Default NOTION_TOKEN. */
      tokenEnv?: string;
    };
    anki?: {
      /** AnkiConnect's address. Default http://127.0.0.1:8765. */
      url?: string;
      /** The deck notes go to. Default Kiln Vocabulary. */
      deck?: string;
      /** The note type notes are made with. Default Basic. */
      noteType?: string;
    };
    /** The live bilingual mode: OBS's address and text source, and the voice (speaker) replies are spoken in. */
    live?: { obs?: { address: string; textSource?: string }; voice?: string; modelTimeoutMs?: number };
  };
  /** Where assets' bytes live; absent means the data folder. Ownership stays in the database either way. */
  assets?: AssetsConfig;
  /** How the job queue shares its workers; absent values keep the queue's defaults. */
  jobs?: {
    /** Jobs of one user running at once across all workers. Default 2. */
    perUserConcurrency?: number;
  };
  /** `kiln worker` processes (the server's in-process worker has /metrics already). */
  worker?: {
    /** Port of the worker's GET /metrics listener (`--metrics-port`); absent: the worker listens on nothing. */
    metricsPort?: number;
    /** Address it listens on. Default 127.0.0.1. */
    metricsHost?: string;
  };
  safety: {
    /** The operator's JSON file of extra guardrail terms (`{ "Fear": { "thunderstorm": 3 } }`), absolute. */
    termsFile?: string;
    /** Stories are made in child mode (strict, fails closed); only the operator can turn it off. Default true. */
    childMode: boolean;
    /** Users (token `sub`) who get standard-mode stories while child mode stays on for the rest. Default none. */
    standardModeUsers: string[];
    /**
     * Also ask the configured text model whether a standard-mode idea is fit for a bedtime story (child
     * mode always asks when a text model is configured). Default false.
     */
    ideaCheckInStandardMode?: boolean;
  };
  limits: {
    /** Largest accepted upload, in bytes. */
    uploadBytes: number;
    /** Largest accepted JSON body, in bytes. */
    bodyBytes: number;
  };
}
