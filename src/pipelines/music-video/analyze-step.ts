import { z } from 'zod';
import { defineStep } from '../../engine/step.ts';
import { decodeForAnalysis } from '../../media/audio/analyze-audio-file.ts';
import { analyzeAudioOffThread } from '../../media/audio/analyze-audio-thread-pool.ts';
import { tempoHintRange } from '../../media/audio/tempo-hint-range.ts';
import { keyMomentSchema, longestSongSeconds } from './music-video-input.ts';
import { musicVideoServices, ownedInputAsset } from './music-video-services.ts';

/**
 * Decodes the song and finds its tempo, beats, sections and key moments; the whole analysis is
 * stored as `analysis.json`. It takes neither the style nor the characters, so re-rendering a song
 * with another style reuses this step from the cache.
 */
export const analyzeStep = defineStep({
  id: 'music-video.analyze',
  // 3: the analysis lists the onsets of each kind of instrument.
  version: 3,
  // Keyed by the song's bytes: the same song uploaded again reuses the analysis.
  assetInputs: ['songAssetId'],
  // `bpm` is left out of the input when not given, so the cached analyses of songs without one still match.
  input: z.object({ songAssetId: z.string(), moments: z.number().int().min(1).max(64), bpm: z.number().min(tempoHintRange.min).max(tempoHintRange.max).optional() }),
  output: z.object({
    analysisAssetId: z.string(),
    duration: z.number().positive(),
    bpm: z.number().positive(),
    moments: z.array(keyMomentSchema),
    /** The song's structural sections (alike ones share a label): each gets its own place and time in the pictures. */
    sections: z.array(z.object({ start: z.number().nonnegative(), end: z.number().nonnegative(), label: z.string().optional() })),
  }),
  async run({ songAssetId, moments, bpm }, context) {
    const { assets } = musicVideoServices(context);
    const song = await ownedInputAsset(assets, context.ownerId, songAssetId, 'song');
    context.progress(0, 'decoding the song');
    const audio = await decodeForAnalysis(await assets.localFile(song, context.temporaryFolder), {
      maxSeconds: longestSongSeconds,
      signal: context.signal,
      // Not on the server's event loop: ffmpeg decodes an MP3 in a process beside it.
      mp3InThisThread: false,
    });
    context.progress(0.2, 'finding the beats');
    // On a thread of its own: the analysis is arithmetic that would hold this process's event loop.
    const analysis = await analyzeAudioOffThread(audio.samples, audio.sampleRate, { keyMoments: moments, tempoHint: bpm }, context.signal);
    context.progress(0.9, `found ${analysis.beats.length} beats at ${Math.round(analysis.tempo.bpm)} BPM`);
    const stored = await assets.put({
      ownerId: context.ownerId,
      jobId: context.jobId,
      data: new TextEncoder().encode(JSON.stringify(analysis)),
      mediaType: 'application/json',
      name: 'analysis.json',
      metadata: { kind: 'analysis', songAssetId, duration: analysis.duration, bpm: analysis.tempo.bpm },
    });
    context.recordAsset(stored.id);
    context.progress(1);
    return { analysisAssetId: stored.id, duration: analysis.duration, bpm: analysis.tempo.bpm, moments: analysis.key_moments, sections: analysis.sections };
  },
});
