import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { midiBeatGrid } from './midi-beat-grid.ts';
import type { MidiSource } from './midi-songs.ts';
import { parseMidiFile, type MidiFile } from './parse-midi-file.ts';
import { cacheFolder, exists, writeOnce } from './render-midi-song.ts';

/**
 * A fresh set, added after the tracker's constants were frozen and scored once: the music of Freedoom
 * (Debian package `freedoom`, BSD 3-clause licence, © Contributors to the Freedoom project), composed
 * for the game by many people — rock, metal, ambient, jazz, marches, pieces without drums. Nothing
 * here was ever listened to, tuned on or looked at per song before its first score.
 *
 * The songs are MIDI lumps (D_*) inside the game's WAD files; each is copied out once to the cache.
 * Fixed before scoring: every D_ lump that is a standard MIDI file, identical copies once, and only
 * pieces whose written beats cover at least 30 s (the jingles between levels are shorter).
 * Found after the first scoring, and left out since: nine files converted from Doom's MUS format,
 * which has no tempo, only a 140 Hz clock; the converter wrote 89 ticks a quarter at 631,578 µs,
 * so their "beats" are 140 Hz ticks in eighty-nines, not the music's (both trackers missed all nine).
 */
export const freedoomWads = ['/usr/share/games/doom/freedoom1.wad', '/usr/share/games/doom/freedoom2.wad'];
const licence = 'BSD-3-Clause (Freedoom, © 2001-2012 Contributors to the Freedoom project)';
const shortestSeconds = 30;

/** The fresh set's pieces, or null with the reason when the package is not installed. */
export async function freedoomSources(): Promise<{ sources: MidiSource[] } | { missing: string }> {
  for (const wad of freedoomWads) {
    if (!(await exists(wad))) return { missing: `${wad} is missing (Debian: apt install freedoom); the fresh set is skipped.` };
  }
  const folder = join(cacheFolder, 'freedoom');
  await mkdir(folder, { recursive: true });
  const seen = new Set<string>();
  const sources: MidiSource[] = [];
  for (const wad of freedoomWads) {
    const wadName = wad.split('/').pop()!.replace('.wad', '');
    for (const lump of musicLumps(await readFile(wad))) {
      const hash = createHash('sha256').update(lump.data).digest('hex');
      if (seen.has(hash)) continue;
      seen.add(hash);
      const file = parseMidiFile(lump.data);
      if (hasMusClock(file)) continue;
      const grid = midiBeatGrid(file);
      if (grid.beats.length < 2 || grid.beats[grid.beats.length - 1] - grid.beats[0] < shortestSeconds) continue;
      const path = join(folder, `${wadName}_${lump.name}.mid`);
      await writeOnce(path, () => lump.data);
      sources.push({ package: 'freedoom', path, licence, half: 'fresh' });
    }
  }
  return { sources };
}

/** The D_* lumps of a Doom WAD that are standard MIDI files (header "MThd"), in directory order. */
export function musicLumps(wad: Uint8Array): { name: string; data: Uint8Array }[] {
  const view = new DataView(wad.buffer, wad.byteOffset, wad.byteLength);
  const kind = String.fromCharCode(...wad.subarray(0, 4));
  if (kind !== 'IWAD' && kind !== 'PWAD') throw new Error(`Not a WAD file (starts with ${JSON.stringify(kind)}).`);
  const count = view.getInt32(4, true);
  const directory = view.getInt32(8, true);
  const lumps: { name: string; data: Uint8Array }[] = [];
  for (let i = 0; i < count; i++) {
    const entry = directory + 16 * i;
    const offset = view.getInt32(entry, true);
    const size = view.getInt32(entry + 4, true);
    const name = String.fromCharCode(...wad.subarray(entry + 8, entry + 16)).replace(/\0.*$/s, '');
    const data = wad.subarray(offset, offset + size);
    if (name.startsWith('D_') && String.fromCharCode(...data.subarray(0, 4)) === 'MThd') lumps.push({ name, data });
  }
  return lumps;
}

/** One tempo whose quarter is 140 ticks a second within 1.5: the MUS clock, not a written tempo. */
function hasMusClock(file: MidiFile): boolean {
  const tempo = file.tempos.at(-1)?.microsPerQuarter ?? 500_000;
  return file.tempos.length <= 1 && Math.abs((file.ticksPerQuarter * 1e6) / tempo - 140) < 1.5;
}
