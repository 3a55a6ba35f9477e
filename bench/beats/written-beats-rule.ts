import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { midiBeatGrid } from './midi-beat-grid.ts';
import { excerptSeconds } from './midi-songs.ts';
import { onGridShare } from './on-grid-share.ts';
import { parseMidiFile, type MidiFile } from './parse-midi-file.ts';

/**
 * The exclusions the fresh sets share (second-fresh-songs.ts, third-fresh-songs.ts), from the MIDI
 * file alone: whether its written beats are the music's.
 */
const shortestSeconds = 30;
const smallestOnGridShare = 0.5;

/**
 * False for a file with no tempo or no time signature event (MIDI's 120 BPM and 4/4 are the
 * player's defaults), one whose first tempo or time signature comes after its first note (its
 * opening plays at the defaults), one with a time signature in sixteenths or shorter, one with
 * under 30 s of written beats, and one where fewer than half the note-ons lie on the written grid.
 */
export function writtenBeatsAreTheMusics(file: MidiFile): boolean {
  if (file.tempos.length === 0 || file.timeSignatures.length === 0) return false;
  const firstNote = file.notes[0]?.tick ?? 0;
  if (file.tempos[0].tick > firstNote || file.timeSignatures[0].tick > firstNote) return false;
  if (file.timeSignatures.some((signature) => signature.denominator >= 16)) return false;
  const beats = midiBeatGrid(file).beats;
  if (beats.length < 2 || beats[beats.length - 1] - beats[0] < shortestSeconds) return false;
  return onGridShare(file, excerptSeconds) >= smallestOnGridShare;
}

/**
 * A check for the MIDI files of one set, in order: true for the first file with given content
 * whose written beats are the music's, false for a later identical file or one the rule leaves out.
 */
export function keptByTheRule(): (path: string) => Promise<boolean> {
  const seen = new Set<string>();
  return async (path) => {
    const bytes = await readFile(path);
    const hash = createHash('sha256').update(bytes).digest('hex');
    if (seen.has(hash)) return false;
    seen.add(hash);
    return writtenBeatsAreTheMusics(parseMidiFile(bytes));
  };
}
