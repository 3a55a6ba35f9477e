/**
 * The co-host's short bilingual answer to one utterance. The text spec has no token streaming
 * (TextModel.generate answers whole), so the reply is asked for as short sentences and handed on
 * one sentence at a time: the page and the speech stage start on the first sentence while the
 * rest are still being sent. Adding streaming to every text backend was left for later.
 */
import type { TextModel } from '../../../providers/spec/index.ts';
import type { LiveItem } from './live-vocabulary-messages.ts';

export interface BilingualReplyRequest {
  model: TextModel;
  /** What the streamer said. */
  text: string;
  language: 'ja' | 'en';
  /** The items already found offline, so the reply can teach one of them. */
  items: LiveItem[];
  abortSignal?: AbortSignal;
}

const system = [
  'You are the friendly co-host of a live stream that teaches Japanese to English speakers.',
  'Answer what the streamer said in at most two short sentences of casual Japanese,',
  'each followed by its English translation in parentheses. Explain one expression if it helps.',
  'No lists, no markdown, no romaji.',
].join(' ');

/** Splits after Japanese and Latin sentence ends, keeping a translation in parentheses with its sentence. */
export function splitReplySentences(reply: string): string[] {
  return reply
    .replace(/\s+/g, ' ')
    .split(/(?<=[。！？!?.)）])\s*(?=[^\s(（)）])/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
}

/** Yields the reply sentence by sentence; throws what the model throws (the session reports it). */
export async function* bilingualReply(request: BilingualReplyRequest): AsyncGenerator<string> {
  const known = request.items.slice(0, 5).map((item) => `${item.expression} (${item.english ?? 'no meaning known'})`).join(', ');
  const prompt = [
    `The streamer said (${request.language === 'ja' ? 'Japanese' : 'English'}): ${request.text}`,
    known ? `Expressions found in it: ${known}.` : '',
  ].filter(Boolean).join('\n');
  const result = await request.model.generate({ prompt, system, maxTokens: 160, temperature: 0.7, abortSignal: request.abortSignal });
  const sentences = splitReplySentences(result.text);
  // A translation alone in parentheses belongs to the sentence before it.
  const merged: string[] = [];
  for (const sentence of sentences) {
    if (/^[(（]/.test(sentence) && merged.length > 0) merged[merged.length - 1] += ` ${sentence}`;
    else merged.push(sentence);
  }
  for (const sentence of merged.slice(0, 4)) yield sentence;
}
