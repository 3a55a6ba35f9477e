import type { StepCache } from '../runtime/contracts.ts';

type Entry = Parameters<StepCache['set']>[1];

/**
 * A step cache that lives as long as the process: for one-shot CLI runs and tests. Entries are copied
 * in and out, as a database would, so a step that changes an output it was handed cannot alter what
 * the next run gets.
 */
export class MemoryStepCache implements StepCache {
  readonly #entries = new Map<string, Entry>();

  async get(key: string): Promise<{ output: unknown; assetIds: string[] } | undefined> {
    const entry = this.#entries.get(key);
    if (entry === undefined) return undefined;
    return { output: structuredClone(entry.output), assetIds: [...entry.assetIds] };
  }

  async set(key: string, entry: Entry): Promise<void> {
    this.#entries.set(key, structuredClone(entry));
  }

  /** How many entries are stored. */
  get size(): number {
    return this.#entries.size;
  }

  /** Drops every entry. */
  clear(): void {
    this.#entries.clear();
  }
}
