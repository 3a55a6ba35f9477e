import { spawn } from 'node:child_process';
import { access, mkdir, rename, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';

/** Debian's fluid-soundfont-gm: the General MIDI bank every piece is rendered with. */
export const soundFontPath = '/usr/share/sounds/sf2/FluidR3_GM.sf2';
/** Rendered audio lives here, ignored by git; delete it to render again. */
export const cacheFolder = new URL('./.cache/', import.meta.url).pathname;

const renderRate = 44100;

/** Says what is missing (fluidsynth, the soundfont, ffmpeg, a package's MIDI file), or null when all is there. */
export async function missingRenderTools(midiPaths: readonly string[]): Promise<string | null> {
  if (!(await succeeds('fluidsynth', ['--version']))) return 'fluidsynth is not installed (Debian: apt install fluidsynth).';
  if (!(await exists(soundFontPath))) return `The General MIDI soundfont ${soundFontPath} is missing (Debian: apt install fluid-soundfont-gm).`;
  if (!(await succeeds('ffmpeg', ['-version']))) return 'ffmpeg is not installed (Debian: apt install ffmpeg).';
  for (const path of midiPaths) {
    if (!(await exists(path))) return `${path} is missing; install the packages listed in bench/beats/midi-songs.ts (apt install openttd-openmsx planetblupi-music-midi).`;
  }
  return null;
}

/**
 * Renders the first `seconds` of a MIDI file to a mono 44.1 kHz WAV in the cache (once): fluidsynth
 * writes raw PCM to a pipe and ffmpeg stops reading after `seconds`, so a half-hour loop is not
 * rendered whole. Written to a temporary name, then renamed, so an interrupted run leaves no half file.
 */
export async function renderMidiSong(midiPath: string, seconds: number): Promise<string> {
  await mkdir(cacheFolder, { recursive: true });
  const target = join(cacheFolder, `${basename(midiPath, '.mid')}-${seconds}s.wav`);
  if (await exists(target)) return target;
  const partial = `${target}.partial.wav`;
  const synth = spawn('fluidsynth', ['-n', '-i', '-q', '-g', '0.5', '-r', String(renderRate), '-T', 'raw', '-F', '-', soundFontPath, midiPath], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const args = ['-loglevel', 'error', '-y', '-f', 's16le', '-ar', String(renderRate), '-ac', '2', '-i', '-', '-t', String(seconds), '-ac', '1', partial];
  const encoder = spawn('ffmpeg', args, { stdio: ['pipe', 'ignore', 'inherit'] });
  synth.stdout.pipe(encoder.stdin);
  encoder.stdin.on('error', () => {}); // ffmpeg closes its input once it has `seconds`; that is the plan
  const code = await new Promise<number | null>((resolve) => encoder.on('close', resolve));
  synth.kill();
  if (code !== 0) throw new Error(`Rendering ${midiPath} failed (ffmpeg exit ${code}).`);
  await rename(partial, target);
  return target;
}

/** Writes `data` to `path` in the cache unless it is there already, through a temporary name so no half file is left. */
export async function writeOnce(path: string, data: () => Promise<Uint8Array> | Uint8Array): Promise<void> {
  if (await exists(path)) return;
  await writeFile(`${path}.partial`, await data());
  await rename(`${path}.partial`, path);
}

export const exists = (path: string) => access(path).then(() => true, () => false);

/** Whether `command args` runs and exits 0 (false when it is not installed). */
export function succeeds(command: string, args: string[]): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'ignore' });
    child.on('error', () => resolve(false));
    child.on('close', (code) => resolve(code === 0));
  });
}
