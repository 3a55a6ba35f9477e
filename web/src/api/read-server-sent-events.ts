/**
 * A parser for `text/event-stream` bodies, following the WHATWG "event stream interpretation"
 * rules. EventSource would do this for us but cannot send an Authorization header, and servers in
 * JWT mode need one, so the app reads the stream with fetch() and parses it here.
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
 * Yields each complete event of the stream. Leaving the loop early (break, return, throw) cancels
 * the body, which closes the connection.
 */
export async function* readServerSentEvents(body: ReadableStream<Uint8Array>): AsyncGenerator<ServerSentEvent> {
  const reader = body.getReader();
  const decoder = new TextDecoder('utf-8', { ignoreBOM: false });
  const parser = new EventStreamParser();
  let finished = false;
  try {
    while (true) {
      const { value, done } = await reader.read();
      if (done) break;
      yield* parser.push(decoder.decode(value, { stream: true }));
    }
    yield* parser.push(decoder.decode());
    // The spec discards an event that has no blank line after it: the stream broke mid-event.
    finished = true;
  } finally {
    if (!finished) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}

/** The line-by-line state machine, kept separate so that chunk boundaries never matter. */
class EventStreamParser {
  private pending = '';
  /** A chunk ended in CR: if the next one starts with LF, that LF belongs to the same line break. */
  private skipLeadingLineFeed = false;
  private eventType = '';
  private data = '';
  private dataSeen = false;
  private lastEventId = '';

  *push(text: string): Generator<ServerSentEvent> {
    if (this.skipLeadingLineFeed && text.startsWith('\n')) text = text.slice(1);
    if (text.length > 0) this.skipLeadingLineFeed = false;
    this.pending += text;
    let start = 0;
    for (let index = 0; index < this.pending.length; index++) {
      const character = this.pending[index];
      if (character !== '\n' && character !== '\r') continue;
      const line = this.pending.slice(start, index);
      if (character === '\r') {
        if (index + 1 < this.pending.length) {
          if (this.pending[index + 1] === '\n') index++;
        } else {
          this.skipLeadingLineFeed = true;
        }
      }
      start = index + 1;
      const event = this.processLine(line);
      if (event) yield event;
    }
    this.pending = this.pending.slice(start);
  }

  private processLine(line: string): ServerSentEvent | undefined {
    if (line === '') return this.dispatch();
    if (line.startsWith(':')) return undefined; // a comment, often a keep-alive
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') this.eventType = value;
    else if (field === 'data') {
      this.data += value + '\n';
      this.dataSeen = true;
    } else if (field === 'id' && !value.includes('\0')) this.lastEventId = value;
    // `retry` and unknown fields are ignored: reconnecting is the caller's decision.
    return undefined;
  }

  private dispatch(): ServerSentEvent | undefined {
    const event = this.dataSeen
      ? { event: this.eventType || 'message', data: this.data.slice(0, -1), id: this.lastEventId }
      : undefined;
    this.eventType = '';
    this.data = '';
    this.dataSeen = false;
    return event;
  }
}
