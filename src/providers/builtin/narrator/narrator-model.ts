import type { ModelIdentity, ProviderWarning, SpeechModel, SpeechOptions, SpeechResult, SpeechTiming } from '../../spec/index.ts';
import { isPlausibleVoice, synthesize } from './espeak-synthesizer.ts';
import { splitSentences } from './split-sentences.ts';
import { encodeWav } from '../../../media/audio/encode-wav.ts';

/** Words per minute at speed 1: a little slower than eSpeak's 175, for bedtime. */
const baseWordsPerMinute = 145;
/** Silence between sentences, in seconds. */
const sentencePause = 0.4;

function chooseVoice(options: SpeechOptions, warnings: ProviderWarning[]): string {
  const fallback = options.language && isPlausibleVoice(options.language) ? options.language.toLowerCase() : 'en-gb';
  if (options.voice === undefined) return fallback;
  if (isPlausibleVoice(options.voice)) return options.voice;
  warnings.push({ setting: 'voice', message: `"${options.voice}" is not an eSpeak voice (e.g. en-gb, en-us+f3); used ${fallback}.` });
  return fallback;
}

/**
 * `builtin:narrator`: eSpeak-NG in WASM. Speaks sentence by sentence and joins the pieces with a short
 * pause, so every sentence's start and end in the WAV are known exactly (for highlighting as it plays).
 */
export function createNarratorModel(identity: ModelIdentity): SpeechModel {
  return {
    ...identity,
    async speak(options: SpeechOptions): Promise<SpeechResult> {
      options.abortSignal?.throwIfAborted();
      const warnings: ProviderWarning[] = [];
      let voice = chooseVoice(options, warnings);
      const speed = Math.min(3, Math.max(0.3, options.speed ?? 1));
      if (options.speed !== undefined && speed !== options.speed) warnings.push({ setting: 'speed', message: `Speed ${options.speed} is outside 0.3–3; used ${speed}.` });
      const sentences = splitSentences(options.text);
      const pieces: Int16Array[] = [];
      const timings: SpeechTiming[] = [];
      let sampleRate = 22050;
      let cursor = 0;
      for (const sentence of sentences) {
        options.abortSignal?.throwIfAborted();
        let audio;
        try {
          audio = await synthesize(sentence, { voice, wordsPerMinute: baseWordsPerMinute * speed });
        } catch (error) {
          if (voice === 'en-gb') throw error;
          // An unknown voice writes nothing; say so once and carry on with the default.
          warnings.push({ setting: 'voice', message: `eSpeak-NG has no voice "${voice}"; used en-gb.` });
          voice = 'en-gb';
          audio = await synthesize(sentence, { voice, wordsPerMinute: baseWordsPerMinute * speed });
        }
        sampleRate = audio.sampleRate;
        const pause = new Int16Array(Math.round(sentencePause * sampleRate));
        const start = cursor / sampleRate;
        pieces.push(audio.samples, pause);
        cursor += audio.samples.length;
        timings.push({ kind: 'sentence', text: sentence, start, end: cursor / sampleRate });
        cursor += pause.length;
      }
      const samples = new Int16Array(cursor);
      let offset = 0;
      for (const piece of pieces) {
        samples.set(piece, offset);
        offset += piece.length;
      }
      return { audio: { data: encodeWav(samples, sampleRate), mediaType: 'audio/wav' }, timings, warnings };
    },
  };
}
