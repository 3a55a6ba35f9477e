import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Whether tests that run the real ffmpeg can run here (synchronous, for `describe.skipIf`). */
export function ffmpegIsInstalled(): boolean {
  return (process.env.PATH ?? '').split(delimiter).some((directory) => {
    try {
      accessSync(join(directory, 'ffmpeg'), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}
