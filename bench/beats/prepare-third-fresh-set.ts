// Lists the third fresh set's pieces with their written reference (metres, tempo range, tempo
// changes, seconds of written beats, onGridShare) and renders their WAVs into the cache, so the
// scoring run is quick. It runs no beat tracker: the set stays unseen until it is scored once.
// Run: node bench/beats/prepare-third-fresh-set.ts [--no-render]
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { midiBeatGrid } from './midi-beat-grid.ts';
import { excerptSeconds } from './midi-songs.ts';
import { onGridShare } from './on-grid-share.ts';
import { parseMidiFile } from './parse-midi-file.ts';
import { missingRenderTools, renderMidiSong } from './render-midi-song.ts';
import { thirdFreshSources } from './third-fresh-songs.ts';

async function main(): Promise<number> {
  const set = await thirdFreshSources();
  if ('missing' in set) {
    console.error(set.missing);
    return 1;
  }
  const render = !process.argv.includes('--no-render');
  const missing = render ? await missingRenderTools([]) : null;
  if (missing) {
    console.error(missing);
    return 1;
  }
  console.log('piece                          package                  metres          bpm range  changes  beats s  on grid');
  for (const source of set.sources) {
    const file = parseMidiFile(await readFile(source.path));
    const grid = midiBeatGrid(file);
    const bpm = file.tempos.map((tempo) => 60e6 / tempo.microsPerQuarter);
    const range = `${Math.min(...bpm).toFixed(0)}-${Math.max(...bpm).toFixed(0)}`;
    const distinct = [...new Set(grid.meters)];
    const metres = grid.meters.length <= 3 ? grid.meters.join(',') : `${distinct.join(',')} (${grid.meters.length})`;
    const seconds = grid.beats[grid.beats.length - 1] - grid.beats[0];
    const share = onGridShare(file, excerptSeconds);
    const name = basename(source.path, '.mid');
    console.log(
      `${name.padEnd(30)} ${source.package.padEnd(24)} ${metres.padEnd(15)} ${range.padStart(9)} ${String(grid.tempoChanges).padStart(8)} ${seconds.toFixed(0).padStart(8)} ${share.toFixed(2).padStart(8)}`,
    );
    if (render) await renderMidiSong(source.path, excerptSeconds);
  }
  console.log(`${set.sources.length} pieces${render ? `, rendered (first ${excerptSeconds} s) into the cache` : ''}.`);
  return 0;
}

process.exitCode = await main();
