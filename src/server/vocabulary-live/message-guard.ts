import { vocabularyLiveCloseCodes } from './vocabulary-live-close-codes.ts';

export interface MessageLimits {
  /** Largest text (JSON) message in bytes; 4 KiB by default, roomy for a 500-character utterance. */
  maxTextBytes?: number;
  /** Largest binary message (one audio clip) in bytes; 1 MiB by default. */
  maxAudioBytes?: number;
  /** Messages allowed within one second; 20 by default, far above what a speaker produces. */
  maxMessagesPerSecond?: number;
}

export interface MessageVerdict {
  code: number;
  reason: string;
}

/**
 * Size and flood checks for one socket. The flood count is a one-second sliding window kept as the
 * arrival times of the last `maxMessagesPerSecond` messages, so it costs a fixed amount per message.
 */
export function createMessageGuard(limits: MessageLimits = {}, now: () => number = () => performance.now()): (message: Uint8Array | string) => MessageVerdict | undefined {
  const maxTextBytes = limits.maxTextBytes ?? 4096;
  const maxAudioBytes = limits.maxAudioBytes ?? 1024 * 1024;
  const perSecond = limits.maxMessagesPerSecond ?? 20;
  const arrivals = new Float64Array(perSecond);
  let next = 0;
  return (message) => {
    const at = now();
    // The slot being overwritten holds the arrival `perSecond` messages ago.
    if (at - arrivals[next] < 1000 && arrivals[next] !== 0) {
      return { code: vocabularyLiveCloseCodes.tooManyMessages, reason: `More than ${perSecond} messages in a second; send one message per utterance.` };
    }
    arrivals[next] = at;
    next = (next + 1) % perSecond;
    if (typeof message === 'string') {
      const bytes = Buffer.byteLength(message, 'utf8');
      if (bytes > maxTextBytes) return { code: vocabularyLiveCloseCodes.messageTooLarge, reason: `A text message of ${bytes} bytes is over the ${maxTextBytes}-byte limit.` };
    } else if (message.byteLength > maxAudioBytes) {
      return { code: vocabularyLiveCloseCodes.messageTooLarge, reason: `An audio clip of ${message.byteLength} bytes is over the ${maxAudioBytes}-byte limit; send shorter clips.` };
    }
    return undefined;
  };
}
