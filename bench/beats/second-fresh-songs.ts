import { mkdir, readFile, readdir, rename } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { MidiSource } from './midi-songs.ts';
import { cacheFolder, exists, succeeds, writeOnce } from './render-midi-song.ts';
import { keptByTheRule } from './written-beats-rule.ts';

/**
 * A second fresh set, added after the tracker's constants were frozen and scored once, by the lead:
 * no tracker (Kiln's or aubio) was run on these pieces while the set was built.
 * - Simutrans's music (Debian `simutrans-data`, Artistic-1.0, © Simutrans Team and contributors):
 *   53 standard MIDI files composed for the game by many people (swing, blues, rock, march, techno,
 *   ballads, tempo changes, one 12/8 blues).
 * - The example tunes of abcmidi (GPL-2+, © James Allwright) and abcm2ps (GPL-3+, © Jean-François
 *   Moine): klezmer dances (a horra in 3/8), an Irish jig (6/8), hornpipes, a Renaissance branle, a
 *   slow hymn, written in ABC notation and converted with abc2midi (one file a tune), mostly without drums.
 *
 * The selection rule, fixed from the MIDI files alone before any scoring:
 * - Simutrans: every file in its music folder; abc: every tune (X:) of every example .abc file that
 *   writes a metre (M:, not "none") and a tempo with a number (Q:); without them abc2midi writes its
 *   own 4/4 and 120 BPM, as a MIDI file without those events leaves them to the player (below).
 * - Identical MIDI files once (by content).
 * - Written beats (midiBeatGrid) covering at least 30 s.
 * - Left out, because their written beats are not the music's: a MIDI file with no tempo event or no
 *   time signature event (120 BPM and 4/4 are then the player's defaults, not the composer's); one
 *   with a time signature in sixteenths or shorter (7/16: the grid would beat sixteenths no one taps);
 *   one where fewer than half of the note-ons in the excerpt lie within 70 ms of the written grid
 *   (each beat and its halves, or its thirds in compound metres: onGridShare), i.e. played against
 *   a clock the file never wrote.
 * - At most 24 Simutrans pieces: of those left, 24 evenly spaced in track order.
 * Found after the first scoring (34 pieces: Kiln F 0.488, aubio 0.411, both near 0 on most of the
 * pieces below) and left out since: files whose first tempo or time signature event comes after the
 * first note. Twelve Simutrans files carry both at tick 15232, 63 s in: their first minute plays at
 * MIDI's default 120 BPM and their written grid starts at 63 s off the notes, so their written beats
 * are not the music's. With them out, fewer than 24 Simutrans files pass, so all that pass are kept;
 * those the cap had left out were scored for the first time after this change.
 * Each piece is copied (Simutrans) or converted (abc) into the render cache under a name with its
 * source's prefix, so no render collides with the other sets'.
 */
const simutransFolder = '/usr/share/games/simutrans/music';
const abcFolders = { abcmidi: '/usr/share/doc/abcmidi/examples', abcm2ps: '/usr/share/doc/abcm2ps/examples' } as const;
const licences = {
  simutrans: 'Artistic-1.0 (Simutrans, © 1997-2020 Hansjörg Malthaner, the Simutrans Team and contributors)',
  abcmidi: 'GPL-2.0-or-later (abcmidi examples, © 1996-2020 James Allwright)',
  abcm2ps: 'GPL-3.0-or-later (abcm2ps examples, © 1998-2021 Jean-François Moine)',
} as const;
const mostSimutransPieces = 24;

/** The second fresh set's pieces, or the reason it is skipped when a package is missing. */
export async function secondFreshSources(): Promise<{ sources: MidiSource[] } | { missing: string }> {
  const needed = [simutransFolder, ...Object.values(abcFolders)];
  for (const path of needed) {
    if (!(await exists(path))) return { missing: `${path} is missing (Debian: apt install simutrans-data abcmidi abcm2ps); the second fresh set is skipped.` };
  }
  if (!(await succeeds('abc2midi', ['-ver']))) return { missing: 'abc2midi is not installed (Debian: apt install abcmidi); the second fresh set is skipped.' };
  const folder = join(cacheFolder, 'second-fresh');
  await mkdir(folder, { recursive: true });
  const kept = keptByTheRule();
  const simutrans: MidiSource[] = [];
  for (const name of (await readdir(simutransFolder)).filter((file) => file.endsWith('.mid')).sort()) {
    const path = join(simutransFolder, name);
    if (await kept(path)) simutrans.push({ package: 'simutrans-data', path, licence: licences.simutrans, half: 'fresh-2' });
  }
  const sources = await Promise.all(evenlySpaced(simutrans, mostSimutransPieces).map((source) => copyToCache(source, folder, 'simutrans')));
  for (const [packageName, abcFolder] of Object.entries(abcFolders) as [keyof typeof abcFolders, string][]) {
    for (const name of (await readdir(abcFolder)).filter((file) => file.endsWith('.abc')).sort()) {
      const abcPath = join(abcFolder, name);
      for (const tune of writtenTunes(await readFile(abcPath, 'utf8'))) {
        const path = join(folder, `${packageName}_${basename(name, '.abc')}${tune}.mid`);
        if (!(await exists(path))) await abcToMidi(abcPath, tune, path);
        if (await kept(path)) sources.push({ package: packageName, path, licence: licences[packageName], half: 'fresh-2' });
      }
    }
  }
  return { sources };
}


/** The reference numbers (X:) of the tunes that write a metre (not "none") and a tempo with a number. */
export function writtenTunes(abc: string): string[] {
  return abc
    .split(/^(?=X:)/m)
    .filter((tune) => tune.startsWith('X:'))
    .flatMap((tune) => {
      const number = /^X:\s*(\d+)/.exec(tune)?.[1];
      const metre = /^M:\s*(.*)$/m.exec(tune)?.[1].trim().toLowerCase();
      const tempo = /^Q:.*\d/m.test(tune);
      return number && metre && !metre.startsWith('none') && tempo ? [number] : [];
    });
}

/** `count` items spread evenly over `items` (all of them when there are no more). */
function evenlySpaced<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  return Array.from({ length: count }, (_, i) => items[Math.floor((i * items.length) / count)]);
}

async function copyToCache(source: MidiSource, folder: string, prefix: string): Promise<MidiSource> {
  const path = join(folder, `${prefix}_${basename(source.path)}`);
  await writeOnce(path, () => readFile(source.path));
  return { ...source, path };
}

async function abcToMidi(abcPath: string, tune: string, path: string): Promise<void> {
  const partial = `${path}.partial.mid`;
  if (!(await succeeds('abc2midi', [abcPath, tune, '-silent', '-o', partial]))) throw new Error(`abc2midi failed on tune ${tune} of ${abcPath}.`);
  await rename(partial, path);
}
