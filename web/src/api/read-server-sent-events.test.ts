import { describe, expect, it } from 'vitest';
import { readServerSentEvents, type ServerSentEvent } from './read-server-sent-events.ts';

/** A body that delivers the given pieces as separate chunks, the way a slow network would. */
function streamOf(...chunks: (string | Uint8Array)[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(typeof chunk === 'string' ? encoder.encode(chunk) : chunk);
      controller.close();
    },
  });
}

async function collect(body: ReadableStream<Uint8Array>): Promise<ServerSentEvent[]> {
  const events: ServerSentEvent[] = [];
  for await (const event of readServerSentEvents(body)) events.push(event);
  return events;
}

describe('readServerSentEvents', () => {
  it('reads named events with JSON data, as the job stream sends them', async () => {
    const events = await collect(
      streamOf('event: snapshot\ndata: {"id":"j1"}\n\n', 'event: step-start\ndata: {"step":"a"}\n\n'),
    );
    expect(events).toEqual([
      { event: 'snapshot', data: '{"id":"j1"}', id: '' },
      { event: 'step-start', data: '{"step":"a"}', id: '' },
    ]);
  });

  it('joins events that arrive split at any point, even inside a multi-byte character', async () => {
    const whole = new TextEncoder().encode('event: step-progress\ndata: {"message":"café ☕"}\n\n');
    // Cut every byte apart so that every boundary is exercised.
    const bytes = Array.from(whole, (byte) => Uint8Array.of(byte));
    expect(await collect(streamOf(...bytes))).toEqual([
      { event: 'step-progress', data: '{"message":"café ☕"}', id: '' },
    ]);
  });

  it('accepts CRLF and lone CR line breaks, including a CRLF split across chunks', async () => {
    const events = await collect(streamOf('data: one\r', '\n\r', '\ndata: two\r\rdata: three\n\n'));
    expect(events.map((event) => event.data)).toEqual(['one', 'two', 'three']);
  });

  it('joins several data lines with line feeds and defaults the event name to message', async () => {
    const [event] = await collect(streamOf('data: first\ndata:second\ndata\n\n'));
    expect(event).toEqual({ event: 'message', data: 'first\nsecond\n', id: '' });
  });

  it('skips comments and events without data, and keeps the last id for later events', async () => {
    const events = await collect(
      streamOf(': keep-alive\n\n', 'event: ignored\n\n', 'id: 7\ndata: a\n\n', 'data: b\n\n', 'retry: 10\nid: 8\ndata: c\n\n'),
    );
    expect(events).toEqual([
      { event: 'message', data: 'a', id: '7' },
      { event: 'message', data: 'b', id: '7' },
      { event: 'message', data: 'c', id: '8' },
    ]);
  });

  it('drops an event the stream cut off before its blank line', async () => {
    const events = await collect(streamOf('data: complete\n\n', 'event: job-end\ndata: {"half":'));
    expect(events.map((event) => event.data)).toEqual(['complete']);
  });

  it('ignores a byte order mark at the start of the stream', async () => {
    const [event] = await collect(streamOf(Uint8Array.of(0xef, 0xbb, 0xbf), 'data: x\n\n'));
    expect(event.data).toBe('x');
  });

  it('cancels the body when the reader stops early', async () => {
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(new TextEncoder().encode('data: tick\n\n'));
      },
      cancel() {
        cancelled = true;
      },
    });
    for await (const event of readServerSentEvents(body)) {
      expect(event.data).toBe('tick');
      break;
    }
    expect(cancelled).toBe(true);
  });
});
