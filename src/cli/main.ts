import { errorCatalogue, toKilnError } from '../engine/errors/index.ts';
import { stopSharedFfmpegSpawner } from '../media/ffmpeg/ffmpeg-spawner.ts';
import { helpText } from './help-text.ts';

/** A command takes its own arguments and returns the process exit code. */
export type Command = (args: string[]) => Promise<number>;

// Loaded on demand so `kiln doctor` does not pay for the server and `kiln serve` not for the CLI tools.
const commands: Record<string, () => Promise<Command>> = {
  serve: async () => (await import('./serve-command.ts')).serveCommand,
  worker: async () => (await import('./worker-command.ts')).workerCommand,
  doctor: async () => (await import('./doctor-command.ts')).doctorCommand,
  backends: async () => (await import('./backends-command.ts')).backendsCommand,
  run: async () => (await import('./run-command.ts')).runCommand,
  analyze: async () => (await import('./analyze-command.ts')).analyzeCommand,
  musicvideo: async () => (await import('./musicvideo-command.ts')).musicVideoCommand,
  story: async () => (await import('./story-command.ts')).storyCommand,
  vocab: async () => (await import('./vocab-command.ts')).vocabCommand,
  assets: async () => (await import('./assets-command.ts')).assetsCommand,
};

/**
 * Entry point of the `kiln` command. Exit codes: 0 success, 1 failure, 2 bad usage or input.
 */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    process.stdout.write(helpText);
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === 'version') {
    const { kilnVersion } = await import('../runtime/kiln-version.ts');
    process.stdout.write(`${kilnVersion}\n`);
    return 0;
  }
  const loadCommand = commands[name];
  if (!loadCommand) {
    process.stderr.write(`kiln: unknown command "${name}". Run \`kiln help\` to see the commands.\n`);
    return 2;
  }
  try {
    const command = await loadCommand();
    return await command(rest);
  } catch (error) {
    const kilnError = toKilnError(error);
    process.stderr.write(`kiln ${name}: ${kilnError.message}\n`);
    return errorCatalogue[kilnError.code].exitCode;
  } finally {
    // The command's ffmpeg runs are over: their spawner ends with the command, its CPU time counted as the command's.
    await stopSharedFfmpegSpawner();
  }
}
