import { cpus } from 'node:os';
import { runFfmpeg } from '../ffmpeg/run-ffmpeg.ts';

const slowGather = ['-cpuflags', '+slowgather'];
const answers = new Map<string, Promise<string[]>>();

/**
 * ffmpeg's global options for renders whose filter work is mostly swscale (zoompan rescales the
 * prepared still on every frame). swscale's AVX2 horizontal scaler reads pixels with AVX2 gathers,
 * which AMD processors run slowly; ffmpeg marks only Intel's Haswell as slow at them. Saying so on an
 * AMD machine makes swscale take its SSSE3 scaler instead, which gives the same pixels (byte-identical
 * frames) for about a quarter less CPU in zoompan here (AMD EPYC). ffmpeg before 5.0 has neither the
 * flag nor the AVX2 scaler and would refuse the option, so it is passed only when this ffmpeg takes it.
 * Cached per binary.
 */
export function scalerCpuFlags(ffmpegPath: string, options: { signal?: AbortSignal; cpuModel?: string } = {}): Promise<string[]> {
  const { signal, cpuModel = cpus()[0]?.model ?? '' } = options;
  if (!cpuModel.includes('AMD')) return Promise.resolve([]);
  let answer = answers.get(ffmpegPath);
  if (!answer) {
    answer = acceptsSlowGather(ffmpegPath, signal).then((accepted) => (accepted ? slowGather : []));
    answers.set(ffmpegPath, answer);
    answer.catch(() => answers.delete(ffmpegPath));
  }
  return answer;
}

async function acceptsSlowGather(ffmpegPath: string, signal?: AbortSignal): Promise<boolean> {
  try {
    await runFfmpeg(['-hide_banner', ...slowGather, '-version'], { ffmpegPath, signal, timeoutMs: 20_000 });
    return true;
  } catch (error) {
    if (signal?.aborted) throw error;
    return false;
  }
}
