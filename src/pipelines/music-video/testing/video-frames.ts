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
 * The box around a character's pure magenta pixels, or undefined when none show: the connected
 * patches of them at least a tenth the size of the largest (a head and a body drawn apart count
 * together), so a magenta flower of the meadow or a few stray pixels of a dissolve elsewhere in the
 * frame do not stretch the box (the illustrator's flowers come close to pure magenta).
 */
export function characterBoxOf(frame: Buffer, width: number, height: number): PixelBox | undefined {
  const magenta = new Uint8Array(width * height);
  for (let pixel = 0; pixel < width * height; pixel++) {
    const at = pixel * 3;
    magenta[pixel] = frame[at] > 215 && frame[at + 1] < 60 && frame[at + 2] > 215 ? 1 : 0;
  }
  const patches: (PixelBox & { size: number })[] = [];
  const stack: number[] = [];
  for (let seed = 0; seed < magenta.length; seed++) {
    if (magenta[seed] !== 1) continue;
    // Flood the patch (4-neighbours), marking each pixel as taken.
    const patch = { left: width, right: -1, top: height, bottom: -1, size: 0 };
    magenta[seed] = 2;
    stack.push(seed);
    while (stack.length > 0) {
      const pixel = stack.pop()!;
      const x = pixel % width;
      const y = (pixel - x) / width;
      patch.size += 1;
      patch.left = Math.min(patch.left, x);
      patch.right = Math.max(patch.right, x);
      patch.top = Math.min(patch.top, y);
      patch.bottom = Math.max(patch.bottom, y);
      for (const next of [x > 0 ? pixel - 1 : -1, x < width - 1 ? pixel + 1 : -1, y > 0 ? pixel - width : -1, y < height - 1 ? pixel + width : -1]) {
        if (next >= 0 && magenta[next] === 1) {
          magenta[next] = 2;
          stack.push(next);
        }
      }
    }
    patches.push(patch);
  }
  // A patch of a few pixels is noise, not a character.
  const least = Math.max(9, Math.max(0, ...patches.map((patch) => patch.size)) / 10);
  const kept = patches.filter((patch) => patch.size >= least);
  if (kept.length === 0) return undefined;
  return {
    left: Math.min(...kept.map((patch) => patch.left)), right: Math.max(...kept.map((patch) => patch.right)),
    top: Math.min(...kept.map((patch) => patch.top)), bottom: Math.max(...kept.map((patch) => patch.bottom)),
  };
}
