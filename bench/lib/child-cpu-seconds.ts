import { readFile } from 'node:fs/promises';

/**
 * CPU seconds (user + system) of the children this process has waited for, grandchildren they
 * waited for included, from /proc on Linux; null elsewhere. Read before and after a child to get
 * its CPU time, which a shared machine disturbs less than its wall time.
 */
export async function childCpuSeconds(): Promise<number | null> {
  try {
    const fields = (await readFile('/proc/self/stat', 'utf8')).split(') ')[1].split(' ');
    // cutime and cstime are fields 16 and 17 of stat (0-based 13 and 14 after the command name), in ticks.
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return null;
  }
}
