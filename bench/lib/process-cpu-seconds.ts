import { readFile } from 'node:fs/promises';

/**
 * CPU seconds (user + system, all its threads) a running process has used so far, from /proc on
 * Linux; null elsewhere or once it has gone. Read before and after a load to get the CPU the process
 * spent on it: on a shared machine that moves far less with other work than its requests a second.
 */
export async function processCpuSeconds(pid: number | undefined): Promise<number | null> {
  if (pid === undefined) return null;
  try {
    const fields = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1].split(' ');
    // utime and stime are fields 14 and 15 of stat (0-based 11 and 12 after the command name), in ticks.
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}
