import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { midiBeatGrid, tickClock } from './midi-beat-grid.ts';
import { excerptSeconds, type MidiSource } from './midi-songs.ts';
import { mixRecording } from './mix-recording.ts';
import { parseMidiFile, type MidiFile } from './parse-midi-file.ts';
import { checkRecordedAlignment, toleratedLagSeconds, type RecordedAlignment } from './recorded-alignment.ts';
import { exists } from './render-midi-song.ts';

/**
 * A set of real recordings, kept unseen: no tracker (Kiln's or aubio) was run on these songs while the
 * set was built; the lead scores it once, after the constants are frozen. The songs are Frets on Fire's
 * song packs: a band's recording (song.ogg), its guitar stem (guitar.ogg, played along with it) and the
 * chart (notes.mid), whose tempo map the charter synced to the recording. Licences
 * (/usr/share/doc/<package>/copyright):
 * - fretsonfire-songs-muldjord: CC-BY-SA-3.0, © 2009 El Senator (Muldjord).
 * - fretsonfire-songs-sectoid: Expat (MIT) licence, © 2006-2007 Carlos Viola Iborra (Sectoid).
 *
 * The selection rule, fixed before any scoring:
 * - Every song folder of both packs (sorted by pack, then name) with notes.mid, song.ogg and guitar.ogg.
 * - The written beats are midiBeatGrid's, from notes.mid's tempo map and time signatures. Left out: a
 *   chart with no tempo event (120 BPM would be the player's default, not a tempo synced to the band),
 *   one whose first tempo or time signature event comes after its first note, one with a time signature
 *   in sixteenths or shorter, and one with under 30 s of written beats. A chart without a time signature
 *   is read in MIDI's default 4/4: the beat is then the quarter note at the written tempo, as the game
 *   draws its beat lines; a song in 6/8 or 12/8 charted so would be scored on its eighths' level.
 *   The on-grid check of the other fresh sets (onGridShare) is not applied: a chart is entered on its
 *   editor's grid, so it would pass by construction and say nothing about the recording.
 * - song.ini's `delay` (ms), where given, is taken to mean that the recording plays chart time 0 that
 *   much later: reference = chart time + delay. Frets on Fire's source could not be read here (the game
 *   is not in Debian bookworm and no network was at hand), so the sign is the reading of the name
 *   ("the notes are delayed"); no song of either pack sets a delay, so it changes nothing in this set,
 *   and the alignment check below would show a wrong sign as a lag of twice the delay.
 * - The reference's alignment, checked without any beat tracker (recorded-alignment.ts): the chart's
 *   expert notes (keys 96-100, one time a chord) against a spectral-flux onset curve of guitar.ogg,
 *   cross-correlated over lags of ±300 ms. No clear peak (chart-lag.ts's isClearPeak: inside the range,
 *   above any other local maximum 30 ms or more away by more than 3/√notes): left out. A half of the
 *   excerpt with a clear peak of its own more than 35 ms from the whole's: left out, the chart drifts
 *   against the recording. A clear best lag beyond ±35 ms: the reference is shifted by it. (The first
 *   clear-peak rule, fixed before any song was checked, kept only Feelings; it was replaced on the
 *   alignment table alone, before any tracker ran: see isClearPeak.)
 * The check's table: npx tsx bench/beats/check-recorded-alignment.ts (about the reference, not the tracker).
 * Its outcome: kept Sectoid's Escape from chaosland (reference +50 ms), Feelings and War of freedom
 * (+40 ms); left out Muldjord's four songs and Sectoid's Metal madness, no clear peak: on their dense,
 * distorted guitar the 16th-note grid's echoes stand as high as the best lag, so the check cannot
 * confirm their charts, which says nothing of whether they are wrong.
 */
const songsFolder = '/usr/share/games/fretsonfire/data/songs';
const packs = [
  { package: 'fretsonfire-songs-muldjord', folder: 'muldjord', licence: 'CC-BY-SA-3.0 (Frets on Fire songs, © 2009 El Senator, Muldjord)' },
  { package: 'fretsonfire-songs-sectoid', folder: 'sectoid', licence: 'Expat (Frets on Fire songs, © 2006-2007 Carlos Viola Iborra, Sectoid)' },
];
/** Frets on Fire's expert ("amazing") difficulty: its notes follow the guitar most closely. */
const expertKeys = { lowest: 96, highest: 100 };
const shortestSeconds = 30;

/** What was found for one song folder, kept or not, and why. */
export interface RecordedCheck {
  name: string;
  /** The song's folder in its pack. */
  folder: string;
  meters: string[];
  /** Written tempi in BPM, in order, without repeats. */
  tempi: number[];
  /** The written beats' span in seconds. */
  writtenSeconds: number;
  delaySeconds: number;
  alignment: RecordedAlignment | null;
  /** The reference's shift in seconds: delay plus any lag the check found. */
  shiftSeconds: number;
  /** Null when kept; otherwise why it was left out. */
  leftOut: string | null;
}

