// ffmpeg as a subprocess: finding it, running it with cancel and timeout, decoding audio, probing.
export { findFfmpeg, locateFfmpeg, npmFfmpegPath, type FfmpegLocation, type FindFfmpegOptions } from './find-ffmpeg.ts';
export { checkFfmpegFeatures, type FfmpegFeatures } from './check-ffmpeg-features.ts';
export { crossfadeFilter, type CrossfadeOptions } from './crossfade-filter.ts';
export { runFfmpeg, type FfmpegResult, type FfmpegStopReason, type RunFfmpegOptions } from './run-ffmpeg.ts';
export { decodeToMonoPcm, type DecodedAudio, type DecodeOptions } from './decode-to-mono-pcm.ts';
export { probeDuration } from './probe-duration.ts';
export type { MediaInput } from './with-input-file.ts';
export { forcedInputArgs, demuxerFor } from './forced-input-args.ts';
export { decodeFully, type DecodeFullyOptions, type FullyDecoded } from './decode-fully.ts';
export { convertSongToFlac } from './convert-song-to-flac.ts';
export { redactPaths } from './redact-paths.ts';
