import { createParser, type EventSourceMessage } from 'eventsource-parser';
import { readStreamText } from './read-stream-text.ts';

/**
 * The server-sent events of a streamed answer (OpenAI-compatible chat) as they arrive, parsed by
 * `eventsource-parser`, with readStreamText's handling of a dropped connection and of an early exit.
 */
export async function* readStreamEvents(response: Response, provider: string, signal?: AbortSignal): AsyncGenerator<EventSourceMessage> {
  const ready: EventSourceMessage[] = [];
  const parser = createParser({ onEvent: (event) => ready.push(event) });
  for await (const chunk of readStreamText(response, provider, signal)) {
    parser.feed(chunk);
    yield* ready.splice(0);
  }
}
