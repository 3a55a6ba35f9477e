import { IdleClosingThread } from '../../engine/idle-closing-thread.ts';
import { WorkerThreadPool, type ThreadTaskAnswer } from '../../engine/worker-thread-pool.ts';
import type { NearHarm } from './harm-neighbours.ts';

export interface IdeaMeaningTask {
  id: number;
  texts: string[];
  /** The idea marks a group of people: read it by the studied ideas about groups too (group-neighbours.ts). */
  aboutGroup?: boolean;
}

/**
 * The texts' meaning vectors (512 numbers each), the reading of the studied ideas nearest them, and of the studied ideas
 * about groups of people nearest the first (the idea as written; read only when the task asks, else not harmful).
 */
export interface IdeaMeanings { vectors: number[][]; nearHarm: NearHarm; nearGroupHarm: NearHarm }

export type IdeaMeaningTaskAnswer = ThreadTaskAnswer<IdeaMeanings>;

/**
 * The sentence encoder lives on a thread of its own (TensorFlow.js on WebAssembly, ~0.7 s to load, 10–20 ms
 * an idea), so no story request waits on the event loop while it loads or runs. A pool of one, loaded on the
 * first child-mode idea and closed (its memory given back) once no idea has needed it for `idleMs`.
 */
function startThread() {
  return new WorkerThreadPool<Omit<IdeaMeaningTask, 'id'>, IdeaMeaningTaskAnswer, IdeaMeanings>({
    url: new URL('./idea-meaning-thread-body.ts', import.meta.url),
    size: 1,
    crashLabel: "The story-idea sentence encoder's thread",
    readResult: ({ vectors, nearHarm, nearGroupHarm }) => ({ vectors, nearHarm, nearGroupHarm }),
  });
}

const encoder = new IdleClosingThread(startThread, 10 * 60_000);

/** The texts read on the encoder's thread: their vectors and their nearest studied ideas; rejects when the model cannot load. */
export async function readIdeaMeanings(texts: string[], aboutGroup = false): Promise<IdeaMeanings> {
  return texts.length === 0 ? { vectors: [], nearHarm: { harmful: false }, nearGroupHarm: { harmful: false } } : encoder.run({ texts, aboutGroup });
}

/** The texts' meaning vectors (512 numbers each), encoded on the encoder's thread. */
export async function encodeIdeaMeanings(texts: string[]): Promise<number[][]> {
  return (await readIdeaMeanings(texts)).vectors;
}
