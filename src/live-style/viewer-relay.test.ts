import { describe, expect, it } from 'vitest';
import { RecordingSink } from './testing/recording-sink.ts';
import { ViewerRelay } from './viewer-relay.ts';

describe('viewer relay', () => {
  it('sends the same bytes to every viewer, skipping one that has fallen behind', () => {
    const relay = new ViewerRelay({ maxBufferedBytes: 1000 });
    const [quick, slow] = [new RecordingSink(), new RecordingSink()];
    relay.add(quick);
    relay.add(slow);
    const frame = new Uint8Array([1, 2, 3]);
    relay.relayFrame(frame);
    slow.bufferedAmount = 5000;
    relay.relayFrame(new Uint8Array([4]));
    expect(quick.sent).toHaveLength(2);
    expect(quick.sent[0]).toBe(frame);
    expect(slow.sent).toEqual([frame]);
    expect(relay.skipped).toBe(1);
  });

  it('closes every viewer when the stream ends', () => {
    const relay = new ViewerRelay();
    const viewers = [new RecordingSink(), new RecordingSink()];
    viewers.forEach((viewer) => relay.add(viewer));
    relay.closeAll(4410, 'ended');
    expect(viewers.map((viewer) => viewer.closed)).toEqual([{ code: 4410, reason: 'ended' }, { code: 4410, reason: 'ended' }]);
    expect(relay.count).toBe(0);
  });
});
