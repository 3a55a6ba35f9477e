import type { LiveVocabularySessionOptions } from '../../pipelines/vocabulary/live/live-vocabulary-session.ts';
import { createFallbackModel } from '../../providers/fallback-model.ts';
import type { KilnRuntime } from '../../runtime/contracts.ts';

export type LiveModels = Pick<LiveVocabularySessionOptions, 'reply' | 'speech' | 'transcription'>;

/**
 * The models one live session uses, from the configured fallback lists. Replies come only from
 * text backends other than builtin: the built-in storyteller plans stories and cannot chat, so
 * with no AI text backend the session runs on offline items alone. Made per session so that who
 * served the speech is that session's own record.
 */
export function resolveLiveModels(runtime: KilnRuntime, voice?: string): LiveModels {
  const textCandidates = runtime.providers.candidates('text').filter((candidate) => !candidate.startsWith('builtin:'));
  const speechCandidates = runtime.providers.candidates('speech');
  const transcriptionCandidates = runtime.providers.candidates('transcription').filter((candidate) => candidate !== 'builtin:transcriber');
  let servedBy = speechCandidates[0] ?? '';
  let passedOver: readonly { candidate: string; reason: string }[] = [];
  return {
    reply: textCandidates.length > 0
      ? { model: createFallbackModel('text', textCandidates, (candidate) => runtime.providers.modelById('text', candidate)), name: textCandidates.join(', ') }
      : undefined,
    speech: speechCandidates.length > 0
      ? {
        model: runtime.providers.model('speech', { onServed: (candidate, skipped) => { servedBy = candidate; passedOver = skipped; } }),
        servedBy: () => servedBy,
        passedOver: () => passedOver,
        voice,
      }
      : undefined,
    transcription: transcriptionCandidates.length > 0 ? runtime.providers.model('transcription') : undefined,
  };
}
