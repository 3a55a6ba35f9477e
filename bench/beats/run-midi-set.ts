import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { analyzeAudioFile } from '../../src/media/audio/analyze-audio-file.ts';
import { barCell, scoreBars, type BarScore } from './bar-scores.ts';
import { scoreBeats, scoreCell, type Score } from './beat-scores.ts';
import { heldTempo, midiBeatGrid } from './midi-beat-grid.ts';
import { excerptSeconds, type MidiSource } from './midi-songs.ts';
import { parseMidiFile } from './parse-midi-file.ts';
import { renderMidiSong } from './render-midi-song.ts';
import { runAubio } from './run-aubio.ts';

export interface MidiSongResult {
  name: string;
  half: MidiSource['half'];
  kiln: Score;
  /** Kiln's downbeats and the video's cuts against the written bar lines. */
  bars: BarScore;
  aubio?: Score;
}

/**
 * The independent set: each piece rendered (cached), or its recording taken as it is (`wavPath`), its
 * reference beats read from its own tempo map and time signatures (shifted by `beatShiftSeconds`),
 * trimmed to the excerpt; Kiln and aubio run on the same WAV. With
 * `hintFactor`, Kiln is told the tempo as a user who knows it roughly would: the reference times the factor.
 */
export async function runMidiSet(
  sources: readonly MidiSource[],
  withAubio: boolean,
  title = 'Independent set (composed MIDI pieces from Debian packages, rendered with fluidsynth)',
  hintFactor?: number,
): Promise<MidiSongResult[]> {
  const results: MidiSongResult[] = [];
  console.log(`\n${title}`);
  console.log('piece                        half         metre  tempi ref bpm | kiln bpm    F   | aubio bpm   F   | downbeat F  cuts on bars  shot');
  for (const source of sources) {
    const grid = midiBeatGrid(parseMidiFile(await readFile(source.path)));
    const wav = source.wavPath ?? (await renderMidiSong(source.path, excerptSeconds));
    const shift = source.beatShiftSeconds ?? 0;
    const beats = grid.beats.map((time) => time + shift).filter((time) => time >= 0 && time <= excerptSeconds);
    const downbeats = grid.downbeats.map((time) => time + shift).filter((time) => time >= 0 && time <= excerptSeconds);
    const referenceBpm = heldTempo(beats);
    const tempoHint = hintFactor === undefined ? undefined : Math.min(240, Math.max(40, referenceBpm * hintFactor));
    const analysis = await analyzeAudioFile(wav, { tempoHint });
    const kiln = scoreBeats(analysis.beats, analysis.tempo.bpm, beats, referenceBpm);
    const aubio = withAubio ? await runAubio(wav).then((r) => scoreBeats(r.beats, r.bpm, beats, referenceBpm)) : undefined;
    const name = source.name ?? basename(source.path, '.mid');
    const bars = scoreBars(analysis, downbeats);
    results.push({ name, half: source.half, kiln, bars, aubio });
    // A piece that changes metre every bar or two would fill the line: its distinct metres, counted.
    const distinct = [...new Set(grid.meters)];
    const metres = grid.meters.length <= 3 ? grid.meters.join(',') : `${distinct.join(',')} (${grid.meters.length} changes)`;
    const meta = `${source.half.padEnd(12)} ${metres.padEnd(6)} ${String(grid.tempoChanges).padStart(5)}`;
    console.log(`${name.padEnd(28)} ${meta} ${referenceBpm.toFixed(1).padStart(7)} | ${scoreCell(kiln)} | ${scoreCell(aubio)} | ${barCell(bars)}`);
  }
  return results;
}
