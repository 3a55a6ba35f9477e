/**
 * The JSON text messages beside the binary frames, in both directions. The browser imports these
 * types only (`import type`), so zod stays on the server.
 */
import { z } from 'zod';

/** The look a session asks for; either field may be absent, not both. */
export interface LiveStyle {
  /** A preset name from the filter table, e.g. `oil-paint`. */
  preset?: string;
  /** Words: pick a preset and palette for the filters, or the prompt for an AI backend. */
  prompt?: string;
  /** 0–1, how far from the camera picture (AI backends' denoising strength; filters blend). */
  strength?: number;
  /** What is restyled: `everything` (the default), the `background` only, or the `person` only. */
  subject?: 'everything' | 'background' | 'person';
  /** Behind a person styled alone: `blur` (their room blurred, the default) or a colour `#rrggbb`. */
  backdrop?: 'blur' | `#${string}`;
}

export const styleMessageSchema = z.object({
  type: z.literal('style'),
  preset: z.string().trim().min(1).max(40).optional(),
  prompt: z.string().trim().max(500).optional(),
  strength: z.number().min(0).max(1).optional(),
  subject: z.enum(['everything', 'background', 'person']).optional(),
  backdrop: z.union([z.literal('blur'), z.custom<`#${string}`>((value) => typeof value === 'string' && /^#[0-9a-f]{6}$/i.test(value), 'A backdrop is "blur" or a colour such as #00aa44.')]).optional(),
}).refine((message) => message.preset !== undefined || (message.prompt ?? '') !== '', {
  message: 'Send a preset, a prompt, or both.',
});

/** Messages a streamer sends. */
export const streamerMessageSchema = z.discriminatedUnion('type', [
  styleMessageSchema,
  z.object({ type: z.literal('ping'), at: z.number().optional() }),
]);
export type StreamerMessage = z.infer<typeof streamerMessageSchema>;

export interface PresetSummary {
  name: string;
  label: string;
}

/** Messages the server sends to a streamer or a viewer. */
export type ServerMessage =
  | {
      type: 'welcome';
      role: 'streamer' | 'viewer';
      sessionId: string;
      protocolVersion: number;
      /** Largest camera frame accepted, in bytes. */
      maxFrameBytes: number;
      presets: PresetSummary[];
      style: LiveStyle;
      /** The style generation of `style`; styled frames carry the one they were made with. */
      styleVersion: number;
      /** `style` in words, for the caption under the picture. */
      description: string;
    }
  /** The backend is full: `position` 1 is next in line. */
  | { type: 'waiting'; position: number }
  /** The session may send frames now. */
  | { type: 'admitted' }
  /** A newer frame replaced this one before the backend took it: it gets no answer. */
  | { type: 'frame-dropped'; frameId: number; dropped: number }
  /** This frame failed; the session goes on. */
  | { type: 'frame-error'; frameId: number; code: string; message: string }
  /** From `styleVersion` on, styled frames have this look; earlier ones in flight are never sent. */
  | { type: 'style-changed'; style: LiveStyle; description: string; styleVersion: number }
  /** A control message was not understood; nothing changed. */
  | { type: 'error'; code: string; message: string }
  | { type: 'viewers'; count: number }
  | { type: 'pong'; at?: number }
  /** To viewers: the streamer's camera connected or left (the session stays). */
  | { type: 'streamer'; connected: boolean };
