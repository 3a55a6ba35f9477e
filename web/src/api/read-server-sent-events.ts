import { createParser } from 'eventsource-parser';

/**
 * Reads `text/event-stream` bodies with `eventsource-parser`, which follows the WHATWG "event stream
 * interpretation" rules. EventSource would do this for us but cannot send an Authorization header,
 * and servers in JWT mode need one, so the app reads the stream with fetch().
 */

export interface ServerSentEvent {
  /** The `event:` field, or `message` when the server sent none. */
  event: string;
  /** The `data:` lines joined with line feeds. */
  data: string;
  /** The last `id:` seen on the stream so far (it carries over to later events), or ''. */
  id: string;
}

/**
 * Yields each complete event of the stream; an event the stream cut off before its blank line is
 * dropped, as the spec says. Leaving the loop early (break, return, throw) cancels the body, which
 * closes the connection.
 */
export async function* readServerSentEvents(body: ReadableStream<Uint8Array>): AsyncGenerator<ServerSentEvent> {
  const reader = body.getReader();
  const decoder = new TextDecoder('utf-8', { ignoreBOM: false });
  const ready: ServerSentEvent[] = [];
  // The last id carries over to later events, as EventSource's lastEventId does.
  let lastEventId = '';
  const parser = createParser({
    onEvent(event) {
      if (event.id !== undefined) lastEventId = event.id;
      ready.push({ event: event.event || 'message', data: event.data, id: lastEventId });
    },
  });
  let finished = false;
  try {
    while (true) {
      const { value, done } = await reader.read();
      if (done) break;
      parser.feed(decoder.decode(value, { stream: true }));
      yield* ready.splice(0);
    }
    parser.feed(decoder.decode());
    yield* ready.splice(0);
    finished = true;
  } finally {
    if (!finished) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}
