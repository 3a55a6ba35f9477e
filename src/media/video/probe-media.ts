import { MediaError } from '../../engine/errors/index.ts';
import { forcedInputArgs } from '../ffmpeg/forced-input-args.ts';
import { runFfmpeg, type RunFfmpegOptions } from '../ffmpeg/run-ffmpeg.ts';
import { withInputFile, type MediaInput } from '../ffmpeg/with-input-file.ts';

/** One stream of a media file as ffmpeg's header lists it. */
export interface ProbedStream {
  kind: 'video' | 'audio';
  /** ffmpeg's codec name, e.g. `h264`, `aac`, `mp3`, `pcm_s16le`. */
  codec: string;
  /** Video only. */
  width?: number;
  height?: number;
  /** Video only: frames per second as the header states it. */
  fps?: number;
  /** Audio only, in Hz. */
  sampleRate?: number;
}

export interface ProbedMedia {
  /** Seconds, from the container header; undefined when the header has none (a still image). */
  duration?: number;
  streams: ProbedStream[];
}

/**
 * Reads what a media file holds from its header, without decoding it: duration and the codec of
 * each audio and video stream. Uses ffmpeg alone (`-t 0` to a null output), as probeDuration does,
 * so Kiln needs no ffprobe. The demuxer is forced to what the bytes are (see forcedInputArgs).
 * MediaError when ffmpeg cannot open the file at all.
 */
export async function probeMedia(input: MediaInput, options: RunFfmpegOptions = {}): Promise<ProbedMedia> {
  return withInputFile(input, async (path) => {
    const result = await runFfmpeg(['-hide_banner', '-nostdin', ...(await forcedInputArgs(path)), '-t', '0', '-f', 'null', '-'], {
      timeoutMs: 30_000,
      ...options,
    }).catch((error: unknown) => {
      if (error instanceof MediaError) {
        throw new MediaError(`The file could not be read as media: ${error.message}`, { cause: error, details: error.details });
      }
      throw error;
    });
    return parseFfmpegHeader(result.stderr);
  });
}

/** Parses the `Input #0` part of ffmpeg's stderr. Exported for tests. */
export function parseFfmpegHeader(stderr: string): ProbedMedia {
  const inputPart = stderr.split(/^(?:Output #0|Stream mapping:)/m)[0];
  const durationMatch = /Duration:\s*(\d+):(\d{2}):(\d{2}(?:\.\d+)?)/.exec(inputPart);
  const duration = durationMatch
    ? Number(durationMatch[1]) * 3600 + Number(durationMatch[2]) * 60 + Number(durationMatch[3])
    : undefined;
  const streams: ProbedStream[] = [];
  for (const match of inputPart.matchAll(/Stream #0:\d+[^:]*: (Video|Audio): ([^\n]+)/g)) {
    const kind = match[1] === 'Video' ? 'video' : 'audio';
    const details = match[2];
    const codec = /^([\w-]+)/.exec(details)?.[1] ?? 'unknown';
    if (kind === 'video') {
      const size = /, (\d{2,5})x(\d{2,5})\b/.exec(details);
      const fps = /, ([\d.]+) fps/.exec(details);
      streams.push({
        kind, codec,
        ...(size ? { width: Number(size[1]), height: Number(size[2]) } : {}),
        ...(fps ? { fps: Number(fps[1]) } : {}),
      });
    } else {
      const rate = /, (\d+) Hz/.exec(details);
      streams.push({ kind, codec, ...(rate ? { sampleRate: Number(rate[1]) } : {}) });
    }
  }
  return { duration, streams };
}
