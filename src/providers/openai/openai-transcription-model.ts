import { providerFetchJson } from '../provider-fetch.ts';
import type { TranscriptionModel, TranscriptionOptions, TranscriptionResult } from '../spec/index.ts';
import type { OpenAIConnection } from './openai-connection.ts';

interface VerboseTranscription {
  text?: string;
  language?: string;
  segments?: { start: number; end: number; text: string }[];
}

const extensionOf: Record<string, string> = {
  'audio/wav': 'wav',
  'audio/x-wav': 'wav',
  'audio/mpeg': 'mp3',
  'audio/mp4': 'm4a',
  'audio/ogg': 'ogg',
  'audio/webm': 'webm',
  'audio/flac': 'flac',
};

/** POST /audio/transcriptions as multipart, asking for `verbose_json` to get timed segments. */
export function createOpenAITranscriptionModel(connection: OpenAIConnection, modelId: string): TranscriptionModel {
  return {
    provider: connection.provider,
    modelId,
    async transcribe(options: TranscriptionOptions): Promise<TranscriptionResult> {
      const form = new FormData();
      // Whisper servers pick the decoder from the file name, so it must carry the right extension.
      const extension = extensionOf[options.audio.mediaType] ?? 'wav';
      form.append('file', new Blob([options.audio.data as Uint8Array<ArrayBuffer>], { type: options.audio.mediaType }), `audio.${extension}`);
      form.append('model', modelId);
      form.append('response_format', 'verbose_json');
      form.append('timestamp_granularities[]', 'segment');
      // The API wants ISO 639-1 ("en"), BCP 47 adds regions ("en-GB").
      if (options.language) form.append('language', options.language.split('-')[0].toLowerCase());
      if (options.prompt) form.append('prompt', options.prompt);

      const body = await providerFetchJson<VerboseTranscription>({
        fetch: connection.fetch,
        baseURL: connection.baseURL,
        path: '/audio/transcriptions',
        provider: connection.provider,
        modelId,
        init: { method: 'POST', headers: connection.headers(), body: form, signal: options.abortSignal },
      });
      return {
        text: (body.text ?? '').trim(),
        segments: (body.segments ?? []).map((segment) => ({ start: segment.start, end: segment.end, text: segment.text.trim() })),
        language: body.language,
        warnings: [],
      };
    },
  };
}
