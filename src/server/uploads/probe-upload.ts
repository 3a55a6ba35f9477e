import sharp from 'sharp';
import { BadInputError, KilnError, MediaError, UnsupportedMediaTypeError } from '../../engine/errors/index.ts';
import { decodeFully, type FullyDecoded } from '../../media/ffmpeg/decode-fully.ts';
import { longestSongSeconds } from '../../pipelines/music-video/music-video-input.ts';

/** Largest picture taken, as the image filters take (src/media/filters/raw-image.ts): 4096×4096. */
export const largestUploadPixels = 4096 * 4096;
/** Largest video frame taken; beyond it no pipeline renders, and decoding costs grow with it. */
const largestVideoSide = 4096;

export interface ProbedUpload {
  /** Seconds of sound or picture, decoded; absent for still images. */
  duration?: number;
  width?: number;
  height?: number;
}

/**
 * Checks a stored upload all the way through, with the limits the jobs apply, so a file a job would
 * fail on is refused at once (4xx) rather than an hour later: pictures by their size and a full
 * decode, audio and video by decoding every frame with the demuxer forced to the sniffed type.
 */
export async function probeUpload(path: string, mediaType: string, name: string, signal?: AbortSignal): Promise<ProbedUpload> {
  if (mediaType.startsWith('image/')) return probeImage(path, name);
  return checkDecoded(await decodeUpload(path, name, signal), `The file ${name}`);
}

async function probeImage(path: string, name: string): Promise<ProbedUpload> {
  const corrupt = (cause: unknown) => new MediaError(`The image ${name} could not be decoded; it is corrupt or cut short.`, { cause });
  // The header alone first: a picture that claims 60000×60000 is refused before anything is decoded.
  const { width, height } = await sharp(path, { limitInputPixels: false }).metadata().catch((error: unknown) => {
    throw corrupt(error);
  });
  if (!width || !height) throw corrupt(undefined);
  if (width * height > largestUploadPixels) {
    throw new BadInputError(`The image ${name} is ${width}×${height} pixels; Kiln takes pictures up to ${Math.round(largestUploadPixels / 1e5) / 10} megapixels (4096×4096). Scale it down and upload it again.`, {
      details: { width, height, limitPixels: largestUploadPixels },
    });
  }
  await sharp(path, { limitInputPixels: largestUploadPixels, failOn: 'truncated' }).stats().catch((error: unknown) => {
    throw corrupt(error);
  });
  return { width, height };
}

async function decodeUpload(path: string, name: string, signal?: AbortSignal): Promise<FullyDecoded> {
  try {
    return await decodeFully(path, { signal });
  } catch (error) {
    if (!(error instanceof KilnError) || error.code !== 'media_failed') throw error;
    throw new MediaError(`The file ${name} could not be decoded; it is corrupt or not really what its first bytes say.`, {
      cause: error,
      details: { stderr: error.details?.stderr },
    });
  }
}

/** The limits on what a full decode found, shared with the song conversion. */
export function checkDecoded({ header, decodedSeconds }: FullyDecoded, subject: string): ProbedUpload {
  const video = header.streams.find((stream) => stream.kind === 'video');
  if (!header.streams.some((stream) => stream.kind === 'audio') && !video) {
    throw new UnsupportedMediaTypeError(`${subject} holds no sound or pictures.`);
  }
  const claimed = header.duration ?? decodedSeconds;
  if (claimed > longestSongSeconds) {
    throw new BadInputError(`${subject} is ${Math.round(claimed / 6) / 10} minutes long; Kiln takes audio and video up to ${longestSongSeconds / 60} minutes. Trim it and upload it again.`, {
      details: { durationSeconds: claimed, limitSeconds: longestSongSeconds },
    });
  }
  // A cut-off file keeps the header of the whole one; a little slack covers encoder padding.
  if (header.duration !== undefined && decodedSeconds < header.duration - Math.max(0.25, header.duration * 0.02)) {
    throw new MediaError(`${subject} is cut short: its header says ${header.duration.toFixed(2)} s but only ${decodedSeconds.toFixed(2)} s decode. Upload the whole file.`, {
      details: { headerSeconds: header.duration, decodedSeconds },
    });
  }
  if (video?.width && video.height && Math.max(video.width, video.height) > largestVideoSide) {
    throw new BadInputError(`${subject} is a video of ${video.width}×${video.height}; Kiln takes video up to ${largestVideoSide} pixels on a side.`);
  }
  return { duration: decodedSeconds, ...(video?.width ? { width: video.width, height: video.height } : {}) };
}
