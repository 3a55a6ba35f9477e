import { runFfmpeg } from './run-ffmpeg.ts';

/** One encoder, filter or filter option Kiln's commands use, and what stops working without it. */
interface FfmpegNeed {
  kind: 'encoder' | 'filter';
  name: string;
  usedFor: string;
}

// Kept beside the commands' own argument lists in mind: a new encoder or filter there belongs here too.
const needs: readonly FfmpegNeed[] = [
  { kind: 'encoder', name: 'libx264', usedFor: 'every video (H.264)' },
  { kind: 'encoder', name: 'aac', usedFor: 'video soundtracks' },
  { kind: 'encoder', name: 'mov_text', usedFor: 'story video subtitles' },
  { kind: 'encoder', name: 'flac', usedFor: 'storing uploaded songs' },
  { kind: 'encoder', name: 'libmp3lame', usedFor: 'vocabulary sentence clips' },
  { kind: 'encoder', name: 'mjpeg', usedFor: 'vocabulary card pictures' },
  { kind: 'encoder', name: 'pcm_f32le', usedFor: 'decoding audio for analysis' },
  ...['scale', 'crop', 'setsar', 'format', 'fade', 'setpts', 'fps', 'tpad', 'zoompan', 'overlay'].map(
    (name) => ({ kind: 'filter' as const, name, usedFor: 'music video and story pictures' }),
  ),
  { kind: 'filter', name: 'xfade', usedFor: 'music video crossfades (ffmpeg 4.3 and later; crossfadeFilter is the overlay stand-in)' },
  { kind: 'filter', name: 'loop', usedFor: 'story scene clips' },
  ...['concat', 'apad', 'atrim', 'aresample', 'aformat'].map((name) => ({ kind: 'filter' as const, name, usedFor: 'story narration track' })),
  ...['split', 'boxblur', 'eq', 'showwaves', 'color', 'ass'].map((name) => ({ kind: 'filter' as const, name, usedFor: 'vocabulary shorts' })),
];

export interface FfmpegFeatures {
  /** The build's version as `ffmpeg -version` names it (`5.1.6-0+deb12u1`, `N-47683-g0e8eb07980-static`). */
  version: string;
  encoders: ReadonlySet<string>;
  filters: ReadonlySet<string>;
  /** What Kiln uses that this build lacks, each with what stops working. */
  missing: FfmpegNeed[];
}

const checked = new Map<string, Promise<FfmpegFeatures>>();

/**
 * Asks one ffmpeg binary what it can do and compares that with what Kiln runs, so `kiln doctor`
 * can name what an old build (such as npm's 2018 static one) lacks. Cached per binary.
 */
export function checkFfmpegFeatures(ffmpegPath: string, signal?: AbortSignal): Promise<FfmpegFeatures> {
  let features = checked.get(ffmpegPath);
  if (!features) {
    features = readFeatures(ffmpegPath, signal);
    checked.set(ffmpegPath, features);
    features.catch(() => checked.delete(ffmpegPath));
  }
  return features;
}

async function readFeatures(ffmpegPath: string, signal?: AbortSignal): Promise<FfmpegFeatures> {
  const ask = async (args: string[]) => (await runFfmpeg(['-hide_banner', ...args], { ffmpegPath, signal, timeoutMs: 20_000 })).stdout.toString('utf8');
  const [version, encoderList, filterList] = await Promise.all([ask(['-version']), ask(['-encoders']), ask(['-filters'])]);
  // Both lists are "<flags> <name> <description>" lines after a legend; the name is the second column.
  const names = (list: string) => new Set(list.split('\n').map((line) => line.trim().split(/\s+/)[1]).filter(Boolean));
  const encoders = names(encoderList);
  const filters = names(filterList);
  const missing = needs.filter((need) => !(need.kind === 'encoder' ? encoders : filters).has(need.name));
  return { version: /^ffmpeg version (\S+)/.exec(version)?.[1] ?? version.split('\n')[0].trim(), encoders, filters, missing };
}
