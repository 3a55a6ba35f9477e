import { errorCatalogue, toKilnError } from '../engine/errors/index.ts';
import { analyzeCommand } from './analyze-command.ts';

/**
 * `kiln analyze` on its own, with the same error handling as `main`: the entry of the prebuilt
 * bundle that bin/kiln.js loads so the analyze path starts without compiling TypeScript.
 */
export async function analyzeMain(args: string[]): Promise<number> {
  try {
    return await analyzeCommand(args);
  } catch (error) {
    const kilnError = toKilnError(error);
    process.stderr.write(`kiln analyze: ${kilnError.message}\n`);
    return errorCatalogue[kilnError.code].exitCode;
  }
}
