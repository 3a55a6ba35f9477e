import { spawn } from 'node:child_process';

/**
 * Runs one of Apertium's programs (a translation pipeline, lt-proc) with `input` on stdin and answers what it wrote
 * to stdout, or undefined when it could not start, failed, or ran past `timeoutMs` (it is then killed). The input
 * only ever reaches stdin; the command and its arguments come from the installed files alone.
 */
export function runApertiumProgram(command: string, args: readonly string[], input: string, timeoutMs: number, signal?: AbortSignal): Promise<string | undefined> {
  const stop = AbortSignal.any([AbortSignal.timeout(timeoutMs), ...(signal ? [signal] : [])]);
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'ignore'], signal: stop, killSignal: 'SIGKILL' });
    let output = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => (output += chunk));
    child.on('error', () => resolve(undefined));
    child.on('close', (code) => resolve(code === 0 ? output : undefined));
    child.stdin.on('error', () => {});
    child.stdin.end(input);
  });
}
