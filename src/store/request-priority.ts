import { AsyncLocalStorage } from 'node:async_hooks';

const requestWork = new AsyncLocalStorage<true>();

/**
 * Runs `work` (and everything it starts) as a request that a person is waiting on: on the embedded
 * database its statements go ahead of the background's (the worker's step bookkeeping, pg-boss's
 * fetches) that are still waiting for their turn. Postgres has connections enough and ignores it.
 */
export function withRequestPriority<T>(work: () => T): T {
  return requestWork.run(true, work);
}

/** Whether the caller runs inside withRequestPriority. */
export function hasRequestPriority(): boolean {
  return requestWork.getStore() === true;
}