/** The recorded set's songs with the check of each, or the reason it is skipped when a pack is missing. */
export async function recordedSources(): Promise<{ sources: MidiSource[]; checks: RecordedCheck[] } | { missing: string }> {
  const sources: MidiSource[] = [];
  const checks: RecordedCheck[] = [];
  for (const pack of packs) {
    const packFolder = join(songsFolder, pack.folder);
    if (!(await exists(packFolder))) {
      return { missing: `${packFolder} is missing (Debian: apt install fretsonfire-songs-muldjord fretsonfire-songs-sectoid); the recorded set is skipped.` };
    }
    const entries = await readdir(packFolder, { withFileTypes: true });
    for (const song of entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()) {
      const folder = join(packFolder, song);
      const name = `${pack.folder}_${song.toLowerCase().replace(/[^a-z0-9]+/g, '_')}`;
      const check = await checkSong(folder, name);
      checks.push(check);
      if (check.leftOut !== null) continue;
      const wavPath = await mixRecording([join(folder, 'song.ogg'), join(folder, 'guitar.ogg')], name, excerptSeconds);
      const path = join(folder, 'notes.mid');
      sources.push({ package: pack.package, path, licence: pack.licence, half: 'recorded', name, wavPath, beatShiftSeconds: check.shiftSeconds });
    }
  }
  return { sources, checks };
}

async function checkSong(folder: string, name: string): Promise<RecordedCheck> {
  const check: RecordedCheck = { name, folder, meters: [], tempi: [], writtenSeconds: 0, delaySeconds: 0, alignment: null, shiftSeconds: 0, leftOut: null };
  for (const file of ['notes.mid', 'song.ogg', 'guitar.ogg']) {
    if (!(await exists(join(folder, file)))) return { ...check, leftOut: `no ${file}` };
  }
  const midi = parseMidiFile(await readFile(join(folder, 'notes.mid')));
  const grid = midiBeatGrid(midi);
  check.meters = grid.meters.length > 0 && midi.timeSignatures.length > 0 ? grid.meters : ['4/4 (default)'];
  check.tempi = midi.tempos.map((tempo) => 60e6 / tempo.microsPerQuarter).filter((bpm, i, all) => i === 0 || all[i - 1] !== bpm);
  check.writtenSeconds = grid.beats.length < 2 ? 0 : grid.beats[grid.beats.length - 1] - grid.beats[0];
  const written = writtenRuleFails(midi, check.writtenSeconds);
  if (written) return { ...check, leftOut: written };
  check.delaySeconds = (await songDelay(join(folder, 'song.ini'))) / 1000;
  const toSeconds = tickClock(midi);
  const chordTicks = new Set(midi.notes.filter((note) => note.key >= expertKeys.lowest && note.key <= expertKeys.highest).map((note) => note.tick));
  const noteTimes = [...chordTicks].map((tick) => toSeconds(tick) + check.delaySeconds);
  const alignment = await checkRecordedAlignment(join(folder, 'guitar.ogg'), noteTimes, excerptSeconds);
  check.alignment = alignment;
  if (!alignment.clear) return { ...check, leftOut: 'no clear alignment peak' };
  if (alignment.drifts) return { ...check, leftOut: 'the chart drifts against the recording' };
  const lag = Math.abs(alignment.whole.lagSeconds) > toleratedLagSeconds ? alignment.whole.lagSeconds : 0;
  return { ...check, shiftSeconds: check.delaySeconds + lag };
}

/** Why the chart's written beats are not the recording's, from the MIDI file alone, or null. */
function writtenRuleFails(midi: MidiFile, writtenSeconds: number): string | null {
  const firstNote = midi.notes[0]?.tick ?? 0;
  if (midi.tempos.length === 0) return 'no tempo event';
  if (midi.tempos[0].tick > firstNote) return 'first tempo after the first note';
  if (midi.timeSignatures.length > 0 && midi.timeSignatures[0].tick > firstNote) return 'first time signature after the first note';
  if (midi.timeSignatures.some((signature) => signature.denominator >= 16)) return 'a time signature in sixteenths';
  if (writtenSeconds < shortestSeconds) return `under ${shortestSeconds} s of written beats`;
  return null;
}

/** song.ini's `delay = <ms>` in its [song] section, or 0. */
async function songDelay(iniPath: string): Promise<number> {
  if (!(await exists(iniPath))) return 0;
  const match = /^\s*delay\s*=\s*(-?\d+(?:\.\d+)?)\s*$/im.exec(await readFile(iniPath, 'utf8'));
  return match ? Number(match[1]) : 0;
}
