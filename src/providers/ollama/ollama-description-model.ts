import { parseStructuredOutput } from '../structured-output.ts';
import type { DescribeOptions, DescribeResult, DescriptionModel } from '../spec/index.ts';
import { ollamaChat, type OllamaConnection } from './ollama-chat.ts';

const answerSchema = {
  type: 'object',
  properties: {
    caption: { type: 'string' },
    tags: { type: 'array', items: { type: 'string' } },
  },
  required: ['caption', 'tags'],
};

/** "en-GB" becomes "British English", so the prompt reads naturally to the model. */
function languageName(language: string | undefined): string {
  if (!language) return 'English';
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(language) ?? language;
  } catch {
    return language;
  }
}

/** Captions a picture with an Ollama vision model (llava, llama3.2-vision, gemma3, qwen2.5vl). */
export function createOllamaDescriptionModel(connection: OllamaConnection, modelId: string): DescriptionModel {
  return {
    provider: connection.provider,
    modelId,
    async describe(options: DescribeOptions): Promise<DescribeResult> {
      const prompt =
        `Describe this picture for someone who cannot see it. Answer in JSON: "caption" is one sentence in ` +
        `${languageName(options.language)}; "tags" lists the things seen, most prominent first, in the same language.`;
      const response = await ollamaChat(
        connection,
        {
          model: modelId,
          messages: [{ role: 'user', content: prompt, images: [Buffer.from(options.image.data).toString('base64')] }],
          format: answerSchema,
          // Captions should not change between runs of the same picture.
          options: { temperature: 0 },
        },
        options.abortSignal,
      );
      const answer = parseStructuredOutput(response.message.content, answerSchema, connection.provider) as { caption: string; tags: string[] };
      return { caption: answer.caption.trim(), tags: answer.tags.map((tag) => tag.trim()).filter(Boolean), warnings: [] };
    },
  };
}
