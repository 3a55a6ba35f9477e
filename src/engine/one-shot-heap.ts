import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Heap settings for a one-shot command whose peak memory is what a user meets (`kiln vocab extract`),
 * where a long-lived server would rather spend memory than collection time.
 *
 * V8 lets each isolate's young generation grow to three 16 MB semi-spaces (64 MB of heap) under a
 * high allocation rate, and it does not give them back while the isolate lives: the kuromoji thread,
 * the database thread and the main thread each held one, ~190 MB of the seven-minute extract's
 * ~550 MB peak, to save scavenges on work that ends seconds later.
 */

/**
 * Every thread started after this call gets 1 MB semi-spaces (V8 reads the flag when it sets up a new
 * isolate's heap). The calling thread keeps its own: a running isolate's limits are fixed, hence
 * `compactHeap` for it.
 */
export function keepNewThreadsYoungGenerationSmall(): void {
  setFlagsFromString('--max-semi-space-size=1');
}

type CollectGarbage = (options: { type: 'major'; execution: 'sync'; flavor: 'last-resort' }) => void;
let collectGarbage: CollectGarbage | undefined;

/**
 * A full collection of the calling thread's heap in V8's memory-reducing mode: the young generation
 * shrinks to its minimum and emptied pages go back to the system. For the moments between a
 * command's phases (modules loaded, a thread ended, the database open), when the heap is mostly
 * garbage the next phase would otherwise be stacked on. It takes tens of milliseconds, so never per request.
 */
export function compactHeap(): void {
  if (!collectGarbage) {
    const exposed = (globalThis as { gc?: CollectGarbage }).gc;
    if (exposed) collectGarbage = exposed;
    else {
      // The documented way to reach `gc` without starting Node with --expose-gc: the flag, then a new context.
      setFlagsFromString('--expose-gc');
      collectGarbage = runInNewContext('gc') as CollectGarbage;
    }
  }
  collectGarbage({ type: 'major', execution: 'sync', flavor: 'last-resort' });
}
