// Beat tracking and tempo benchmark: Kiln against aubio, on an independent set of composed MIDI
// pieces (development and held-out halves reported apart) and on Kiln's own generated songs.
// A third, fresh set (Freedoom's music, freedoom-songs.ts) is scored when the freedoom package is installed,
// a fourth (Simutrans's music and abc tunes, second-fresh-songs.ts) when simutrans-data, abcmidi and abcm2ps are,
// and a fifth (MuseScore demos, FreeDink and other Debian MIDI files, third-fresh-songs.ts) when its packages are.
// A set of real recordings (Frets on Fire's song packs, recorded-songs.ts: a band's recording with the chart
// synced to it, kept unseen) is scored in its own table when fretsonfire-songs-muldjord and -sectoid are installed;
// never in --tuning or --development-only.
// A second development set (accompaniments written by MMA, mma-songs.ts) joins when mma is installed, in its own table.
// Run: npm run bench:beats [-- --development-only] [-- --no-speed] [-- --speed-only] [-- --fresh-only] [-- --second-fresh-only]
//   [-- --third-fresh-only] [-- --recorded-only] [-- --mma-only] [-- --tempo-hint 1.1] [-- --no-aubio]
// (a table per set, one JSON line last). Every set also reports its downbeat F against the written bar lines
// and the share of the planned video's cuts on them (bar-scores.ts), beside the beat figures. `--tuning` runs exactly the development data (the development
// half, the Freedoom set, declared development since, the MMA set and the generated songs) and prints a line per set.
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { runFfmpeg } from '../../src/media/ffmpeg/run-ffmpeg.ts';
import { join } from 'node:path';
import { barLine, summariseBars } from './bar-scores.ts';
import { summarise, type Score } from './beat-scores.ts';
import { compareSpeed, type SpeedComparison } from './compare-speed.ts';
import { freedoomSources } from './freedoom-songs.ts';
import { excerptSeconds, midiSources, type MidiSource } from './midi-songs.ts';
import { mmaSources } from './mma-songs.ts';
import { missingRenderTools, renderMidiSong } from './render-midi-song.ts';
import { aubioAvailable } from './run-aubio.ts';
import { runGeneratedSet } from './run-generated-set.ts';
import { runMidiSet } from './run-midi-set.ts';
import { recordedSources } from './recorded-songs.ts';
import { secondFreshSources } from './second-fresh-songs.ts';
import { thirdFreshSources } from './third-fresh-songs.ts';

/** The song timed whole-process: a three-minute excerpt (182 s, as in issue 12) of a composed piece. */
const speedSong = { path: '/usr/share/games/openttd/baseset/openmsx/keep_on_rolling.mid', seconds: 182 };

