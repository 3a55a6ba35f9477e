import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { ProviderFailedError, ProviderUnavailableError } from '../../../engine/errors/index.ts';
import { sharedEspeakThreadPool } from './espeak-thread-pool.ts';
import { readWav, type PcmAudio } from './wav-audio.ts';
import type { SynthesisSettings } from './synthesis-settings.ts';

type CreatePath = (parent: unknown, path: string, ...rest: unknown[]) => unknown;

interface EspeakModule {
  FS: { readFile(path: string): Uint8Array; writeFile(path: string, data: string): void; createPath?: CreatePath };
}
type EspeakFactory = (options: Record<string, unknown>) => Promise<EspeakModule>;

let compiled: Promise<{ factory: EspeakFactory; module: WebAssembly.Module }> | undefined;

/** Loads eSpeak-NG (GPL-3.0, compiled to WASM) once per process; each call then only instantiates it. */
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

export type { SynthesisSettings } from './synthesis-settings.ts';

/**
 * Speaks one piece of text with eSpeak-NG, on a thread of its own (see espeak-thread-pool.ts): a
 * sentence takes the WASM 50-500 ms of CPU, which on the server's thread held every request behind it.
 */
export async function synthesize(text: string, settings: SynthesisSettings): Promise<PcmAudio> {
  const pool = sharedEspeakThreadPool();
  return pool ? pool.run(text, settings) : synthesizeHere(text, settings);
}

/**
 * Speaks one piece of text with eSpeak-NG's command line, run inside WASM on the calling thread: the
 * text goes in as a file (so text starting with `-` is never read as an option) and the WAV comes back
 * from the virtual disk. A fresh instance per call, because the program's `main` is meant to run once.
 */
export async function synthesizeHere(text: string, settings: SynthesisSettings): Promise<PcmAudio> {
  const { factory, module } = await loadEspeak();
  const errors: string[] = [];
  const instance = await factory({
    arguments: ['-w', 'speech.wav', '-v', settings.voice, '-s', String(Math.round(settings.wordsPerMinute)), '-f', 'input.txt'],
    preRun: [(self: EspeakModule) => {
      makeEachFolderOnce(self.FS);
      self.FS.writeFile('input.txt', text);
    }],
    print: () => {},
    printErr: (line: string) => errors.push(line),
    instantiateWasm(imports: WebAssembly.Imports, done: (instance: WebAssembly.Instance, module: WebAssembly.Module) => void) {
      void WebAssembly.instantiate(module, imports).then((instance) => done(instance, module));
      return {};
    },
  });
  let bytes: Uint8Array;
  try {
    bytes = instance.FS.readFile('speech.wav');
  } catch (error) {
    throw new ProviderFailedError(`eSpeak-NG wrote no audio${errors.length > 0 ? `: ${errors.join(' ')}` : ''}.`, { cause: error, isRetryable: false });
  }
  return readWav(bytes);
}

/**
 * eSpeak's start-up puts its data files on the virtual disk, making each one's folder part by part
 * from the root; every part that exists already throws an error whose stack trace is captured and
 * demangled, which was over half of a sentence's CPU (0.33 s of it on a quiet core). Here the parts
 * made so far are remembered and only the new ones are made: the same folders and files result.
 */
function makeEachFolderOnce(fs: EspeakModule['FS']): void {
  const createPath = fs.createPath;
  if (typeof createPath !== 'function') return;
  const made = new Set<string>(['']);
  fs.createPath = (parent, path, ...rest) => {
    if (parent !== '/') return createPath.call(fs, parent, path, ...rest);
    const parts = path.split('/').filter(Boolean);
    let known = parts.length;
    while (!made.has(parts.slice(0, known).join('/'))) known -= 1;
    for (let end = known + 1; end <= parts.length; end += 1) made.add(parts.slice(0, end).join('/'));
    if (known === parts.length) return `/${parts.join('/')}`;
    return createPath.call(fs, `/${parts.slice(0, known).join('/')}`, parts.slice(known).join('/'), ...rest);
  };
}

/** Whether eSpeak knows a voice: it prints an error and writes nothing for one it does not. */
export function isPlausibleVoice(voice: string): boolean {
  return /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*(?:\+[a-z0-9_]{1,20})?$/i.test(voice);
}
