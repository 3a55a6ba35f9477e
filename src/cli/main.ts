import { errorCatalogue, toKilnError } from '../engine/errors/index.ts';
import { doctorCommand } from './doctor-command.ts';
import { helpText } from './help-text.ts';
import { runCommand } from './run-command.ts';
import { serveCommand } from './serve-command.ts';
import { workerCommand } from './worker-command.ts';

/** A command takes its own arguments and returns the process exit code. */
export type Command = (args: string[]) => Promise<number>;

const commands: Record<string, Command> = {
  serve: serveCommand,
  worker: workerCommand,
  doctor: doctorCommand,
  run: runCommand,
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
  const command = commands[name];
  if (!command) {
    process.stderr.write(`kiln: unknown command "${name}". Run \`kiln help\` to see the commands.\n`);
    return 2;
  }
  try {
    return await command(rest);
  } catch (error) {
    const kilnError = toKilnError(error);
    process.stderr.write(`kiln ${name}: ${kilnError.message}\n`);
    return errorCatalogue[kilnError.code].exitCode;
  }
}
