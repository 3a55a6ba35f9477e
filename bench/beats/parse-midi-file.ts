/** What the beat benchmark needs from a Standard MIDI File: its clock, its tempo map, its metre and its notes. */
export interface MidiFile {
  ticksPerQuarter: number;
  /** Tempo changes (meta event FF 51), sorted by tick; a file without one plays at 120 BPM. */
  tempos: { tick: number; microsPerQuarter: number }[];
  /** Time signatures (meta event FF 58), sorted by tick; a file without one is in 4/4. */
  timeSignatures: { tick: number; numerator: number; denominator: number }[];
  /** Every note-on with a velocity, across all tracks, sorted by tick. */
  notes: { tick: number; channel: number; key: number }[];
  /** The tick of the last event of the longest track. */
  endTick: number;
}

/**
 * Reads the header chunk and every track chunk (running status, system-exclusive and meta events
 * included). SMPTE time division is refused: none of the benchmark's files use it, and beats need
 * a metrical clock.
 */
export function parseMidiFile(bytes: Uint8Array): MidiFile {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tag = (at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));
  if (tag(0) !== 'MThd') throw new Error('Not a Standard MIDI File (no MThd header).');
  const division = view.getUint16(12);
  if (division & 0x8000) throw new Error('SMPTE time division is not supported.');
  const file: MidiFile = { ticksPerQuarter: division, tempos: [], timeSignatures: [], notes: [], endTick: 0 };
  let offset = 8 + view.getUint32(4);
  while (offset + 8 <= bytes.length) {
    const length = view.getUint32(offset + 4);
    const start = offset + 8;
    if (tag(offset) === 'MTrk') readTrack(bytes, start, Math.min(bytes.length, start + length), file);
    offset = start + length;
  }
  file.tempos.sort((a, b) => a.tick - b.tick);
  file.timeSignatures.sort((a, b) => a.tick - b.tick);
  file.notes.sort((a, b) => a.tick - b.tick);
  return file;
}

function readTrack(bytes: Uint8Array, from: number, to: number, file: MidiFile): void {
  let position = from;
  let tick = 0;
  let status = 0;
  const readVariable = () => {
    let value = 0;
    for (let i = 0; i < 4 && position < to; i++) {
      const byte = bytes[position++];
      value = (value << 7) | (byte & 0x7f);
      if (!(byte & 0x80)) break;
    }
    return value;
  };
  while (position < to) {
    tick += readVariable();
    let byte = bytes[position];
    if (byte & 0x80) position++;
    else byte = status; // running status: the data byte belongs to the previous event's kind
    if (byte === 0xff) {
      const type = bytes[position++];
      const length = readVariable();
      const data = bytes.subarray(position, position + length);
      if (type === 0x51 && length === 3) file.tempos.push({ tick, microsPerQuarter: (data[0] << 16) | (data[1] << 8) | data[2] });
      if (type === 0x58 && length >= 2) file.timeSignatures.push({ tick, numerator: data[0], denominator: 2 ** data[1] });
      position += length;
      if (type === 0x2f) break;
    } else if (byte === 0xf0 || byte === 0xf7) {
      position += readVariable();
    } else {
      status = byte;
      const kind = byte & 0xf0;
      const dataBytes = kind === 0xc0 || kind === 0xd0 ? 1 : 2;
      if (kind === 0x90 && bytes[position + 1] > 0) file.notes.push({ tick, channel: byte & 0x0f, key: bytes[position] });
      position += dataBytes;
    }
  }
  file.endTick = Math.max(file.endTick, tick);
}