async function main(): Promise<number> {
  const tuning = process.argv.includes('--tuning');
  const missing = await missingRenderTools([...midiSources.map((source) => source.path), speedSong.path]);
  if (missing) {
    console.error(`Cannot build the independent set: ${missing}`);
    return 1;
  }
  const withAubio = !process.argv.includes('--no-aubio') && (await aubioAvailable());
  if (!withAubio && !process.argv.includes('--no-aubio')) console.error('aubio is not installed (Debian: apt install aubio-tools); its columns stay empty.');
  if (process.argv.includes('--speed-only')) return speedOnly(withAubio);
  const run = setsOfRun(process.argv);
  const hintFactor = tempoHintFactor(process.argv);
  const freshSources = run.has('freedoom') ? await orSkipped(freedoomSources()) : [];
  const secondFresh = run.has('second-fresh') ? await orSkipped(secondFreshSources()) : [];
  const thirdFresh = run.has('third-fresh') ? await orSkipped(thirdFreshSources()) : [];
  const mmaSet = run.has('mma') ? await orSkipped(mmaSources()) : [];
  const recordedSet = run.has('recorded') ? await orSkipped(recordedSources()) : [];
  const sources = [
    ...midiSources.filter((source) => run.has(source.half === 'development' ? 'development' : 'held-out')),
    ...freshSources,
    ...secondFresh,
    ...thirdFresh,
  ];
  const hinted = hintFactor === undefined ? '' : ` (Kiln told the tempo: the reference × ${hintFactor})`;
  const midi = sources.length === 0 ? [] : await runMidiSet(sources, withAubio, undefined, hintFactor);
  const mma = mmaSet.length === 0 ? [] : await runMidiSet(mmaSet, withAubio, `MMA development set (accompaniments written by MMA from chord charts, rendered with fluidsynth)${hinted}`, hintFactor);
  const recordedTitle = `Recorded set (Frets on Fire's songs: the band's recording with its guitar, beats from the chart synced to it)${hinted}`;
  const recorded = recordedSet.length === 0 ? [] : await runMidiSet(recordedSet, withAubio, recordedTitle, hintFactor);
  const directory = await mkdtemp(join(tmpdir(), 'kiln-beats-bench-'));
  try {
    const generated = await runGeneratedSet(directory, withAubio, hintFactor);
    const half = (name: string) => midi.filter((result) => result.half === name);
    const both = (results: typeof midi) => ({
      kiln: summarise(results.map((r) => r.kiln)),
      bars: summariseBars(results.map((r) => r.bars), results.map((r) => r.kiln.fMeasure)),
      aubio: withAubio ? summarise(results.flatMap((r) => (r.aubio ? [r.aubio] : []))) : null,
    });
    if (tuning) {
      console.log('\nDevelopment data, per set (octave errors: tempo at 2x, 1/2x, 3x or 1/3x the reference)');
      console.log(setLine('development half', half('development').map((r) => r.kiln)));
      console.log(setLine('Freedoom', half('fresh').map((r) => r.kiln)));
      console.log(setLine('MMA', mma.map((r) => r.kiln)));
      console.log(setLine('generated', generated.kiln));
    }
    console.log('\nDownbeats (F at ±70 ms on the written bar lines) and the planned video\'s cuts on them, per set');
    console.log('(the downbeat rule was chosen on the development half, MMA and the generated songs; the others are held out for it)');
    const barSets: [string, typeof midi][] = [
      ['development half', half('development')], ['Freedoom', half('fresh')], ['MMA', mma],
      ['held-out half', half('held-out')], ['second fresh', half('fresh-2')], ['third fresh', half('fresh-3')], ['recorded', recorded],
    ];
    for (const [name, results] of barSets) if (results.length > 0) console.log(barLine(name, results.map((r) => r.bars), results.map((r) => r.kiln.fMeasure)));
    console.log(barLine('generated', generated.bars, generated.kiln.map((score) => score.fMeasure)));
    let speed = null;
    if (withAubio && !process.argv.includes('--no-speed')) {
      speed = await compareSpeed(await renderMidiSong(speedSong.path, speedSong.seconds));
      console.log(`\n${speedLine(speed)}`);
    }
    console.log(
      JSON.stringify({
        excerpt_seconds: excerptSeconds,
        independent: both(midi.filter((result) => result.half === 'development' || result.half === 'held-out')),
        independent_development: both(half('development')),
        independent_held_out: run.has('held-out') ? both(half('held-out')) : null,
        independent_fresh: freshSources.length === 0 ? null : both(half('fresh')),
        independent_second_fresh: secondFresh.length === 0 ? null : both(half('fresh-2')),
        independent_third_fresh: thirdFresh.length === 0 ? null : both(half('fresh-3')),
        independent_development_mma: mmaSet.length === 0 ? null : both(mma),
        independent_recorded: recordedSet.length === 0 ? null : both(recorded),
        generated: { kiln: summarise(generated.kiln), bars: summariseBars(generated.bars, generated.kiln.map((score) => score.fMeasure)), aubio: withAubio ? summarise(generated.aubio) : null },
        speed,
        tempo_hint_factor: hintFactor ?? null,
      }),
    );
    return 0;
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

type SetName = 'development' | 'held-out' | 'freedoom' | 'second-fresh' | 'third-fresh' | 'recorded' | 'mma';

/**
 * The sets each flag runs (the generated songs always run); without one, all of them. The first
 * flag in this order wins, so a development run never shows the held-out half or a fresh set.
 */
const setsByFlag: Record<string, SetName[]> = {
  '--development-only': ['development', 'mma'],
  '--tuning': ['development', 'freedoom', 'mma'],
  '--mma-only': ['mma'],
  '--fresh-only': ['freedoom'],
  '--second-fresh-only': ['second-fresh'],
  '--third-fresh-only': ['third-fresh'],
  '--recorded-only': ['recorded'],
};

function setsOfRun(argv: readonly string[]): Set<SetName> {
  const flag = Object.keys(setsByFlag).find((name) => argv.includes(name));
  return new Set(flag ? setsByFlag[flag] : ['development', 'held-out', 'freedoom', 'second-fresh', 'third-fresh', 'recorded', 'mma']);
}

/**
 * `--tempo-hint 1.1`: Kiln is told each piece's tempo as a user who knows it roughly would (the
 * reference times the factor), as the music video form's optional tempo does. Scores the beats
 * once the metrical level is given; it says nothing about choosing the level.
 */
function tempoHintFactor(argv: readonly string[]): number | undefined {
  const index = argv.indexOf('--tempo-hint');
  if (index < 0) return undefined;
  const factor = Number(argv[index + 1]);
  if (!(factor >= 0.8 && factor <= 1.25)) throw new Error(`--tempo-hint takes a factor from 0.8 to 1.25 (the reference tempo times it), not ${argv[index + 1]}.`);
  return factor;
}

/** A fresh set's pieces, or none with its reason printed when its packages are not installed. */
async function orSkipped(set: Promise<{ sources: MidiSource[] } | { missing: string }>): Promise<MidiSource[]> {
  const result = await set;
  if ('missing' in result) console.error(result.missing);
  return 'sources' in result ? result.sources : [];
}

function setLine(name: string, scores: Score[]): string {
  const summary = summarise(scores);
  const octave = summary.tempo_within_4pct_any_octave - summary.tempo_within_4pct;
  return `${name.padEnd(17)} F ${summary.mean_f_measure.toFixed(3)}, any level ${summary.mean_f_any_level.toFixed(3)}, tempo ${summary.tempo_within_4pct}/${summary.songs}, octave errors ${octave}`;
}

function speedLine(speed: SpeedComparison): string {
  const cpu = speed.cpu_ratio === null ? '' : `; CPU ${speed.kiln_cpu_ms} ms vs ${speed.aubio_cpu_ms} ms, ratio ${speed.cpu_ratio}`;
  return `Whole process on a ${speedSong.seconds} s song (medians of ${speed.runs}): kiln analyze ${speed.kiln_ms} ms, aubio beat ${speed.aubio_ms} ms, ratio ${speed.ratio} (goal 0.5)${cpu}`;
}

/** Only the whole-process timing, without the 41 scored songs: for iterating on analysis speed. */
async function speedOnly(withAubio: boolean): Promise<number> {
  if (!withAubio) return 1;
  const wav = await renderMidiSong(speedSong.path, speedSong.seconds);
  const speed = await compareSpeed(wav);
  console.log(speedLine(speed));
  // The same song as an MP3, as songs mostly come: Kiln decodes it in-process (minimp3 in WebAssembly), aubio through its own libav.
  const mp3 = wav.replace(/\.wav$/, '.mp3');
  await runFfmpeg(['-hide_banner', '-loglevel', 'error', '-y', '-i', wav, '-c:a', 'libmp3lame', '-b:a', '192k', mp3]);
  const speedMp3 = await compareSpeed(mp3);
  console.log(`${speedLine(speedMp3)} (MP3)`);
  console.log(JSON.stringify({ speed, speedMp3, loadAverage: Math.round(loadavg()[0] * 10) / 10 }));
  return 0;
}

process.exitCode = await main();
