import { access } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import type { Llama, LlamaContext, LlamaGpuType, LlamaModel } from 'node-llama-cpp';
import { ProviderUnavailableError } from '../../engine/errors/index.ts';
import type { BackendStatus } from '../backend.ts';

export type LlamaModule = typeof import('node-llama-cpp');

export interface LlamaCppEngineSettings {
  name: string;
  /** The GGUF file to load. */
  modelPath: string;
  /** `auto` tries CUDA then Metal then CPU; Vulkan only when named (see `gpuOption`). `false` forces the CPU. */
  gpu?: 'auto' | false | 'cuda' | 'vulkan' | 'metal';
  /** Tokens of context; the model's trained size, capped at 4096, when absent. */
  contextSize?: number;
  /** CPU threads for inference; the cores this process may use when absent. */
  threads?: number;
  /** Replaces `import('node-llama-cpp')`, so tests can make the import fail. */
  importLlama?: () => Promise<LlamaModule>;
}

export interface LoadedModel {
  module: LlamaModule;
  llama: Llama;
  model: LlamaModel;
  context: LlamaContext;
}

/** node-llama-cpp's GPU kind as BackendHealth names devices. */
function deviceOf(gpu: Llama['gpu']): BackendStatus['device'] {
  if (gpu === 'cuda') return 'cuda';
  if (gpu === 'metal') return 'mps';
  // BackendHealth has no 'vulkan' yet; until it does, Vulkan reads as cpu rather than claiming CUDA.
  return 'cpu';
}

/**
 * `auto` leaves Vulkan out: on machines without a GPU it often finds Mesa's software device and
 * runs slower than the plain CPU build. Users with a Vulkan GPU name it.
 */
function gpuOption(gpu: LlamaCppEngineSettings['gpu']) {
  const auto: { type: 'auto'; exclude: LlamaGpuType[] } = { type: 'auto', exclude: ['vulkan'] };
  return gpu === undefined || gpu === 'auto' ? auto : gpu;
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Loads node-llama-cpp and the GGUF the first time they are needed (a user without the package pays
 * nothing) and keeps them. A failed load is forgotten, so fixing the file needs no restart.
 */
export function createLlamaCppEngine(settings: LlamaCppEngineSettings) {
  let llamaPromise: Promise<{ module: LlamaModule; llama: Llama }> | undefined;
  let modelPromise: Promise<LoadedModel> | undefined;
  let queue: Promise<unknown> = Promise.resolve();

  function runtime() {
    llamaPromise ??= (async () => {
      let module: LlamaModule;
      try {
        module = await (settings.importLlama ?? (() => import('node-llama-cpp')))();
      } catch (error) {
        throw new ProviderUnavailableError(`${settings.name}: node-llama-cpp could not be loaded (${reasonOf(error)}).`, { cause: error });
      }
      try {
        const llama = await module.getLlama({
          gpu: gpuOption(settings.gpu),
          // A server must not start compiling llama.cpp in the middle of a request.
          build: 'never',
          progressLogs: false,
          // node-llama-cpp's default is at least 4 threads; on a 2-core machine the extra threads
          // spin against each other and each token takes hundreds of times longer.
          maxThreads: settings.threads ?? availableParallelism(),
        });
        return { module, llama };
      } catch (error) {
        throw new ProviderUnavailableError(`${settings.name}: llama.cpp's native binary could not start (${reasonOf(error)}).`, { cause: error });
      }
    })();
    llamaPromise.catch(() => (llamaPromise = undefined));
    return llamaPromise;
  }

  async function checkFile() {
    try {
      await access(settings.modelPath);
    } catch {
      throw new ProviderUnavailableError(`${settings.name}: the model file ${settings.modelPath} does not exist or cannot be read.`);
    }
  }

  return {
    /** The loaded model and its context, loading them on first use. */
    load(): Promise<LoadedModel> {
      modelPromise ??= (async () => {
        await checkFile();
        const { module, llama } = await runtime();
        try {
          const model = await llama.loadModel({ modelPath: settings.modelPath });
          const contextSize = settings.contextSize ?? Math.min(model.trainContextSize, 4096);
          // One sequence: calls take turns (see the text model), which keeps memory predictable.
          const context = await model.createContext({ contextSize, sequences: 1 });
          return { module, llama, model, context };
        } catch (error) {
          throw new ProviderUnavailableError(`${settings.name}: ${settings.modelPath} could not be loaded (${reasonOf(error)}).`, { cause: error });
        }
      })();
      modelPromise.catch(() => (modelPromise = undefined));
      return modelPromise;
    },

    /** The context has one sequence: calls take turns here instead of failing for want of one. */
    takeTurn<T>(work: () => Promise<T>): Promise<T> {
      const turn = queue.then(work, work);
      queue = turn.catch(() => undefined);
      return turn;
    },

    /** Ready when the file is there and the native binary starts; the weights are not loaded for this. */
    async health(): Promise<BackendStatus> {
      try {
        await checkFile();
        const { llama } = await runtime();
        return { state: 'ready', device: deviceOf(llama.gpu) };
      } catch (error) {
        return { state: 'unavailable', reason: reasonOf(error), device: 'cpu' };
      }
    },

    async close() {
      const loaded = await llamaPromise?.catch(() => undefined);
      llamaPromise = undefined;
      modelPromise = undefined;
      await loaded?.llama.dispose();
    },
  };
}

export type LlamaCppEngine = ReturnType<typeof createLlamaCppEngine>;
