import { BadInputError, MediaError } from '../../../engine/errors/index.ts';
import { decodeToMonoPcm } from '../../../media/ffmpeg/decode-to-mono-pcm.ts';
import { intensityFromLoudness, loudnessPerSecond } from '../../../media/audio/intensity-curve.ts';
import { probeMedia } from '../../../media/video/probe-media.ts';
import { decodeTranscript } from '../parse-step.ts';
import { formatTimecode } from '../transcripts/parse-timecode.ts';
import { parseTranscript } from '../transcripts/parse-transcript.ts';
import type { TranscriptCue, TranscriptFormat } from '../vocabulary-contracts.ts';
import { shortestRecordingSeconds } from './shorts-contracts.ts';

/** Longest recording the shorts planner decodes: its loudness curve is kept in memory (4 kHz mono, 230 MB at 4 h). */
export const longestShortsRecordingSeconds = 4 * 3600;
/** Loudness only needs the speech band; 4 kHz is the lowest rate the decoder takes. */
const loudnessSampleRate = 4000;
/** A cue may end this far past the recording (encoder padding, rounded subtitle times). */
const toleranceSeconds = 1;
/** Below this K-weighted loudness in its loudest second the recording is silence. */
const silentLufs = -60;

export interface RecordingFacts {
  seconds: number;
  hasVideo: boolean;
}

/** What the header of a recording says; refuses one without sound, too short or too long. */
export async function probeRecording(path: string, name: string, signal?: AbortSignal): Promise<RecordingFacts> {
  const probed = await probeMedia(path, { signal });
  if (!probed.streams.some((stream) => stream.kind === 'audio')) {
    throw new BadInputError(`The recording ${name} has no audio stream; shorts are cut around what is said, so upload a recording with sound.`);
  }
  const seconds = probed.duration ?? 0;
  if (seconds < shortestRecordingSeconds) throw new BadInputError(`The recording is ${seconds.toFixed(1)} s long; shorts and chapters need at least ${shortestRecordingSeconds} s.`);
  if (seconds > longestShortsRecordingSeconds) throw new BadInputError(`The recording is ${(seconds / 3600).toFixed(1)} hours long; the shorts planner takes up to 4 hours. Cut it and upload the parts.`);
  return { seconds, hasVideo: probed.streams.some((stream) => stream.kind === 'video') };
}

/** Parses the transcript and checks it belongs to a recording this long: no cue may end past it. */
export function readShortsTranscript(bytes: Uint8Array, recordingSeconds: number, format?: TranscriptFormat): TranscriptCue[] {
  const { cues } = parseTranscript(decodeTranscript(bytes), format);
  if (cues.every((cue) => cue.start === null)) throw new BadInputError('The transcript has no times; shorts need subtitles with times (VTT, SRT, ASS or YouTube JSON).');
  const last = cues.reduce((latest, cue) => Math.max(latest, cue.end ?? cue.start ?? 0), 0);
  if (last > recordingSeconds + toleranceSeconds) {
    throw new BadInputError(`The transcript runs to ${formatTimecode(last)} but the recording is only ${formatTimecode(recordingSeconds)} long; upload the transcript of this recording.`, {
      details: { transcriptSeconds: last, recordingSeconds },
    });
  }
  return cues;
}

/** Loudness 0..1 per second (the music studio's K-weighted curve); refuses a silent recording. */
export async function recordingIntensity(path: string, signal?: AbortSignal): Promise<number[]> {
  const audio = await decodeToMonoPcm(path, { sampleRate: loudnessSampleRate, signal, maxSeconds: longestShortsRecordingSeconds + 1, timeoutMs: 30 * 60_000 });
  const loudness = loudnessPerSecond(audio.samples, audio.sampleRate);
  const loudest = Math.max(...loudness);
  if (!(loudest > silentLufs)) throw new BadInputError('The recording is silent: no second of it is louder than -60 LUFS, so there is no speech to cut shorts around.');
  if (audio.duration < 1) throw new MediaError('The recording holds less than a second of sound.');
  return intensityFromLoudness(loudness);
}
