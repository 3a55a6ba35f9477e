import { BadInputError, CancelledError } from '../../engine/errors/index.ts';
import { decodeToMonoPcm, type DecodedAudio } from '../ffmpeg/decode-to-mono-pcm.ts';
import type { MediaInput } from '../ffmpeg/with-input-file.ts';
import { analyzeAudio, type AnalyzeAudioOptions } from './analyze-audio.ts';
import type { AudioAnalysis } from './audio-analysis-schema.ts';
import { readMp3 } from './read-mp3.ts';
import { readPlainWav } from './read-plain-wav.ts';

export interface AnalyzeAudioFileOptions extends AnalyzeAudioOptions {
  signal?: AbortSignal;
  /** Longer audio is refused rather than decoded whole into memory; 30 minutes by default. */
  maxSeconds?: number;
  ffmpegPath?: string;
  /**
   * Decodes a 44.1 kHz MP3 in this thread (see readMp3) rather than in an ffmpeg process; true by
   * default. A server passes false: ffmpeg decodes beside its event loop, this decoder on it (some
   * 300 ms for a three-minute song).
   */
  mp3InThisThread?: boolean;
}

/** The analysis rate: beat tracking needs nothing above 11 kHz, and half of 44.1 kHz halves the work. */
const analysisSampleRate = 22050;

/** Decodes a file (or its bytes) and analyses it; see `decodeForAnalysis` and `analyzeAudio`. */
export async function analyzeAudioFile(input: MediaInput, options: AnalyzeAudioFileOptions = {}): Promise<AudioAnalysis> {
  const audio = await decodeForAnalysis(input, options);
  return analyzeAudio(audio.samples, audio.sampleRate, options);
}

/**
 * Decodes a file (or its bytes) to mono at the analysis rate, a plain WAV or a 44.1 kHz MP3 in this
 * process and anything else (or an MP3 those readers leave) through ffmpeg; audio longer than
 * `maxSeconds` is refused.
 */
export async function decodeForAnalysis(input: MediaInput, options: AnalyzeAudioFileOptions = {}): Promise<DecodedAudio> {
  const maxSeconds = options.maxSeconds ?? 1800;
  if (options.signal?.aborted) throw new CancelledError('The audio analysis was cancelled.');
  const readMp3Here = () => (options.mp3InThisThread === false ? null : readMp3(input, analysisSampleRate, maxSeconds + 1));
  const read = (await readPlainWav(input, analysisSampleRate, maxSeconds + 1)) ?? (await readMp3Here());
  const audio = read ?? (await decodeToMonoPcm(input, {
    sampleRate: analysisSampleRate,
    signal: options.signal,
    ffmpegPath: options.ffmpegPath,
    maxSeconds: maxSeconds + 1,
  }));
  if (audio.duration > maxSeconds) {
    const limit = maxSeconds >= 120 ? `${Math.round(maxSeconds / 60)} minutes` : `${maxSeconds} seconds`;
    throw new BadInputError(`The audio is longer than ${limit}; trim it and try again.`);
  }
  if (options.signal?.aborted) throw new CancelledError('The audio analysis was cancelled.');
  return audio;
}
