/**
 * The co-host's short bilingual answer to one utterance, streamed: each token is handed on as it
 * comes (the page shows the reply growing), and each sentence as soon as it is complete (the voice
 * starts on the first while the rest are still being written). Backends without token streaming
 * answer whole, as one token (see `streamText`).
 */
import { streamText } from '../../../providers/stream-text.ts';
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

/** What the reply stream hands on: a token as it comes, a sentence once it is complete. */
export type ReplyEvent = { type: 'token'; text: string } | { type: 'sentence'; text: string };

/** At most this many sentences are voiced; the page still shows the whole reply. */
const maxSpokenSentences = 4;

/** The reply's sentences, a translation alone in parentheses kept with the sentence before it. */
function sentencesOf(reply: string): string[] {
  const merged: string[] = [];
  for (const sentence of splitReplySentences(reply)) {
    if (/^[(（]/.test(sentence) && merged.length > 0) merged[merged.length - 1] += ` ${sentence}`;
    else merged.push(sentence);
  }
  return merged;
}

/**
 * Yields the reply token by token, and each sentence once the next one has begun (only then is it
 * sure no translation in parentheses still belongs to it); throws what the model throws or ends
 * with (the session reports it).
 */
export async function* bilingualReply(request: BilingualReplyRequest): AsyncGenerator<ReplyEvent> {
  const known = request.items.slice(0, 5).map((item) => `${item.expression} (${item.english ?? 'no meaning known'})`).join(', ');
  const prompt = [
    `The streamer said (${request.language === 'ja' ? 'Japanese' : 'English'}): ${request.text}`,
    known ? `Expressions found in it: ${known}.` : '',
  ].filter(Boolean).join('\n');
  let reply = '';
  let sentencesSent = 0;
  for await (const part of streamText(request.model, { prompt, system, maxTokens: 160, temperature: 0.7, abortSignal: request.abortSignal })) {
    if (part.type === 'error') throw part.error;
    if (part.type !== 'text-delta') continue;
    reply += part.text;
    yield { type: 'token', text: part.text };
    const complete = sentencesOf(reply).slice(0, -1);
    for (; sentencesSent < Math.min(complete.length, maxSpokenSentences); sentencesSent += 1) yield { type: 'sentence', text: complete[sentencesSent] };
  }
  const all = sentencesOf(reply);
  for (; sentencesSent < Math.min(all.length, maxSpokenSentences); sentencesSent += 1) yield { type: 'sentence', text: all[sentencesSent] };
}
