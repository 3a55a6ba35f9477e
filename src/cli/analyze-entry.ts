import { errorCatalogue, toKilnError } from '../engine/errors/index.ts';
import { analyzeCommand } from './analyze-command.ts';

/**
 * `kiln analyze` on its own, with the same error handling as `main`: the entry of the prebuilt
 * bundle that bin/kiln.js loads so the analyze path starts without compiling TypeScript.
 */
export async function analyzeMain(args: string[]): Promise<number> {
  // ffmpeg straight from this process: the spawner protects a large server from fork stalls, while
  // this short process is small to fork, and a spawner would cost a second Node start (its file,
  // a .ts beside run-ffmpeg.ts, is also not in this bundle's folder).
  process.env.KILN_FFMPEG_SPAWNER ??= '0';
  try {
    return await analyzeCommand(args);
  } catch (error) {
    const kilnError = toKilnError(error);
    process.stderr.write(`kiln analyze: ${kilnError.message}\n`);
    return errorCatalogue[kilnError.code].exitCode;
  }
}
