import { beatTicks, tickClock } from './midi-beat-grid.ts';
import type { MidiFile } from './parse-midi-file.ts';

/**
 * The share of note-ons (first `seconds` of the piece) within `toleranceSeconds` of the written grid:
 * each beat and its halves, or its thirds in compound metres (6/8, 9/8, 12/8: the written eighths).
 * A property of the reference, not of any tracker: a file recorded against a click it never wrote,
 * or whose tempo event is a placeholder, has its notes land at chance on this grid, so its written
 * beats are not the music's.
 */
export function onGridShare(file: MidiFile, seconds: number, toleranceSeconds = 0.07): number {
  const toSeconds = tickClock(file);
  const signatures = file.timeSignatures.length > 0 ? file.timeSignatures : [{ tick: 0, numerator: 4, denominator: 4 }];
  let onsets = 0;
  let onGrid = 0;
  for (const note of file.notes) {
    const time = toSeconds(note.tick);
    if (time > seconds) break;
    let index = signatures.length - 1;
    while (index > 0 && signatures[index].tick > note.tick) index--;
    const { tick: start, numerator, denominator } = signatures[index];
    const beat = beatTicks(file.ticksPerQuarter, numerator, denominator);
    const unit = (file.ticksPerQuarter * 4) / denominator;
    const step = beat > unit && beat === 3 * unit ? unit : beat / 2;
    const below = start + Math.floor((note.tick - start) / step) * step;
    const distance = Math.min(time - toSeconds(below), toSeconds(below + step) - time);
    onsets++;
    if (distance <= toleranceSeconds) onGrid++;
  }
  return onsets === 0 ? 0 : onGrid / onsets;
}
