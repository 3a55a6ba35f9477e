import { ProviderFailedError } from '../../../engine/errors/index.ts';
import { loadEspeak, type EspeakFileSystem } from './load-espeak.ts';
import type { SynthesisSettings } from './synthesis-settings.ts';
import { readWav, type PcmAudio } from './wav-audio.ts';

/** The WASM exports the program is run through (Emscripten's own names). */
interface ProgramExports {
  memory: WebAssembly.Memory;
  __main_argc_argv(argumentCount: number, argumentPointers: number): number;
  fflush(file: number): number;
  stackSave(): number;
  stackRestore(pointer: number): void;
  stackAlloc(size: number): number;
}

/** What `exit()` inside the program throws (Emscripten's ExitStatus). */
function exitStatusOf(error: unknown): number | undefined {
  const thrown = error as { name?: unknown; status?: unknown } | null;
  return thrown?.name === 'ExitStatus' && typeof thrown.status === 'number' ? thrown.status : undefined;
}

/**
 * One instance of eSpeak-NG's command line that speaks many sentences. Its `main` is meant to run
 * once: it keeps options, the chosen voice and buffers in C globals and the heap. So before each
 * run the program's whole memory goes back to what it was just before its first `main`, and the
 * stack pointer with it; every other global of the WASM is a constant. What lives in JavaScript
 * (the virtual disk's files and open descriptors) is put back after each run. A sentence then
 * costs `main` alone (about 20 ms on a quiet core) instead of a new 32 MB instance and its start-up
 * (about 70 ms to instantiate and 20-60 ms to put the data files on the disk).
 */
export class EspeakProgram {
  private readonly disk: EspeakFileSystem;
  private readonly exports: ProgramExports;
  private readonly errors: string[];
  /** Memory up to its last nonzero byte before the first `main`; the rest was zeros. */
  private readonly startingMemory: Uint8Array;
  private readonly startingStack: number;
  private readonly startingDescriptors: Set<number>;

  constructor(disk: EspeakFileSystem, exports: ProgramExports, errors: string[]) {
    this.disk = disk;
    this.exports = exports;
    this.errors = errors;
    const memory = new Uint8Array(exports.memory.buffer);
    let end = memory.length;
    while (end > 0 && memory[end - 1] === 0) end -= 1;
    this.startingMemory = memory.slice(0, end);
    this.startingStack = exports.stackSave();
    this.startingDescriptors = new Set(disk.streams.flatMap((stream, descriptor) => (stream ? [descriptor] : [])));
  }

  /**
   * Speaks `text` as eSpeak's command line would: the text goes in as a file (so text starting with
   * `-` is never read as an option) and the WAV comes back from the virtual disk.
   */
  speak(text: string, settings: SynthesisSettings): PcmAudio {
    this.rewind();
    this.disk.writeFile('input.txt', text);
    try {
      this.runMain(['-w', 'speech.wav', '-v', settings.voice, '-s', String(Math.round(settings.wordsPerMinute)), '-f', 'input.txt']);
      let bytes: Uint8Array;
      try {
        bytes = this.disk.readFile('speech.wav');
      } catch (error) {
        throw new ProviderFailedError(`eSpeak-NG wrote no audio${this.errors.length > 0 ? `: ${this.errors.join(' ')}` : ''}.`, { cause: error, isRetryable: false });
      }
      return readWav(bytes);
    } finally {
      this.tidyDisk();
    }
  }

  private rewind(): void {
    const memory = new Uint8Array(this.exports.memory.buffer);
    memory.set(this.startingMemory);
    memory.fill(0, this.startingMemory.length);
    this.exports.stackRestore(this.startingStack);
    this.errors.length = 0;
  }

  /** Runs `main` with `argv` on the program's stack; `exit()` inside it ends the run like a return. */
  private runMain(commandLine: string[]): number {
    const argv = ['espeak-ng', ...commandLine];
    const pointers = this.exports.stackAlloc((argv.length + 1) * 4);
    const encoder = new TextEncoder();
    for (const [index, argument] of argv.entries()) {
      const bytes = encoder.encode(argument);
      const at = this.exports.stackAlloc(bytes.length + 1);
      const memory = new Uint8Array(this.exports.memory.buffer);
      memory.set(bytes, at);
      memory[at + bytes.length] = 0;
      new DataView(this.exports.memory.buffer).setUint32(pointers + index * 4, at, true);
    }
    new DataView(this.exports.memory.buffer).setUint32(pointers + argv.length * 4, 0, true);
    try {
      const status = this.exports.__main_argc_argv(argv.length, pointers);
      // What the C runtime does as `main` returns: files still open get their buffers written.
      this.exports.fflush(0);
      return status;
    } catch (error) {
      const status = exitStatusOf(error);
      if (status === undefined) throw error;
      return status;
    }
  }

  private tidyDisk(): void {
    for (const file of ['input.txt', 'speech.wav']) {
      try {
        this.disk.unlink(file);
      } catch {
        // Not written (an unknown voice writes no audio).
      }
    }
    for (const [descriptor, stream] of this.disk.streams.entries()) {
      if (stream && !this.startingDescriptors.has(descriptor)) this.disk.close(stream);
    }
  }
}

/**
 * Instantiates eSpeak-NG (compiled once per thread, see load-espeak.ts) and runs its start-up, which
 * puts the data files on the virtual disk, but not its `main`.
 */
export async function startEspeakProgram(): Promise<EspeakProgram> {
  const { factory, module } = await loadEspeak();
  const errors: string[] = [];
  let exports: ProgramExports | undefined;
  const started = await factory({
    noInitialRun: true,
    preRun: [(self: { FS: EspeakFileSystem }) => makeEachFolderOnce(self.FS)],
    print: () => {},
    printErr: (line: string) => errors.push(line),
    // Emscripten's own version sets process.exitCode to the program's status: a sentence in an
    // unknown voice (which the narrator falls back from) would fail the whole command.
    quit: (_status: number, thrown: unknown) => {
      throw thrown;
    },
    instantiateWasm(imports: WebAssembly.Imports, done: (instance: WebAssembly.Instance, module: WebAssembly.Module) => void) {
      void WebAssembly.instantiate(module, imports).then((instance) => {
        exports = instance.exports as unknown as ProgramExports;
        done(instance, module);
      });
      return {};
    },
  });
  return new EspeakProgram(started.FS, exports!, errors);
}

/**
 * eSpeak's start-up puts its data files on the virtual disk, making each one's folder part by part
 * from the root; every part that exists already throws an error whose stack trace is captured and
 * demangled (0.2 s of CPU per start-up). Here the parts made so far are remembered and only the new
 * ones are made: the same folders and files result.
 */
function makeEachFolderOnce(fs: EspeakFileSystem): void {
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
