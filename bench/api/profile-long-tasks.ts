// What held an event loop: reads the V8 CPU profiles that `npm run bench:api -- --server-profile <folder>`
// made (one per thread; the main thread's file has thread id 0) and lists the long tasks, the stretches
// where the thread ran without going idle, with the functions that took their time.
// Run: npx tsx bench/api/profile-long-tasks.ts <folder> [--longer-than 50] [--top 15]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { round } from '../lib/statistics.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  startTime: number;
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'longer-than': { type: 'string', default: '50' },
    top: { type: 'string', default: '15' },
    // The server's start (loading its modules) is one long task the requests never meet.
    'skip-first-seconds': { type: 'string', default: '0' },
  },
});
const longerThanMs = Number(values['longer-than']);
const folder = positionals[0];
if (!folder) throw new Error('Give the folder of .cpuprofile files.');

/** Each node's frame as `name (file:line)` and its chain of callers, for inclusive time. */
function describe(profile: Profile) {
  const parents = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const label = (node: ProfileNode) => {
    const file = node.callFrame.url.replace(/^.*\/(src|node_modules)\//, '$1/');
    return `${node.callFrame.functionName || '(anonymous)'} ${file ? `(${file}:${node.callFrame.lineNumber + 1})` : ''}`.trim();
  };
  const stack = (id: number) => {
    const frames: string[] = [];
    for (let current: number | undefined = id; current !== undefined; current = parents.get(current)) frames.push(label(byId.get(current)!));
    return frames;
  };
  return { label: (id: number) => label(byId.get(id)!), stack };
}

for (const file of readdirSync(folder).filter((name) => name.endsWith('.cpuprofile')).sort()) {
  const profile = JSON.parse(readFileSync(join(folder, file), 'utf8')) as Profile;
  const { label, stack } = describe(profile);
  // Garbage collection and '(program)' (native code, such as a fork) hold the thread too: only '(idle)' is free time.
  const idle = new Set(profile.nodes.filter((node) => node.callFrame.functionName === '(idle)').map((node) => node.id));
  // A task: consecutive samples that are not idle. Each sample stands for the time until the next one.
  const tasks: { startSeconds: number; ms: number; samples: number[]; durations: number[] }[] = [];
  let current: (typeof tasks)[number] | undefined;
  let elapsedMs = 0;
  const skipMs = Number(values['skip-first-seconds']) * 1000;
  for (let index = 0; index < profile.samples.length; index += 1) {
    const sample = profile.samples[index];
    elapsedMs += profile.timeDeltas[index] / 1000;
    const duration = (profile.timeDeltas[index + 1] ?? 0) / 1000;
    if (idle.has(sample) || elapsedMs < skipMs) {
      current = undefined;
      continue;
    }
    if (!current) tasks.push((current = { startSeconds: elapsedMs / 1000, ms: 0, samples: [], durations: [] }));
    current.ms += duration;
    current.samples.push(sample);
    current.durations.push(duration);
  }
  const long = tasks.filter((task) => task.ms > longerThanMs).sort((a, b) => b.ms - a.ms);
  const selfTime = new Map<string, number>();
  const inclusiveTime = new Map<string, number>();
  for (const task of long) {
    task.samples.forEach((sample, index) => {
      selfTime.set(label(sample), (selfTime.get(label(sample)) ?? 0) + task.durations[index]);
      for (const frame of new Set(stack(sample))) inclusiveTime.set(frame, (inclusiveTime.get(frame) ?? 0) + task.durations[index]);
    });
  }
  const top = (times: Map<string, number>) => [...times].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top)).map(([frame, ms]) => `${round(ms, 1)} ms  ${frame}`);
  console.log(`\n${file}: ${long.length} tasks longer than ${longerThanMs} ms, ${round(long.reduce((sum, task) => sum + task.ms, 0), 0)} ms in all; longest: ${long.slice(0, 8).map((task) => round(task.ms, 0)).join(', ')} ms`);
  if (long.length === 0) continue;
  for (const task of long.slice(0, 12)) {
    const own = new Map<string, number>();
    task.samples.forEach((sample, index) => own.set(label(sample), (own.get(label(sample)) ?? 0) + task.durations[index]));
    console.log(`  at ${round(task.startSeconds, 2)} s, ${round(task.ms, 0)} ms: ${top(own).slice(0, 4).join('; ')}`);
  }
  console.log('  self time in them:\n    ' + top(selfTime).join('\n    '));
  console.log('  inclusive time in them:\n    ' + top(inclusiveTime).join('\n    '));
}
