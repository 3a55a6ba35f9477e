import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { delimiter, dirname, join } from 'node:path';
import { MediaError } from '../../engine/errors/index.ts';

export interface FindFfmpegOptions {
  /** Where to look; defaults to `process.env`. `KILN_FFMPEG` names an explicit binary, else `PATH` is searched. */
  env?: NodeJS.ProcessEnv;
  /**
   * The static build from npm to fall back on; found in node_modules when absent, `null` for none
   * (tests of the "nothing installed" message).
   */
  npmBinary?: string | null;
}

/** Which ffmpeg Kiln runs and where it came from. */
export interface FfmpegLocation {
  path: string;
  /** `KILN_FFMPEG`, the first on `PATH`, or npm's static build (`@ffmpeg-installer`). */
  source: 'KILN_FFMPEG' | 'PATH' | 'npm';
}

/**
 * Finds ffmpeg: `KILN_FFMPEG`, else the system's on PATH (patched and kept current by the
 * distribution), else the static build npm installed as an optional dependency, so a fresh clone
 * works with nothing but Node. The npm build is a separate GPL program Kiln only runs.
 */
export async function locateFfmpeg(options: FindFfmpegOptions = {}): Promise<FfmpegLocation> {
  const env = options.env ?? process.env;
  const explicit = env.KILN_FFMPEG;
  if (explicit) {
    if (await isExecutable(explicit)) return { path: explicit, source: 'KILN_FFMPEG' };
    throw new MediaError(`KILN_FFMPEG points to ${explicit}, which is not an executable file.`, {
      details: { path: explicit },
    });
  }
  const names = process.platform === 'win32' ? ['ffmpeg.exe', 'ffmpeg'] : ['ffmpeg'];
  for (const directory of (env.PATH ?? '').split(delimiter)) {
    if (!directory) continue;
    for (const name of names) {
      const candidate = join(directory, name);
      if (await isExecutable(candidate)) return { path: candidate, source: 'PATH' };
    }
  }
  const npmBinary = options.npmBinary === undefined ? npmFfmpegPath() : options.npmBinary;
  if (npmBinary && (await isExecutable(npmBinary))) return { path: npmBinary, source: 'npm' };
  throw new MediaError(
    'ffmpeg was not found on PATH, and npm did not install its static build (@ffmpeg-installer/ffmpeg, an optional dependency). Install ffmpeg (Debian/Ubuntu: `apt install ffmpeg`, macOS: `brew install ffmpeg`) or set KILN_FFMPEG to its path.',
    { details: { searched: env.PATH ?? '' } },
  );
}

/** The path of the ffmpeg to run (see `locateFfmpeg`). */
export async function findFfmpeg(options: FindFfmpegOptions = {}): Promise<string> {
  return (await locateFfmpeg(options)).path;
}

/**
 * Where `@ffmpeg-installer/<platform>-<arch>` put its binary, if npm installed it. Resolved here
 * rather than through the package's index.js, which throws a bare string on other platforms.
 */
export function npmFfmpegPath(): string | undefined {
  const platformPackage = `@ffmpeg-installer/${process.platform}-${process.arch}/package.json`;
  const binary = process.platform === 'win32' ? 'ffmpeg.exe' : 'ffmpeg';
  const require = createRequire(import.meta.url);
  for (const resolve of [
    () => require.resolve(platformPackage),
    // Not hoisted: nested under the installer package.
    () => createRequire(require.resolve('@ffmpeg-installer/ffmpeg/package.json')).resolve(platformPackage),
  ]) {
    try {
      return join(dirname(resolve()), binary);
    } catch {
      // Not installed this way; try the next.
    }
  }
  return undefined;
}

async function isExecutable(path: string): Promise<boolean> {
  try {
    await access(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
