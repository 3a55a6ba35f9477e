import { parseArgs, type ParseArgsConfig } from 'node:util';
import { BadInputError } from '../engine/errors/index.ts';
import { tempoHintRange } from '../media/audio/tempo-hint-range.ts';

/** parseArgs with Kiln's rules: unknown flags are bad usage (exit code 2), with a sentence that says which. */
export function parseCommandLine<Options extends NonNullable<ParseArgsConfig['options']>>(
  args: string[],
  options: Options,
  allowPositionals = false,
) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (error) {
    throw new BadInputError(`${(error as Error).message}. Run \`kiln help\` to see the options.`, { cause: error });
  }
}

/** Reads a whole-number flag, with bounds, or throws BadInputError naming the flag. */
export function integerFlag(value: string | undefined, flag: string, bounds: { min: number; max: number }): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < bounds.min || parsed > bounds.max) {
    throw new BadInputError(`--${flag} must be a whole number from ${bounds.min} to ${bounds.max}; got "${value}".`);
  }
  return parsed;
}

/** `--bpm 90`: the song's tempo as the user knows it, about (see AnalyzeAudioOptions.tempoHint). */
export function tempoFlag(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!(parsed >= tempoHintRange.min && parsed <= tempoHintRange.max)) {
    throw new BadInputError(`--bpm must be the song's tempo, from ${tempoHintRange.min} to ${tempoHintRange.max} BPM; got "${value}".`);
  }
  return parsed;
}
