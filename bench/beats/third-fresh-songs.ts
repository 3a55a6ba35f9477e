import { spawn } from 'node:child_process';
import { mkdir, readFile, readdir, rename } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { MidiSource } from './midi-songs.ts';
import { cacheFolder, exists, writeOnce } from './render-midi-song.ts';
import { keptByTheRule } from './written-beats-rule.ts';

/**
 * A third fresh set, built while the tracker was being tuned and kept unseen: no tracker (Kiln's or
 * aubio) was run on these pieces while the set was built; the lead scores it once, after the
 * constants are frozen. Sources and licences (each package's /usr/share/doc/<package>/copyright):
 * - musescore3-common's demo scores, converted with MuseScore 3 (`mscore3 -o x.mid`, package
 *   musescore3): Brassed_Up and Dynamic_Strings (CC-BY-SA-4.0, © 2019 James Thistlewood), Fugue_1
 *   and Reunion (CC-BY-3.0, © 2012 Marc Sabatella), Unclaimed_Gift (CC-BY-3.0, © 2011 Marc Sabatella).
 * - freedink-data's music: 1003, 2, dance, insper, lively, love (zlib licence, © 1997-2003 Seth A.
 *   Robinson); 7, 12, 18 (GPL-3+, © 2011 Joshua O'Leary); 13, Pachelbel's Canon sequenced by Ofir Mo
 *   (public domain); 104 and 105, Schubert's Serenade and Debussy's Rêverie (GPL-3+ or Art Libre or
 *   CC-BY-SA, © 2008 Sylvain Beucler).
 * - faust-common's faust-stk example tunes (STK-4.3, Romain Michon and Julius O. Smith III).
 * - pianobooster's BoosterMusic course: folk tunes and Clair de lune for the piano (CC-BY, © 2008-2013
 *   Louis J. Barman). Its BeginnerCourse is finger exercises, not pieces, so it is not taken.
 * - playmidi's examples (GPL-2+, © 1994-2009 Nathan I. Laredo): a Bach invention, jazz, a GM demo.
 * - Game music: kobodeluxe-data's sfx (GPL-2+, © 2007 David Olofson), liquidwar-data's music (GPL-2+,
 *   © 1998-2018 Christian Mauduit), pinball-table-hurd-data's intro (GPL-2+, © 2001 Henrik Enqvist)
 *   and Free Software Song (GPL-2+, © 1993 Richard M. Stallman, 2010 Paolo Caroni).
 *
 * The selection rule, fixed from the MIDI files (and scores) alone, before any scoring:
 * - Every MIDI file (.mid, or .mid.gz unpacked) in the folders below, and every MuseScore demo score.
 * - A MuseScore score only when it writes a tempo marking (<Tempo> in the score): MuseScore exports
 *   120 BPM for a score without one, a default as MIDI's own is, not the composer's.
 * - Identical MIDI files once (by content).
 * - Written beats (midiBeatGrid) covering at least 30 s.
 * - Left out, because their written beats are not the music's: a file with no tempo event or no time
 *   signature event (MIDI's 120 BPM and 4/4 are the player's defaults); one whose first tempo or
 *   time signature event comes after its first note (its opening plays at the defaults); one with a
 *   time signature in sixteenths or shorter; one where fewer than half of the note-ons in the excerpt
 *   lie within 70 ms of the written grid (onGridShare): played against a clock the file never wrote.
 * - Found while rendering, before any scoring, and left out by name: FreeDink's 104.mid (Schubert's
 *   Serenade), which fluidsynth 2.3.1 renders as silence: after empty text events it goes on in
 *   running status, which the MIDI file standard forbids (a meta event cancels it), and fluidsynth
 *   misreads the rest. A scan of every file above found no other that does so.
 * Each piece is copied, unpacked or converted into the render cache under a name with its source's
 * prefix, so no render collides with the other sets'.
 */
interface Collection {
  package: string;
  folder: string;
  /** The file names that are pieces of music. */
  pieces: RegExp;
  /** Prefix of the cached copy's name. */
  prefix: string;
  licence: (name: string) => string;
}

const museScore: Collection = {
  package: 'musescore3-common',
  folder: '/usr/share/mscore3-3.2/demos',
  pieces: /\.msc[xz]$/,
  prefix: 'musescore',
  licence: (name) =>
    /^(Brassed_Up|Dynamic_Strings)\./.test(name)
      ? 'CC-BY-SA-4.0 (MuseScore demo, © 2019 James Thistlewood)'
      : `CC-BY-3.0 (MuseScore demo, © ${name.startsWith('Unclaimed_Gift') ? 2011 : 2012} Marc Sabatella)`,
};

