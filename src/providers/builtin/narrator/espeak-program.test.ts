import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startEspeakProgram } from './espeak-program.ts';
import { loadEspeak, type EspeakModule } from './load-espeak.ts';
import type { SynthesisSettings } from './synthesis-settings.ts';
import { readWav } from './wav-audio.ts';

/** The package used as its README shows: a new instance whose `main` runs once, on its own. */
async function speakWithNewInstance(text: string, settings: SynthesisSettings): Promise<Int16Array> {
  const { factory, module } = await loadEspeak();
  const instance = await factory({
    arguments: ['-w', 'speech.wav', '-v', settings.voice, '-s', String(Math.round(settings.wordsPerMinute)), '-f', 'input.txt'],
    preRun: [(self: EspeakModule) => self.FS.writeFile('input.txt', text)],
    print: () => {},
    printErr: () => {},
    quit: (_status: number, thrown: unknown) => {
      throw thrown;
    },
    instantiateWasm(imports: WebAssembly.Imports, done: (instance: WebAssembly.Instance, module: WebAssembly.Module) => void) {
      void WebAssembly.instantiate(module, imports).then((instance) => done(instance, module));
      return {};
    },
  });
  return readWav(instance.FS.readFile('speech.wav')).samples;
}

// Voices, speeds and lengths that differ from one sentence to the next, so that an option, a voice
// or a buffer left behind by one run shows in the next one's samples.
const sentences: [string, SynthesisSettings][] = [
  ['The moon rose over the quiet hill.', { voice: 'en-gb', wordsPerMinute: 145 }],
  ['"Goodnight," said Mia, and the dragon yawned a long, slow yawn by the fire.', { voice: 'en-us+f3', wordsPerMinute: 87 }],
  ['Der Mond ist aufgegangen.', { voice: 'de', wordsPerMinute: 290 }],
  ['Hi.', { voice: 'en-gb', wordsPerMinute: 145 }],
  ['The moon rose over the quiet hill.', { voice: 'en-gb', wordsPerMinute: 145 }],
  ['Il était une fois un petit renard.', { voice: 'fr', wordsPerMinute: 120 }],
];

describe('EspeakProgram: one eSpeak-NG instance for many sentences', () => {
  // eSpeak seeds its random numbers (the breath of voices like en-us+f3) with the time in seconds at
  // each run: the clock stands still here, so every run of a sentence has the same seed.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-01-01T20:00:00Z') });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('speaks each sentence in a row with the same samples as a new instance would', async () => {
    const program = await startEspeakProgram();
    for (const [text, settings] of sentences) {
      const expected = await speakWithNewInstance(text, settings);
      const spoken = program.speak(text, settings).samples;
      expect(spoken.length, `${settings.voice}: ${text}`).toBe(expected.length);
      expect(Buffer.from(spoken.buffer).equals(Buffer.from(expected.buffer)), `${settings.voice}: ${text}`).toBe(true);
    }
  });

  it('refuses a voice it does not have without failing the process, and speaks the next sentence as before', async () => {
    const program = await startEspeakProgram();
    const exitCode = process.exitCode;
    expect(() => program.speak('Hello.', { voice: 'xx-nowhere', wordsPerMinute: 145 })).toThrow(/wrote no audio/);
    expect(process.exitCode).toBe(exitCode);
    const [text, settings] = sentences[1];
    const spoken = program.speak(text, settings).samples;
    expect(Buffer.from(spoken.buffer).equals(Buffer.from((await speakWithNewInstance(text, settings)).buffer))).toBe(true);
  });
});
