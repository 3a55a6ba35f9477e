import { spawn } from 'node:child_process';
import { chartLag, isClearPeak, type ChartLag } from './chart-lag.ts';
import { spectralFlux } from './spectral-flux.ts';

/** The check of a chart against its guitar stem: over the whole excerpt, and over each half apart. */
export interface RecordedAlignment {
  whole: ChartLag;
  /** The first and second halves of the excerpt, each null with fewer than 50 notes. */
  halves: [ChartLag | null, ChartLag | null];
  clear: boolean;
  /** Whether a half with a clear peak of its own lies more than 35 ms from the whole's lag. */
  drifts: boolean;
}

/** 24 kHz with a 120-sample hop puts frames exactly 5 ms apart. */
const checkRate = 24000;
const fewestNotes = 50;
export const toleratedLagSeconds = 0.035;

/** Checks chart note times (seconds of the recording) against the onsets of the guitar stem's first `seconds`. */
export async function checkRecordedAlignment(guitarPath: string, noteTimes: readonly number[], seconds: number): Promise<RecordedAlignment> {
  const curve = spectralFlux(await decodeMono(guitarPath, checkRate, seconds), checkRate, 120);
  const inExcerpt = noteTimes.filter((time) => time <= seconds);
  const whole = chartLag(inExcerpt, curve);
  const halfLag = (notes: number[]) => (notes.length >= fewestNotes ? chartLag(notes, curve) : null);
  const halves: [ChartLag | null, ChartLag | null] = [
    halfLag(inExcerpt.filter((time) => time < seconds / 2)),
    halfLag(inExcerpt.filter((time) => time >= seconds / 2)),
  ];
  const drifts = halves.some((half) => half !== null && isClearPeak(half) && Math.abs(half.lagSeconds - whole.lagSeconds) > toleratedLagSeconds);
  return { whole, halves, clear: isClearPeak(whole), drifts };
}

/** The first `seconds` of a file as mono float samples at `rate`, decoded by ffmpeg. */
export function decodeMono(path: string, rate: number, seconds: number): Promise<Float32Array> {
  return new Promise((resolve, reject) => {
    const args = ['-loglevel', 'error', '-i', path, '-t', String(seconds), '-ac', '1', '-ar', String(rate), '-f', 'f32le', '-'];
    const child = spawn('ffmpeg', args, { stdio: ['ignore', 'pipe', 'inherit'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`ffmpeg could not decode ${path} (exit ${code}).`));
      const bytes = Buffer.concat(chunks);
      resolve(new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length - (bytes.length % 4))));
    });
  });
}
