/**
 * How long the text entry points take on the inputs that once held the server: long runs of a
 * markup character with no closing one. Prints one line per input; every line should be a few
 * milliseconds (before the one-pass scans: 2.3 s, 8.5 s, 7.0 s and 9.5 s for the first four of size).
 * Run with `node bench/vocab/run-hostile-text-bench.ts`.
 */
import { readWordList } from '../../src/pipelines/vocabulary/read-word-list.ts';
import { parseTranscript } from '../../src/pipelines/vocabulary/transcripts/parse-transcript.ts';
import { findPromptInjection } from '../../src/safety/find-prompt-injection.ts';

const assFormat = 'Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text';
const inputs: Array<[string, () => unknown]> = [
  ['known-word list, 60 KB of <', () => readWordList('<'.repeat(60_000))],
  ['WebVTT, 100 KB of < in one cue', () => parseTranscript(`WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n${'<'.repeat(100_000)}`)],
  ['ASS, 100 KB of { in one line', () => parseTranscript(`[Events]\n${assFormat}\nDialogue: 0,0:00:01.00,0:00:02.00,Default,,0,0,0,,${'{'.repeat(100_000)}`)],
  ['prompt-injection check, 80 000 newlines', () => findPromptInjection('\n'.repeat(80_000))],
  ['known-word list, 1 MiB of <', () => readWordList('<'.repeat(1 << 20))],
  ['WebVTT, 1 MiB of {\\ in one cue', () => parseTranscript(`WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n${'{\\'.repeat(1 << 19)}`)],
];

for (const [label, work] of inputs) {
  const started = performance.now();
  try {
    work();
  } catch {
    // A refusal (BadInputError) is an answer too; only the time matters here.
  }
  console.log(`${label.padEnd(44)} ${(performance.now() - started).toFixed(1).padStart(8)} ms`);
}
