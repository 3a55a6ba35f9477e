// The recorded set's reference check (recorded-songs.ts): for each Frets on Fire song, the chart as
// written and how its expert notes line up with the guitar stem's onsets. It runs no beat tracker and
// prints no beat score: it is about the reference, not the tracker.
// Run: npx tsx bench/beats/check-recorded-alignment.ts
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { ChartLag } from './chart-lag.ts';
import { recordedSources } from './recorded-songs.ts';

async function main(): Promise<number> {
  const result = await recordedSources();
  if ('missing' in result) {
    console.error(result.missing);
    return 1;
  }
  const lengths = new Map(await Promise.all(result.checks.map(async (check) => [check.name, await durationSeconds(join(check.folder, 'song.ogg'))] as const)));
  console.log('song                             length  metre          tempi (BPM)    written | notes  lag ms  peak  next  | 1st half   2nd half  | shift ms  kept');
  for (const check of result.checks) {
    const alignment = check.alignment;
    const length = lengths.get(check.name);
    const cells = [
      check.name.padEnd(32),
      (length === undefined ? '-' : `${length.toFixed(0)} s`).padStart(6),
      check.meters.join(',').padEnd(14),
      check.tempi.map((bpm) => bpm.toFixed(1)).join(',').padEnd(14),
      `${check.writtenSeconds.toFixed(0)} s`.padStart(7),
      '|',
      alignment ? `${String(alignment.whole.notes).padStart(5)} ${lagCell(alignment.whole)}` : '  -',
      '|',
      alignment ? `${halfCell(alignment.halves[0])} ${halfCell(alignment.halves[1])}` : '',
      '|',
      (check.shiftSeconds * 1000).toFixed(0).padStart(8),
      check.leftOut === null ? ' yes' : ` no: ${check.leftOut}`,
    ];
    console.log(cells.join(' '));
  }
  console.log(`\n${result.sources.length} of ${result.checks.length} songs kept. lag: the recording plays a note at its chart time plus this; peak: mean standardised flux at the notes; next: the highest local maximum 30 ms or more away.`);
  return 0;
}

const lagCell = (lag: ChartLag) => `${(lag.lagSeconds * 1000).toFixed(0).padStart(6)} ${lag.peak.toFixed(2).padStart(5)} ${lag.runnerUp.toFixed(2).padStart(5)}`;
const halfCell = (lag: ChartLag | null) => (lag ? `${(lag.lagSeconds * 1000).toFixed(0).padStart(4)}/${lag.peak.toFixed(2)}` : '    -    ');

/** The recording's whole length, from ffprobe (not decoded). */
function durationSeconds(path: string): Promise<number | undefined> {
  return new Promise((resolve) => {
    const child = spawn('ffprobe', ['-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', path], { stdio: ['ignore', 'pipe', 'ignore'] });
    let text = '';
    child.stdout.on('data', (chunk) => (text += chunk));
    child.on('error', () => resolve(undefined));
    child.on('close', () => resolve(Number.parseFloat(text) || undefined));
  });
}

process.exitCode = await main();
