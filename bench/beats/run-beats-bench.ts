// Beat tracking and tempo benchmark: Kiln against aubio on synthetic songs with known beats.
// Run: npx tsx bench/beats/run-beats-bench.ts   (prints a table, then one JSON line last)
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeAudioFile } from '../../src/media/audio/analyze-audio-file.ts';
import { renderTestSongWav } from '../../src/media/audio/testing/render-test-song.ts';
import { beatFMeasure, tempoMatches } from '../../src/media/audio/testing/score-beats.ts';
import { benchSongs } from './bench-songs.ts';
import { aubioAvailable, runAubio } from './run-aubio.ts';

interface Score {
  fMeasure: number;
  strict: boolean;
  lenient: boolean;
  bpm: number;
}

const score = (beats: number[], bpm: number, referenceBeats: number[], referenceBpm: number): Score => ({
  fMeasure: beatFMeasure(beats, referenceBeats),
  strict: tempoMatches(bpm, referenceBpm),
  lenient: tempoMatches(bpm, referenceBpm, { lenient: true }),
  bpm,
});

const summary = (scores: Score[]) => ({
  mean_f_measure: round(scores.reduce((sum, s) => sum + s.fMeasure, 0) / scores.length),
  tempo_strict_rate: round(scores.filter((s) => s.strict).length / scores.length),
  tempo_lenient_rate: round(scores.filter((s) => s.lenient).length / scores.length),
});

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];

async function main(): Promise<void> {
  const directory = await mkdtemp(join(tmpdir(), 'kiln-beats-bench-'));
  const withAubio = await aubioAvailable();
  if (!withAubio) console.error('aubio is not installed (Debian: apt install aubio-tools); its column stays empty.');
  const kiln: Score[] = [];
  const aubio: Score[] = [];
  try {
    console.log('song                              ref bpm | kiln bpm    F   | aubio bpm   F   | kiln ms');
    for (const [index, options] of benchSongs.entries()) {
      const { song, wav } = renderTestSongWav(options);
      const path = join(directory, `song-${index}.wav`);
      await writeFile(path, wav);
      const started = performance.now();
      const analysis = await analyzeAudioFile(path);
      const elapsed = performance.now() - started;
      const kilnScore = score(analysis.beats, analysis.tempo.bpm, song.beats, song.bpm);
      kiln.push(kilnScore);
      let aubioCell = '   -        -  ';
      if (withAubio) {
        const result = await runAubio(path);
        const aubioScore = score(result.beats, result.bpm, song.beats, song.bpm);
        aubio.push(aubioScore);
        aubioCell = `${cell(aubioScore)}`;
      }
      const change = options.tempoChange ? `→${options.tempoChange.bpm}` : '';
      const name = `${options.style} ${options.bpm}${change} (seed ${options.seed})`.padEnd(33);
      console.log(`${name} ${String(song.bpm).padStart(4)}    | ${cell(kilnScore)} | ${aubioCell} | ${Math.round(elapsed)}`);
    }

    // Speed: a three-minute song through the whole path (ffmpeg decode included), median of five runs.
    const { wav } = renderTestSongWav({ style: 'rock', bpm: 118, seconds: 180, seed: 4242, sampleRate: 44100 });
    const longPath = join(directory, 'three-minutes.wav');
    await writeFile(longPath, wav);
    const timings: number[] = [];
    for (let run = 0; run < 5; run++) {
      const started = performance.now();
      await analyzeAudioFile(longPath);
      timings.push(performance.now() - started);
    }
    console.log(`3-minute song: ${timings.map((ms) => Math.round(ms)).join(', ')} ms`);
    console.log(
      JSON.stringify({
        songs: benchSongs.length,
        kiln: summary(kiln),
        aubio: withAubio ? summary(aubio) : null,
        analysis_ms_3min_median: Math.round(median(timings)),
      }),
    );
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

function cell(s: Score): string {
  const mark = s.strict ? ' ' : s.lenient ? '~' : '!';
  return `${s.bpm.toFixed(1).padStart(6)}${mark} ${s.fMeasure.toFixed(3)}`;
}

await main();
