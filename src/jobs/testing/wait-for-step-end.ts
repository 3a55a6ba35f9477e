import type { KilnRuntime } from '../../runtime/contracts.ts';

/**
 * Resolves when `step` of the job ends, calling `onEnd` inside the `step-end` event itself so that a
 * test can stop the runtime before the next step gets far. The worker runs in the test's own process
 * and can be quicker than the subscription, so the job's record is read once the subscription is in
 * place too; and after `timeoutMs` it rejects with the job's state, so a stuck test says where it
 * stuck instead of running into the test's own timeout.
 */
export async function waitForStepEnd(
  runtime: KilnRuntime,
  ownerId: string,
  jobId: string,
  step: string,
  onEnd: () => void = () => {},
  timeoutMs = 120_000,
): Promise<void> {
  let ended = false;
  let markEnded = () => {};
  const endedNow = new Promise<void>((resolve) => (markEnded = resolve));
  const end = () => {
    if (ended) return;
    ended = true;
    onEnd();
    markEnded();
  };
  const unsubscribe = await runtime.jobs.subscribe(jobId, (event) => {
    if (event.type === 'step-end' && event.step === step) end();
  });
  try {
    // A read that fails because `onEnd` has just closed the runtime is no failure.
    const record = await runtime.jobs.get(ownerId, jobId).catch((error: unknown) => {
      if (ended) return undefined;
      throw error;
    });
    if (record?.steps.some((candidate) => candidate.name === step && candidate.state === 'succeeded')) end();
    await withinDeadline(endedNow, timeoutMs, async () => {
      const now = await runtime.jobs.get(ownerId, jobId).catch(() => undefined);
      const steps = now?.steps.map((candidate) => `${candidate.name} ${candidate.state}`).join(', ');
      return `Step \`${step}\` of job ${jobId} did not end within ${timeoutMs} ms; the job is ${now?.state ?? 'unreadable'} (${steps ?? 'no steps'}).`;
    });
  } finally {
    await unsubscribe();
  }
}

/** `promise`, or after `timeoutMs` an error with the message `describe` gives (for a phase of a test that may hang). */
export async function withinDeadline<T>(promise: Promise<T>, timeoutMs: number, describe: () => string | Promise<string>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => void Promise.resolve(describe()).then((message) => reject(new Error(message)), reject), timeoutMs);
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}
