import { IdleClosingThread } from '../../engine/idle-closing-thread.ts';
import { WorkerThreadPool, type ThreadTaskAnswer } from '../../engine/worker-thread-pool.ts';

export interface IdeaMeaningTask {
  id: number;
  texts: string[];
}

export type IdeaMeaningTaskAnswer = ThreadTaskAnswer<{ vectors: number[][] }>;

/**
 * The sentence encoder lives on a thread of its own (TensorFlow.js on WebAssembly, ~0.7 s to load, 10–20 ms
 * an idea), so no story request waits on the event loop while it loads or runs. A pool of one, loaded on the
 * first child-mode idea and closed (its memory given back) once no idea has needed it for `idleMs`.
 */
function startThread() {
  return new WorkerThreadPool<Omit<IdeaMeaningTask, 'id'>, IdeaMeaningTaskAnswer, number[][]>({
    url: new URL('./idea-meaning-thread-body.ts', import.meta.url),
    size: 1,
    crashLabel: "The story-idea sentence encoder's thread",
    readResult: (answer) => answer.vectors,
  });
}

const encoder = new IdleClosingThread(startThread, 10 * 60_000);

/** The texts' meaning vectors (512 numbers each), encoded on the encoder's thread; rejects when the model cannot load. */
export async function encodeIdeaMeanings(texts: string[]): Promise<number[][]> {
  return texts.length === 0 ? [] : encoder.run({ texts });
}
