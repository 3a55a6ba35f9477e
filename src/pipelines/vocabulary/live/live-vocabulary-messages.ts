/**
 * What travels over the live vocabulary websocket. The browser sends JSON text messages (checked
 * with the schemas here) or binary audio clips; the server answers with JSON only. Shared with the
 * web page, so both sides read one definition.
 */
import { z } from 'zod';

/** Longest utterance text taken; Web Speech results are a sentence or two. */
export const maxUtteranceChars = 500;

export const clientMessageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('utterance'),
    /** What the browser recognised (Web Speech API) or the streamer typed. */
    text: z.string().trim().min(1).max(maxUtteranceChars),
    /** The language it was recognised in; Japanese by default. */
    language: z.enum(['ja', 'en']).optional(),
    /** How long recognition took in the browser, in ms, for the latency panel. */
    recogniseMs: z.number().min(0).max(600_000).optional(),
  }),
  z.object({ type: z.literal('obs-scene'), sceneName: z.string().min(1).max(200) }),
]);
export type ClientMessage = z.infer<typeof clientMessageSchema>;

/** One study item found in an utterance (the offline analyser's item without occurrences). */
export interface LiveItem {
  expression: string;
  dictionaryForm: string;
  /** Reading in hiragana. */
  reading: string;
  english: string | null;
  meaningSource: 'glossary' | 'jmdict' | 'llm' | 'none';
  kind: 'word' | 'slang' | 'stream_term' | 'grammar_pattern' | 'cultural_reference';
  difficulty: number;
  note: string | null;
}

/** The stages timed per utterance, in ms from the moment the server received it (recognise: its own length). */
export const liveStages = ['recognise', 'items', 'replyFirstToken', 'replyDone', 'speech'] as const;
export type LiveStage = (typeof liveStages)[number];

export type ObsState = 'off' | 'connected' | 'unavailable';

export type ServerMessage =
  | { type: 'ready'; overlayPath: string; reply: string | null; speech: string | null; transcription: boolean; obs: { state: ObsState; message: string } }
  | { type: 'recognised'; utteranceId: number; text: string; source: 'browser' | 'transcription' }
  | { type: 'items'; utteranceId: number; items: LiveItem[] }
  | { type: 'reply-delta'; utteranceId: number; text: string }
  | { type: 'reply-done'; utteranceId: number; text: string }
  | { type: 'speech'; utteranceId: number; mediaType: string; audio: string; servedBy: string }
  | { type: 'latency'; utteranceId: number; stages: Partial<Record<LiveStage, number>>; modelMs: number; gatewayMs: number }
  | { type: 'notice'; level: 'degraded' | 'info'; stage: 'reply' | 'speech' | 'transcription' | 'obs' | 'input'; message: string }
  | { type: 'obs'; state: ObsState; message: string };

/** What the overlay page shows: the newest expression of the stream. */
export interface OverlayMessage {
  type: 'overlay';
  expression: string;
  reading: string;
  english: string | null;
  /** The utterance it came from. */
  sentence: string;
}
