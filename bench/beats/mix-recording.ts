import { spawn } from 'node:child_process';
import { mkdir, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { cacheFolder, exists } from './render-midi-song.ts';

/**
 * Mixes recorded stems as the game plays them (the band and the guitar together, summed: amix's
 * normalize=0, so no stem's level changes when another ends) into the first `seconds` of a mono 44.1 kHz
 * 16-bit WAV in the render cache, once. The sum is then turned down by a fixed 1/inputs: two stems
 * mastered near full scale otherwise clip the 16-bit file (up to 0.3 % of samples did). Written to a temporary name, then renamed, so an interrupted run leaves no half file.
 */
export async function mixRecording(stemPaths: readonly string[], name: string, seconds: number): Promise<string> {
  const folder = join(cacheFolder, 'recorded');
  await mkdir(folder, { recursive: true });
  const target = join(folder, `${name}-${seconds}s.wav`);
  if (await exists(target)) return target;
  const partial = `${target}.partial.wav`;
  const inputs = stemPaths.flatMap((path) => ['-i', path]);
  const mix = `amix=inputs=${stemPaths.length}:normalize=0,volume=${1 / stemPaths.length}`;
  const args = ['-loglevel', 'error', '-y', ...inputs, '-filter_complex', mix, '-t', String(seconds), '-ac', '1', '-ar', '44100', '-c:a', 'pcm_s16le', partial];
  const code = await new Promise<number | null>((resolve) => {
    const child = spawn('ffmpeg', args, { stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('error', () => resolve(null));
    child.on('close', resolve);
  });
  if (code !== 0) throw new Error(`Mixing ${stemPaths.join(' + ')} failed (ffmpeg exit ${code}).`);
  await rename(partial, target);
  return target;
}
