import { z } from 'zod';

const seconds = z.number().nonnegative();
const unit = z.number().min(0).max(1);

/** What the music video pipeline learns about a song; the contract of the original analyser, with beats made explicit. */
export const audioAnalysisSchema = z.object({
  /** Length of the decoded audio in seconds. */
  duration: z.number().positive(),
  /** Sample rate the analysis ran at, in Hz. */
  sample_rate: z.number().int().positive(),
  tempo: z.object({
    /** The beat rate held for most of the song. */
    bpm: z.number().positive(),
    /** 0..1: how clearly the onsets repeat at that tempo (low for rubato, ambient or beatless audio). */
    confidence: unit,
  }),
  /** Beat times in seconds, ascending. */
  beats: z.array(seconds),
  /** The beats that start a bar, ascending. */
  downbeats: z.array(seconds),
  /** Loudness per whole second, 0..1 relative to the loudest second of the song. */
  intensity_curve: z.array(unit),
  /** Moments to cut a scene on, ascending; the first is the opening. */
  key_moments: z.array(
    z.object({
      timestamp: seconds,
      intensity: unit,
      description: z.enum(['opening', 'build-up', 'drop', 'breakdown', 'climax', 'outro']),
    }),
  ),
  /** Consecutive structural sections covering the song; alike sections share a label. */
  sections: z.array(z.object({ start: seconds, end: seconds, label: z.string().optional() })),
  /** Onset times (seconds, ascending) by the kind of sound that made them; absent from analyses made before they were found. */
  instruments: z.object({
    /** Kick drums and bass notes (new energy below 150 Hz). */
    kick: z.array(seconds),
    /** Snares and claps (a noise burst from the middle into the treble). */
    snare: z.array(seconds),
    /** Hi-hats and cymbals (new energy almost all above 2 kHz). */
    hats: z.array(seconds),
    /** Notes and chords in the middle (150 Hz to 2 kHz), nothing noisy above. */
    melodic: z.array(seconds),
  }).optional(),
});

export type InstrumentEvents = NonNullable<AudioAnalysis['instruments']>;

export type AudioAnalysis = z.infer<typeof audioAnalysisSchema>;