const midiCollections: Collection[] = [
  { package: 'freedink-data', folder: '/usr/share/games/dink/dink/Sound', pieces: /\.mid$/, prefix: 'dink', licence: dinkLicence },
  {
    package: 'faust-common',
    folder: '/usr/share/faust/examples/physicalModeling/faust-stk/pd-patches/fancy',
    pieces: /\.mid$/,
    prefix: 'faust',
    licence: () => 'STK-4.3 (faust-stk examples, Romain Michon, Julius O. Smith III)',
  },
  {
    package: 'pianobooster',
    folder: '/usr/share/doc/pianobooster/courses/BoosterMusic',
    pieces: /\.mid(\.gz)?$/,
    prefix: 'pianobooster',
    licence: () => 'CC-BY (PianoBooster music, © 2008-2013 Louis J. Barman)',
  },
  { package: 'playmidi', folder: '/usr/share/doc/playmidi/examples', pieces: /\.mid(\.gz)?$/, prefix: 'playmidi', licence: () => 'GPL-2.0-or-later (playmidi examples, © 1994-2009 Nathan I. Laredo)' },
  { package: 'kobodeluxe-data', folder: '/usr/share/kobo-deluxe/sfx', pieces: /\.mid$/, prefix: 'kobo', licence: () => 'GPL-2.0-or-later (Kobo Deluxe, © 2007 David Olofson)' },
  { package: 'liquidwar-data', folder: '/usr/share/games/liquidwar/music', pieces: /\.mid$/, prefix: 'liquidwar', licence: () => 'GPL-2.0-or-later (Liquid War, © 1998-2018 Christian Mauduit)' },
  {
    package: 'pinball-table-hurd-data',
    folder: '/usr/share/games/pinball/hurd',
    pieces: /\.mid$/,
    prefix: 'pinball',
    licence: (name) => `GPL-2.0-or-later (Pinball Hurd table, © ${name.startsWith('free') ? '1993 Richard M. Stallman, 2010 Paolo Caroni' : '2001 Henrik Enqvist'})`,
  },
];

const thirdFreshPackages = ['musescore3', 'musescore3-common', ...midiCollections.map((collection) => collection.package)];
/** Files fluidsynth cannot play (see above), by cached name. */
const unplayable = new Set(['dink_104.mid']);

/** The third fresh set's pieces, or the reason it is skipped when a package is missing. */
export async function thirdFreshSources(): Promise<{ sources: MidiSource[] } | { missing: string }> {
  const install = `(Debian: apt install ${thirdFreshPackages.join(' ')}); the third fresh set is skipped.`;
  for (const { folder } of [museScore, ...midiCollections]) {
    if (!(await exists(folder))) return { missing: `${folder} is missing ${install}` };
  }
  if (!(await runMuseScore(['--version']))) return { missing: `mscore3 does not run ${install}` };
  const folder = join(cacheFolder, 'third-fresh');
  await mkdir(folder, { recursive: true });
  const kept = keptByTheRule();
  const sources: MidiSource[] = [];
  const add = (collection: Collection, name: string, path: string) =>
    sources.push({ package: collection.package, path, licence: collection.licence(name), half: 'fresh-3' });
  for (const name of await piecesOf(museScore)) {
    const path = await museScoreToMidi(join(museScore.folder, name), folder);
    if (path && (await kept(path))) add(museScore, name, path);
  }
  for (const collection of midiCollections) {
    for (const name of await piecesOf(collection)) {
      const original = join(collection.folder, name);
      const path = join(folder, `${collection.prefix}_${basename(name).replace(/\.mid(\.gz)?$/, '')}.mid`);
      await writeOnce(path, async () => (name.endsWith('.gz') ? gunzipSync(await readFile(original)) : readFile(original)));
      if (!unplayable.has(basename(path)) && (await kept(path))) add(collection, name, path);
    }
  }
  return { sources };
}


/** A collection's pieces, found recursively (faust-stk keeps one tune a folder), sorted by path. */
async function piecesOf(collection: Collection): Promise<string[]> {
  const names = await readdir(collection.folder, { recursive: true });
  return names.filter((name) => collection.pieces.test(basename(name))).sort();
}

/**
 * Converts a MuseScore score to MIDI in the cache, or null when the score writes no tempo marking.
 * The score is first saved as uncompressed .mscx (a .mscz is a zip) so its tempo markings can be read.
 */
async function museScoreToMidi(scorePath: string, folder: string): Promise<string | null> {
  const stem = join(folder, `musescore_${basename(scorePath).replace(/\.msc[xz]$/, '')}`);
  const score = `${stem}.mscx`;
  const midi = `${stem}.mid`;
  for (const target of [score, midi]) {
    if (await exists(target)) continue;
    const partial = `${target}.partial${extname(target)}`; // mscore3 picks the format by the extension
    if (!(await runMuseScore(['-o', partial, scorePath]))) throw new Error(`mscore3 failed to convert ${scorePath}.`);
    await rename(partial, target);
  }
  return (await readFile(score, 'utf8')).includes('<Tempo>') ? midi : null;
}

/** Runs MuseScore 3 without a display (Qt's offscreen platform); whether it exits 0. */
function runMuseScore(args: string[]): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn('mscore3', args, { stdio: 'ignore', env: { ...process.env, QT_QPA_PLATFORM: 'offscreen' } });
    child.on('error', () => resolve(false));
    child.on('close', (code) => resolve(code === 0));
  });
}

function dinkLicence(name: string): string {
  const stem = basename(name, '.mid');
  if (['7', '12', '18'].includes(stem)) return "GPL-3.0-or-later (FreeDink music, © 2011 Joshua O'Leary)";
  if (stem === '13') return "Public domain (FreeDink: Pachelbel's Canon, sequenced by Ofir Mo)";
  if (['104', '105'].includes(stem)) return 'GPL-3.0-or-later or Art Libre or CC-BY-SA (FreeDink music, © 2008 Sylvain Beucler)';
  return 'Zlib (Dink Smallwood, © 1997-2003 Seth A. Robinson)';
}
