import { readFile, readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';

/** Debian's `mma` package: Bob van der Poel's groove library, one style a file. */
export const mmaLibraryFolder = '/usr/share/mma/lib/stdlib';

export interface MmaGroove {
  name: string;
  /** MMA's `Time`: quarter notes a bar in the MIDI file MMA writes (its ticks are 192 a quarter). */
  time: number;
  /** The `TimeSig` the library writes for it, or null when it writes none. */
  written: { numerator: number; denominator: number } | null;
}

export interface MmaStyle {
  /** The library file's name without `.mma`, e.g. `jazzwaltz`. */
  name: string;
  /** Every groove the file defines (DefGroove), in file order. */
  grooves: MmaGroove[];
}

/** Every style file of the library, sorted by name, with the Time and TimeSig in force at each DefGroove. */
export async function readMmaStyles(folder = mmaLibraryFolder): Promise<MmaStyle[]> {
  const names = (await readdir(folder)).filter((file) => file.endsWith('.mma')).sort();
  return Promise.all(names.map(async (file) => ({ name: basename(file, '.mma'), grooves: definedGrooves(await readFile(join(folder, file), 'utf8')) })));
}

/** Walks a style file line by line, as MMA reads it: a DefGroove keeps the Time and TimeSig set before it. */
export function definedGrooves(text: string): MmaGroove[] {
  let time = 4; // MMA's default
  let written: MmaGroove['written'] = null;
  const grooves: MmaGroove[] = [];
  let inDoc = false;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\/\/.*$/, '').trim();
    if (/^begin\s+doc\b/i.test(line)) inDoc = true;
    if (inDoc) {
      if (/^end\b/i.test(line)) inDoc = false;
      continue;
    }
    const timeMatch = /^time\s+(\d+)/i.exec(line);
    if (timeMatch) time = Number(timeMatch[1]);
    const signature = /^timesig\s+(\d+)\s*[\s/]\s*(\d+)/i.exec(line);
    if (signature) written = { numerator: Number(signature[1]), denominator: Number(signature[2]) };
    const groove = /^defgroove\s+(\S+)/i.exec(line);
    if (groove) grooves.push({ name: groove[1], time, written });
  }
  return grooves;
}
