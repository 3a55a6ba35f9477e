import { describe, expect, it } from 'vitest';
import { FrameScheduler } from './frame-scheduler.ts';
import { LiveSession, type CameraFrame } from './live-session.ts';

function frame(frameId: number): CameraFrame {
  return { frameId, captureTime: 0, imageType: 'image/jpeg', image: new Uint8Array([0xff, 0xd8, 0xff]), receivedAt: 0 };
}

/** A scheduler whose backend calls finish only when the test says so. */
function manualScheduler(options: { maxActiveSessions?: number; concurrency?: number } = {}) {
  const calls: Array<{ session: LiveSession; frame: CameraFrame; finish: () => void }> = [];
  const positions: Array<[LiveSession, number]> = [];
  const scheduler = new FrameScheduler({
    maxActiveSessions: options.maxActiveSessions ?? 10,
    concurrency: options.concurrency ?? 1,
    process: (session, taken) => new Promise<void>((resolve) => calls.push({ session, frame: taken, finish: resolve })),
    onPosition: (session, position) => positions.push([session, position]),
  });
  const finishNext = async () => {
    calls.shift()!.finish();
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { scheduler, calls, positions, finishNext };
}

const session = () => new LiveSession({ ownerId: 'local' });

describe('frame scheduler', () => {
  it('keeps only the newest waiting frame per session and counts the ones it replaced', () => {
    const { scheduler, calls } = manualScheduler();
    const streamer = session();
    scheduler.join(streamer);
    streamer.offer(frame(1));
    scheduler.pump();
    for (let id = 2; id <= 6; id++) expect(streamer.offer(frame(id))?.frameId).toBe(id === 2 ? undefined : id - 1);
    expect(calls.map((call) => call.frame.frameId)).toEqual([1]);
    expect(streamer.dropped).toBe(4);
    expect(streamer.take()?.frameId).toBe(6);
  });

  it('takes turns between sessions, so a fast camera cannot starve a slow one', async () => {
    const { scheduler, calls, finishNext } = manualScheduler({ concurrency: 1 });
    const fast = session();
    const slow = session();
    scheduler.join(fast);
    scheduler.join(slow);
    const served: string[] = [];
    let fastId = 0;
    fast.offer(frame(++fastId));
    scheduler.pump();
    slow.offer(frame(100));
    for (let round = 0; round < 6; round++) {
      // The fast camera always has a new frame waiting; the slow one only sometimes.
      fast.offer(frame(++fastId));
      if (round % 2 === 1) slow.offer(frame(100 + round));
      served.push(calls[0].session === fast ? 'fast' : 'slow');
      await finishNext();
      scheduler.pump();
    }
    expect(served).toEqual(['fast', 'slow', 'fast', 'slow', 'fast', 'slow']);
  });

  it('never runs more backend calls than its concurrency, nor two for one session', () => {
    const { scheduler, calls } = manualScheduler({ concurrency: 2 });
    const sessions = [session(), session(), session()];
    for (const each of sessions) {
      scheduler.join(each);
      each.offer(frame(1));
    }
    scheduler.pump();
    sessions[0].offer(frame(2));
    scheduler.pump();
    expect(calls.map((call) => sessions.indexOf(call.session))).toEqual([0, 1]);
  });

  it('puts sessions beyond the limit in line, tells each its place, and lets the next in as one leaves', async () => {
    const { scheduler, positions, calls } = manualScheduler({ maxActiveSessions: 1 });
    const [first, second, third] = [session(), session(), session()];
    expect([scheduler.join(first), scheduler.join(second), scheduler.join(third)]).toEqual([0, 1, 2]);
    second.offer(frame(1));
    scheduler.pump();
    expect(calls).toHaveLength(0);

    positions.length = 0;
    scheduler.leave(first);
    expect(positions).toEqual([[second, 0], [third, 1]]);
    expect(calls.map((call) => call.session)).toEqual([second]);
    expect([scheduler.activeCount, scheduler.waitingCount]).toEqual([1, 1]);
  });

  it('moves the line up when someone in it gives up', () => {
    const { scheduler, positions } = manualScheduler({ maxActiveSessions: 1 });
    const [first, second, third, fourth] = [session(), session(), session(), session()];
    [first, second, third, fourth].forEach((each) => scheduler.join(each));
    positions.length = 0;
    scheduler.leave(second);
    expect(positions).toEqual([[third, 1], [fourth, 2]]);
  });
});
