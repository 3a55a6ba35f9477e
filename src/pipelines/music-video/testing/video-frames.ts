import { spawn } from 'node:child_process';

/** A box of pixel rows and columns, edges included. */
export interface PixelBox {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Every frame of a `width`×`height` video as RGB bytes, with the time it is shown at. */
export function decodeVideoFrames(path: string, width: number, height: number): Promise<{ time: number; pixels: Buffer }[]> {
  return new Promise((resolve, reject) => {
    // Every frame as stored, none dropped or repeated to fit a constant rate; showinfo says when each is shown.
    const child = spawn('ffmpeg', ['-v', 'info', '-i', path, '-vf', 'showinfo', '-fps_mode', 'passthrough', '-f', 'rawvideo', '-pix_fmt', 'rgb24', '-']);
    const chunks: Buffer[] = [];
    let log = '';
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`ffmpeg exited with ${code}: ${log.slice(-300)}`));
      const all = Buffer.concat(chunks);
      const size = width * height * 3;
      const times = [...log.matchAll(/\bn:\s*\d+\s+pts:\s*-?\d+\s+pts_time:(-?[\d.]+)/g)].map((match) => Number(match[1]));
      resolve(times.map((time, index) => ({ time, pixels: all.subarray(index * size, (index + 1) * size) })).filter((frame) => frame.pixels.length === size));
    });
  });
}

/**
 * The box around a character's pure magenta pixels (no palette of the illustrator's reaches it),
 * or undefined when none show: rows and columns with at least three of them, so a few stray pixels
 * of a neon flower or a dissolve do not count.
 */
export function characterBoxOf(frame: Buffer, width: number, height: number): PixelBox | undefined {
  const rows = new Array<number>(height).fill(0);
  const columns = new Array<number>(width).fill(0);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const at = (y * width + x) * 3;
      if (frame[at] > 215 && frame[at + 1] < 60 && frame[at + 2] > 215) {
        rows[y] += 1;
        columns[x] += 1;
      }
    }
  }
  const top = rows.findIndex((count) => count >= 3);
  if (top < 0) return undefined;
  return { top, bottom: rows.findLastIndex((count) => count >= 3), left: columns.findIndex((count) => count >= 3), right: columns.findLastIndex((count) => count >= 3) };
}
