import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { definePipeline } from './define-pipeline.ts';
import { ConfigError } from './errors/index.ts';
import { runPipeline } from './run-pipeline.ts';
import { defineStep } from './step.ts';

// `npm run typecheck` checks this file: each `@ts-expect-error` fails the check if the line below it
// ever compiles, so a pipeline's edges stay typed. Vitest runs the graph that does compile.

const countStep = defineStep({
  id: 'test.count', version: 1,
  input: z.object({ text: z.string() }),
  output: z.object({ letters: z.number(), words: z.array(z.string()) }),
  run: async ({ text }) => ({ letters: text.length, words: text.split(' ') }),
});
const doubleStep = defineStep({
  id: 'test.double', version: 1,
  input: z.object({ number: z.number() }),
  output: z.object({ doubled: z.number() }),
  run: async ({ number }) => ({ doubled: number * 2 }),
});

const start = () => definePipeline({ id: 'typed', description: 'typed edges', input: z.object({ text: z.string(), long: z.boolean() }) })
  .node('count', { step: countStep, input: (job) => ({ text: job.text }) });

const typedPipeline = start()
  .node('double', { step: doubleStep, after: ['count'], input: (_job, upstream) => ({ number: upstream.count.letters }) })
  .node('bonus', { step: doubleStep, after: ['count'], when: (job) => job.long, input: (_job, upstream) => ({ number: upstream.count.words.length }) })
  .forEach([1, 2], (graph, member) => graph
    .node(`again-${member}`, { step: doubleStep, after: ['double'], input: (_job, upstream) => ({ number: upstream.double.doubled + member }) }))
  .output((_job, outputs) => ({
    doubled: outputs.double.doubled,
    // A node with `when` may have been left out, so its output may be absent.
    bonus: outputs.bonus?.doubled ?? null,
    again: [outputs['again-1'].doubled, outputs['again-2'].doubled],
  }));

export function misuses() {
  start()
    // @ts-expect-error `count` outputs letters and words, no `sentences`.
    .node('double', { step: doubleStep, after: ['count'], input: (_job, upstream) => ({ number: upstream.count.sentences }) });
  start()
    // @ts-expect-error `later` is not a node yet: a node waits only for nodes added before it.
    .node('double', { step: doubleStep, after: ['later'], input: () => ({ number: 1 }) });
  start()
    // @ts-expect-error the step reads a number, not the text.
    .node('double', { step: doubleStep, after: ['count'], input: (job) => ({ number: job.text }) });
  start()
    // @ts-expect-error the step needs a number, and this input has none.
    .node('double', { step: doubleStep, after: ['count'], input: (_job, upstream) => ({ letters: upstream.count.letters }) });
  start()
    // @ts-expect-error upstream holds only the nodes named in `after`, and `count` is not one.
    .node('double', { step: doubleStep, input: (_job, upstream) => ({ number: upstream.count.letters }) });
  start()
    // @ts-expect-error two nodes may not share a name.
    .node('count', { step: countStep, input: (job) => ({ text: job.text }) });
  start()
    .node('bonus', { step: doubleStep, after: ['count'], when: (job) => job.long, input: () => ({ number: 1 }) })
    // @ts-expect-error `bonus` may be left out of a job, so its output may be absent.
    .output((_job, outputs) => outputs.bonus.doubled);
}

describe('definePipeline', () => {
  it('builds the plain graph the engine runs, each node fed what its `after` names', async () => {
    expect(Object.keys(typedPipeline.nodes)).toEqual(['count', 'double', 'bonus', 'again-1', 'again-2']);
    expect(typedPipeline.nodes['again-2'].after).toEqual(['double']);
    const run = (long: boolean) => runPipeline(typedPipeline, {
      jobId: 'job-1', ownerId: 'user-1', input: { text: 'two words', long }, signal: new AbortController().signal,
    });
    expect((await run(true)).output).toEqual({ doubled: 18, bonus: 4, again: [38, 40] });
    expect((await run(false)).output).toEqual({ doubled: 18, bonus: null, again: [38, 40] });
  });

  it('refuses a second node of the same name, which a loop could add', () => {
    const adding = () => start().forEach([1, 1], (graph) => graph.node('twice', { step: doubleStep, input: () => ({ number: 1 }) }));
    expect(adding).toThrow(ConfigError);
    expect(adding).toThrow('two nodes named `twice`');
  });
});
