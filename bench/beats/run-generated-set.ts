import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { analyzeAudioFile } from '../../src/media/audio/analyze-audio-file.ts';
import { renderTestSongWav } from '../../src/media/audio/testing/render-test-song.ts';
import { barCell, scoreBars, type BarScore } from './bar-scores.ts';
import { scoreBeats, scoreCell, type Score } from './beat-scores.ts';
import { benchSongs } from './bench-songs.ts';
import { runAubio } from './run-aubio.ts';

/**
 * The generated set: songs from Kiln's own test-song generator, the family the tempo preference was
 * fitted on. It checks the fit and catches regressions; it says little about music in general.
 * With `hintFactor`, Kiln is told the song's tempo times that factor (see runMidiSet).
 */
export async function runGeneratedSet(directory: string, withAubio: boolean, hintFactor?: number): Promise<{ kiln: Score[]; bars: BarScore[]; aubio: Score[] }> {
  const kiln: Score[] = [];
  const aubio: Score[] = [];
  const bars: BarScore[] = [];
  console.log('\nGenerated set (Kiln\'s own song generator)');
  console.log('song                              ref bpm | kiln bpm    F   | aubio bpm   F   | downbeat F  cuts on bars  shot');
  for (const [index, options] of benchSongs.entries()) {
    const { song, wav } = renderTestSongWav(options);
    const path = join(directory, `song-${index}.wav`);
    await writeFile(path, wav);
    const tempoHint = hintFactor === undefined ? undefined : song.bpm * hintFactor;
    const analysis = await analyzeAudioFile(path, { tempoHint });
    const kilnScore = scoreBeats(analysis.beats, analysis.tempo.bpm, song.beats, song.bpm);
    kiln.push(kilnScore);
    const barScore = scoreBars(analysis, song.downbeats);
    bars.push(barScore);
    let aubioScore: Score | undefined;
    if (withAubio) {
      const result = await runAubio(path);
      aubioScore = scoreBeats(result.beats, result.bpm, song.beats, song.bpm);
      aubio.push(aubioScore);
    }
    const change = options.tempoChange ? `→${options.tempoChange.bpm}` : '';
    const name = `${options.style} ${options.bpm}${change} (seed ${options.seed})`.padEnd(33);
    console.log(`${name} ${String(song.bpm).padStart(4)}    | ${scoreCell(kilnScore)} | ${scoreCell(aubioScore)} | ${barCell(barScore)}`);
  }
  return { kiln, bars, aubio };
}
