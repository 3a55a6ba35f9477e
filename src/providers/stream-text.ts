import type { TextModel, TextStreamOptions, TextStreamPart } from './spec/index.ts';

/**
 * Streams from any text model: its own `stream` where it has one, otherwise `generate` whole and
 * yielded as one delta and a finish (builtin, llamacpp and gemini have no token streaming).
 */
export async function* streamText(model: TextModel, options: TextStreamOptions): AsyncGenerator<TextStreamPart> {
  if (model.stream) {
    yield* model.stream(options);
    return;
  }
  const result = await model.generate(options);
  if (result.text !== '') yield { type: 'text-delta', text: result.text };
  yield { type: 'finish', text: result.text, usage: result.usage, warnings: result.warnings };
}
