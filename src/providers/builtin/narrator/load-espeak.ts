import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { ProviderUnavailableError } from '../../../engine/errors/index.ts';

type CreatePath = (parent: unknown, path: string, ...rest: unknown[]) => unknown;

/** The part of Emscripten's virtual disk the narrator uses. */
export interface EspeakFileSystem {
  readFile(path: string): Uint8Array;
  writeFile(path: string, data: string): void;
  unlink(path: string): void;
  close(stream: unknown): void;
  /** Open files by descriptor; closed ones are null or missing. */
  streams: unknown[];
  createPath?: CreatePath;
}

export interface EspeakModule {
  FS: EspeakFileSystem;
}

/** The package's module factory: Emscripten's `Module` settings in, the started program out. */
export type EspeakFactory = (options: Record<string, unknown>) => Promise<EspeakModule>;

let compiled: Promise<{ factory: EspeakFactory; module: WebAssembly.Module }> | undefined;

/** Loads eSpeak-NG (GPL-3.0, compiled to WASM) and compiles its 18 MB of WASM once per thread. */
export function loadEspeak() {
  compiled ??= (async () => {
    try {
      const require = createRequire(import.meta.url);
      const entry = require.resolve('espeak-ng');
      const factory = (await import(entry)).default as EspeakFactory;
      const module = await WebAssembly.compile(await readFile(entry.replace(/\.js$/, '.wasm')));
      return { factory, module };
    } catch (error) {
      compiled = undefined;
      throw new ProviderUnavailableError(`The built-in narrator could not load eSpeak-NG: ${(error as Error).message}`, { cause: error });
    }
  })();
  return compiled;
}
