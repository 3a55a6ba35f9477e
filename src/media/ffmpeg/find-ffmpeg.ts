import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { MediaError } from '../../engine/errors/index.ts';

export interface FindFfmpegOptions {
  /** Where to look; defaults to `process.env`. `KILN_FFMPEG` names an explicit binary, else `PATH` is searched. */
  env?: NodeJS.ProcessEnv;
}

/**
 * Finds the system ffmpeg. Kiln ships no ffmpeg of its own: the distribution's build is patched and
 * licensed by the distribution, which keeps Kiln itself MIT.
 */
export async function findFfmpeg(options: FindFfmpegOptions = {}): Promise<string> {
  const env = options.env ?? process.env;
  const explicit = env.KILN_FFMPEG;
  if (explicit) {
    if (await isExecutable(explicit)) return explicit;
    throw new MediaError(`KILN_FFMPEG points to ${explicit}, which is not an executable file.`, {
      details: { path: explicit },
    });
  }
  const names = process.platform === 'win32' ? ['ffmpeg.exe', 'ffmpeg'] : ['ffmpeg'];
  for (const directory of (env.PATH ?? '').split(delimiter)) {
    if (!directory) continue;
    for (const name of names) {
      const candidate = join(directory, name);
      if (await isExecutable(candidate)) return candidate;
    }
  }
  throw new MediaError(
    'ffmpeg was not found on PATH. Install it (Debian/Ubuntu: `apt install ffmpeg`, macOS: `brew install ffmpeg`) or set KILN_FFMPEG to its path.',
    { details: { searched: env.PATH ?? '' } },
  );
}

async function isExecutable(path: string): Promise<boolean> {
  try {
    await access(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
