/** How the built-in narrator speaks: its own file, so the thread pool and the synthesizer share it without importing each other. */
export interface SynthesisSettings {
  /** An eSpeak voice, e.g. `en-gb`, `en-us+f3`. */
  voice: string;
  /** Words per minute. */
  wordsPerMinute: number;
}
