import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { MediaError } from '../../../engine/errors/index.ts';
import { forcedInputArgs } from '../../../media/ffmpeg/forced-input-args.ts';
import { runFfmpeg } from '../../../media/ffmpeg/run-ffmpeg.ts';
import { posterFrameBranch, posterFrameOutput } from './short-poster-frame.ts';
import type { ShortSubtitle } from './shorts-contracts.ts';
import { writeShortSubtitles } from './write-short-subtitles.ts';

/** Noto Sans JP (SIL Open Font License) from npm: libass finds no kana or kanji in the fonts a server usually has. */
const japaneseFontPath = createRequire(import.meta.url).resolve('@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf');

export interface RenderShortOptions {
  recordingPath: string;
  /** Whether the recording has pictures; an audio-only one gets a waveform on a plain background. */
  hasVideo: boolean;
  start: number;
  end: number;
  subtitles: ShortSubtitle[];
  width: number;
  height: number;
  /** A folder of this render's own, for the subtitle script and the font. */
  workDir: string;
  outputPath: string;
  /** Where to write a JPEG poster frame of the short (short-poster-frame.ts), taken in the same ffmpeg run. */
  posterPath?: string;
  /** False renders the same frames without subtitles (what tests compare against). */
  burnSubtitles?: boolean;
  signal?: AbortSignal;
}

const fps = 30;
const small = (side: number) => Math.max(2, Math.round(side / 16) * 2);

/**
 * Cuts [start, end) of the recording into a vertical H.264/AAC short: the picture fitted across
 * the width over a blurred, cropped copy of itself (or a waveform for audio-only recordings), the
 * subtitles burned in by libass with Noto Sans JP. The picture sits in the upper half, so the
 * subtitles under it (writeShortSubtitles) cover none of it; a portrait recording fills the frame.
 * The cut is frame-accurate because the input is sought before decoding and everything is re-encoded.
 * With `posterPath`, the same run also writes the short's poster frame.
 */
export async function renderShort(options: RenderShortOptions): Promise<void> {
  const { width: w, height: h, workDir } = options;
  const length = options.end - options.start;
  await mkdir(join(workDir, 'fonts'), { recursive: true });
  const subtitlesPath = join(workDir, 'subtitles.ass');
  await writeFile(subtitlesPath, writeShortSubtitles(options.subtitles, w, h));
  await copyFile(japaneseFontPath, join(workDir, 'fonts', 'NotoSansJP-Regular.ttf'));
  const burn = options.burnSubtitles === false ? '' : `,ass=filename=${quote(subtitlesPath)}:fontsdir=${quote(join(workDir, 'fonts'))}`;
  const final = options.posterPath ? `,split[video][still];${posterFrameBranch('still', length, fps)}` : '[video]';
  const picture = options.hasVideo
    // The background is blurred at an eighth of the size and scaled up: the same look at a fraction of the cost.
    // It is cropped to the frame's shape before it is shrunk, so only that part is scaled; darkened while
    // small; and scaled up bilinearly, which a blurred picture cannot tell from bicubic (PSNR 42 dB in all).
    ? `[0:v]fps=${fps},split[full][fitted];[full]crop='min(iw,ih*${small(w)}/${small(h)})':'min(ih,iw*${small(h)}/${small(w)})',scale=${small(w)}:${small(h)},boxblur=4:1,eq=brightness=-0.15,scale=${w}:${h}:flags=bilinear[back];`
      + `[fitted]scale=${w}:${h}:force_original_aspect_ratio=decrease[front];[back][front]overlay=(W-w)/2:max(0\\,(H/2-h)*0.85)${burn},format=yuv420p${final}`
    : `[0:a]showwaves=s=${w}x${Math.round(h / 4)}:mode=cline:rate=${fps}:colors=0x8fd3ff[waves];`
      + `color=c=0x1d1b2e:s=${w}x${h}:r=${fps}:d=${length.toFixed(3)}[back];[back][waves]overlay=0:(H/2-h)*0.85${burn},format=yuv420p${final}`;
  const input = await forcedInputArgs(options.recordingPath);
  // -ss and -t go before -i: they then apply to the input, which is what makes the cut exact.
  const seekIndex = input.indexOf('-i');
  input.splice(seekIndex, 0, '-ss', options.start.toFixed(3), '-t', length.toFixed(3));
  try {
    await runFfmpeg([
      '-hide_banner', '-nostdin', '-v', 'error', '-y', ...input,
      '-filter_complex', picture, '-map', '[video]', '-map', '0:a:0',
      '-c:v', 'libx264', '-preset', 'veryfast', '-crf', '21', '-r', String(fps),
      '-c:a', 'aac', '-b:a', '128k', '-ar', '48000', '-t', length.toFixed(3), '-movflags', '+faststart', options.outputPath,
      ...(options.posterPath ? posterFrameOutput(options.posterPath) : []),
    ], { signal: options.signal, timeoutMs: Math.max(120_000, length * 20_000) });
  } catch (error) {
    if (error instanceof MediaError) throw new MediaError(`The short ${options.start.toFixed(1)}–${options.end.toFixed(1)} s could not be rendered: ${error.message}`, { cause: error, details: error.details });
    throw error;
  }
}

/** A filter option value in single quotes, which keeps its `:` and `,` literal; a quote in it cannot be kept. */
function quote(path: string): string {
  if (/['\\]/.test(path)) throw new MediaError(`The temporary folder ${path} holds a quote or backslash, which ffmpeg's filter syntax cannot take; set TMPDIR to a plain path.`);
  return `'${path}'`;
}
