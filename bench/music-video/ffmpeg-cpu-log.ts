import { chmod, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** What one kind of ffmpeg call cost over a render: calls, CPU seconds (user + system), wall seconds summed. */
export interface FfmpegStage {
  calls: number;
  cpu_s: number;
  wall_s: number;
}

/**
 * A stand-in for ffmpeg (`KILN_FFMPEG`) that runs the real one and appends a line per call to a log:
 * its CPU seconds (bash's `times` for its children), its wall seconds and its arguments. The stages
 * of a render (decoding for the analysis, probes, the shots, the song's AAC, the join) are then told
 * apart by their arguments, and what is left of the command's CPU time is Node's own.
 */
export async function writeFfmpegCpuLogger(directory: string, realFfmpeg: string): Promise<{ path: string; logPath: string }> {
  const path = join(directory, 'ffmpeg-with-cpu-log.sh');
  const logPath = join(directory, 'ffmpeg-calls.log');
  const quote = (text: string) => `'${text.replaceAll("'", "'\\''")}'`;
  await writeFile(path, [
    '#!/bin/bash',
    'started=$(date +%s.%N)',
    `${quote(realFfmpeg)} "$@"`,
    'status=$?',
    // `times` in this shell, not in a $(…) subshell, which has no children of its own.
    'times > "$0.$$.times"',
    `printf '%s\\t%s\\t%s\\t%s\\n' "$(tail -n 1 "$0.$$.times")" "$started" "$(date +%s.%N)" "$*" >> ${quote(logPath)}`,
    'rm -f "$0.$$.times"',
    'exit $status',
    '',
  ].join('\n'));
  await chmod(path, 0o755);
  await writeFile(logPath, '');
  return { path, logPath };
}

/** The stage an ffmpeg call belongs to, from its arguments. */
function stageOf(args: string): string {
  if (args.includes('-filter_complex')) return 'shots';
  if (args.includes('-f concat')) return 'join';
  if (/ -(version|encoders|filters)\b/.test(args)) return 'probes';
  if (args.includes('-c:a aac')) return 'song_aac';
  return 'analysis_decode';
}

/** Reads the log into stages, and empties it for the next render. */
export async function readFfmpegStages(logPath: string): Promise<Record<string, FfmpegStage>> {
  const stages: Record<string, FfmpegStage> = {};
  for (const line of (await readFile(logPath, 'utf8')).split('\n').filter(Boolean)) {
    const [children, started, ended, args] = line.split('\t');
    // `times` prints the children's user and system time as e.g. `0m12.560s 0m1.070s`.
    const cpu = [...children.matchAll(/(\d+)m([\d.]+)s/g)].reduce((sum, match) => sum + Number(match[1]) * 60 + Number(match[2]), 0);
    const stage = (stages[stageOf(` ${args}`)] ??= { calls: 0, cpu_s: 0, wall_s: 0 });
    stage.calls += 1;
    stage.cpu_s += cpu;
    stage.wall_s += Number(ended) - Number(started);
  }
  await writeFile(logPath, '');
  return stages;
}
