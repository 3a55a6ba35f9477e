import { forcedInputArgs } from '../../../media/ffmpeg/forced-input-args.ts';
import { runFfmpeg } from '../../../media/ffmpeg/run-ffmpeg.ts';

/** Longest clip cut for a card; a sentence longer than this is cut short rather than filling Anki's media folder. */
export const longestClipSeconds = 15;
/** Heard before and after the cue, so the clip does not start or end mid-syllable. */
const paddingSeconds = 0.3;

/**
 * The audio of one sentence, from a stream's recording, as a small mono MP3 for an Anki card
 * (`[sound:…]`). The demuxer is forced to the recording's sniffed type, as everywhere in Kiln.
 */
export async function cutSentenceClip(recordingPath: string, start: number, end: number | null, signal?: AbortSignal): Promise<Buffer> {
  const from = Math.max(0, start - paddingSeconds);
  const length = Math.min(longestClipSeconds, Math.max(1, (end ?? start + 3) - from + paddingSeconds));
  const { stdout } = await runFfmpeg([
    '-hide_banner', '-nostdin', '-ss', from.toFixed(3), ...(await forcedInputArgs(recordingPath)), '-t', length.toFixed(3),
    '-vn', '-ac', '1', '-ar', '44100', '-c:a', 'libmp3lame', '-b:a', '64k', '-f', 'mp3', 'pipe:1',
  ], { signal, timeoutMs: 30_000 });
  return stdout;
}
