import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { definePipeline } from '../engine/define-pipeline.ts';
import { defineStep } from '../engine/step.ts';
import { temporaryDataDir } from '../store/testing/temporary-data-dir.ts';
import { openJobSystem, type JobSystem } from './testing/open-job-system.ts';

/** A one-step pipeline whose jobs run until the test opens their gate: a "long" job without a clock. */
function createGatePipeline() {
  const startOrder: string[] = [];
  const gates = new Map<string, () => void>();
  const startListeners = new Set<() => void>();
  const gate = defineStep({
    id: 'fair-queue.gate',
    version: 1,
    input: z.object({ name: z.string() }),
    output: z.object({ name: z.string() }),
    cacheable: false,
    async run({ name }, context) {
      startOrder.push(name);
      for (const listener of startListeners) listener();
      await new Promise<void>((resolve, reject) => {
        gates.set(name, resolve);
        context.signal.addEventListener('abort', () => reject(context.signal.reason), { once: true });
      });
      return { name };
    },
  });
  const pipeline = definePipeline({
    id: 'gate',
    description: 'Runs until the test lets it finish.',
    input: z.object({ name: z.string() }),
  })
    .node('gate', { step: gate, input: (job) => ({ name: job.name }) })
    .output((_job, outputs) => outputs.gate);
  return {
    pipeline,
    startOrder,
    /** Resolves once `count` jobs have started, in this process. */
    started(count: number) {
      return new Promise<void>((resolve) => {
        const check = () => {
          if (startOrder.length < count) return;
          startListeners.delete(check);
          resolve();
        };
        startListeners.add(check);
        check();
      });
    },
    open(name: string) {
      gates.get(name)?.();
    },
  };
}

describe('fair queue: one user cannot hold another’s jobs back (PGlite)', () => {
  let folder: Awaited<ReturnType<typeof temporaryDataDir>>;
  let system: JobSystem;
  let gates: ReturnType<typeof createGatePipeline>;

  // Opened in the hook, whose limit is longer: PGlite and pg-boss take 20 s to open on a loaded 2-core machine.
  beforeEach(async () => {
    folder = await temporaryDataDir();
    gates = createGatePipeline();
    system = await openJobSystem({ dataDir: folder.dataDir, pipelines: [gates.pipeline], timings: { perUserConcurrency: 1 } });
  });
  afterEach(async () => {
    await system?.close();
    await folder.remove();
  });

  const stateOf = async (ownerId: string, jobId: string) => (await system.service.get(ownerId, jobId)).state;

  it('keeps a worker slot for the second user while the first user’s backlog waits (per-user limit)', async () => {
    await system.worker([gates.pipeline], { concurrency: 2 }).start();
    const alice = [];
    for (const name of ['a1', 'a2', 'a3']) alice.push(await system.service.create('alice', 'gate', { name }));
    await gates.started(1);
    const bob = await system.service.create('bob', 'gate', { name: 'b1' });

    await gates.started(2);
    expect(gates.startOrder).toEqual(['a1', 'b1']);
    await expect.poll(() => stateOf('bob', bob.id), { timeout: 10_000 }).toBe('running');
    // Alice's backlog has not drained: her later jobs wait, and say where they stand.
    const waiting = await Promise.all(alice.slice(1).map((job) => system.service.get('alice', job.id)));
    expect(waiting.map((job) => [job.state, job.queuePosition])).toEqual([['queued', 1], ['queued', 2]]);
    expect((await system.service.list('alice')).map((job) => job.queuePosition)).toEqual([2, 1, null]);

    gates.open('a1');
    gates.open('b1');
    await gates.started(3);
    gates.open('a2');
    await gates.started(4);
    gates.open('a3');
    for (const job of alice) await expect.poll(() => stateOf('alice', job.id), { timeout: 10_000 }).toBe('succeeded');
    expect((await system.service.get('alice', alice[2].id)).queuePosition).toBeNull();
  });

  it('takes the next job round-robin across users, not in arrival order', async () => {
    await system.worker([gates.pipeline], { concurrency: 1 }).start();
    for (const name of ['a1', 'a2', 'a3']) await system.service.create('alice', 'gate', { name });
    await gates.started(1);
    const bob = await system.service.create('bob', 'gate', { name: 'b1' });
    // Bob's one job goes ahead of Alice's second and third.
    expect((await system.service.get('bob', bob.id)).queuePosition).toBe(1);

    gates.open('a1');
    await gates.started(2);
    expect(gates.startOrder).toEqual(['a1', 'b1']);
    gates.open('b1');
    await gates.started(3);
    gates.open('a2');
    await gates.started(4);
    gates.open('a3');
    expect(gates.startOrder).toEqual(['a1', 'b1', 'a2', 'a3']);
  });
});
