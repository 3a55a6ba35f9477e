/**
 * A three-step pipeline for the job tests (`first` → `second` → `third`) that counts how often each
 * step really ran, can hold a step until the test releases it, and can make a step fail. With
 * `countsDir` each run also appends a line to `<countsDir>/<step>`, so runs in a worker process the
 * test killed still count.
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { MediaError } from '../../engine/errors/index.ts';
import { definePipeline } from '../../engine/define-pipeline.ts';
import { defineStep } from '../../engine/step.ts';

export const countingNodes = ['first', 'second', 'third'] as const;
export type CountingNode = (typeof countingNodes)[number];

export interface CountingPipelineOptions {
  countsDir?: string;
  /** Steps that, once started, wait until `release(step)` or until their run is aborted. */
  hold?: CountingNode[];
  /** Steps that fail with a non-retryable MediaError. */
  fail?: CountingNode[];
  /**
   * A step that holds the event loop (a synchronous loop) this long, as a CPU-bound step (rendering,
   * DSP) does on a loaded machine: no timer of the process runs meanwhile.
   */
  busy?: { node: CountingNode; milliseconds: number; releaseFile?: string };
}

export function createCountingPipeline(options: CountingPipelineOptions = {}) {
  const runs: Record<CountingNode, number> = { first: 0, second: 0, third: 0 };
  const aborted = new Set<CountingNode>();
  const held = new Set<CountingNode>(options.hold);
  const waiting = new Map<CountingNode, () => void>();
  const started = new Map(countingNodes.map((node) => [node, deferred()]));

  const step = (node: CountingNode) =>
    defineStep({
      id: `counting.${node}`,
      version: 1,
      input: z.object({ text: z.string() }),
      output: z.object({ text: z.string() }),
      maxAttempts: 1,
      async run(input, context) {
        runs[node] += 1;
        if (options.countsDir) appendFileSync(join(options.countsDir, node), `${process.pid}\n`);
        started.get(node)!.resolve();
        context.progress(0.5, `${node} half-way`);
        context.servedBy('builtin:counting');
        if (options.busy?.node === node) {
          // With `releaseFile`, the loop ends early once that file exists (looked for every 50 ms), so a
          // test can hold the loop until what it waits for has happened instead of for a guessed time.
          const { milliseconds, releaseFile } = options.busy;
          const until = Date.now() + milliseconds;
          let lookedAt = 0;
          while (Date.now() < until) {
            if (releaseFile && Date.now() - lookedAt >= 50) {
              lookedAt = Date.now();
              if (existsSync(releaseFile)) break;
            }
          }
        }
        if (held.has(node)) {
          await new Promise<void>((resolve, reject) => {
            waiting.set(node, resolve);
            context.signal.addEventListener('abort', () => {
              aborted.add(node);
              reject(context.signal.reason);
            }, { once: true });
          });
        }
        if (options.fail?.includes(node)) throw new MediaError(`The ${node} step could not read its input.`);
        return { text: `${input.text}>${node}` };
      },
    });

  const pipeline = definePipeline({
    id: 'counting',
    description: 'Three steps in a row that count their runs.',
    input: z.object({ text: z.string().min(1), repeat: z.number().int().min(1).max(3).default(1) }),
  })
    .node('first', { step: step('first'), input: (job) => ({ text: job.text.repeat(job.repeat) }) })
    .node('second', { step: step('second'), after: ['first'], input: (_job, upstream) => upstream.first })
    .node('third', { step: step('third'), after: ['second'], input: (_job, upstream) => upstream.second })
    .output((_job, outputs) => ({ text: outputs.third.text }));

  return {
    pipeline,
    runs,
    aborted,
    /** Resolves once the step has started in this process. */
    started: (node: CountingNode) => started.get(node)!.promise,
    /** Lets a held step finish, now or as soon as it starts. */
    release(node: CountingNode) {
      held.delete(node);
      waiting.get(node)?.();
    },
  };
}

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((settle) => (resolve = settle));
  return { promise, resolve };
}

/** Runs of a step recorded in `countsDir` by every process. */
export function countedRuns(countsDir: string, node: CountingNode): number {
  const file = join(countsDir, node);
  return existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean).length : 0;
}
