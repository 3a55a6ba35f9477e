import type { SpeechModel } from '../../../providers/spec/index.ts';
import { removeBracketed } from '../remove-delimited.ts';
import type { UtteranceClock } from './utterance-clock.ts';

const japaneseLetter = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;

/**
 * Voices the reply sentence by sentence, so the first is heard before the rest are made. The
 * English in parentheses is left to the screen: Japanese voices (Style-Bert-VITS2's JP models,
 * eSpeak's ja) read it badly; a sentence wholly in English is spoken as English.
 */
export async function speakReply(
  sentences: string[], model: SpeechModel, voice: string | undefined, clock: UtteranceClock, abortSignal: AbortSignal,
  deliver: (clip: { mediaType: string; audio: string }) => void,
): Promise<void> {
  for (const sentence of sentences) {
    // One pass: the reply may echo a streamer's run of `（` (see removeDelimited).
    const japanese = removeBracketed(sentence, '(（', ')）').trim();
    const language = japaneseLetter.test(japanese) ? 'ja' : 'en';
    const text = language === 'ja' ? japanese : sentence;
    if (text === '') continue;
    const result = await clock.model(() => model.speak({ text, language, voice, abortSignal }));
    deliver({ mediaType: result.audio.mediaType, audio: Buffer.from(result.audio.data).toString('base64') });
  }
}
