// The live studio's limits from the configuration reach the running studio: a frame over the configured
// size is refused with 4413 although it is far under the default 2 MiB.
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cameraFrameMessage } from '../../live-style/testing/camera-frame.ts';
import { createTestRuntime, type TestRuntime } from '../../runtime/testing/create-test-runtime.ts';
import { buildApp } from '../build-app.ts';
import { openTestSocket } from './testing/open-test-socket.ts';

describe('live studio limits from the configuration', () => {
  let kiln: TestRuntime;
  let app: Awaited<ReturnType<typeof buildApp>>;
  let frame: Uint8Array<ArrayBuffer>;

  beforeAll(async () => {
    kiln = await createTestRuntime();
    frame = await cameraFrameMessage(1);
    app = await buildApp(kiln.runtime, { auth: kiln.auth, live: { maxFrameBytes: Math.floor(frame.length / 2) } });
    await app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await app?.close();
    await kiln?.close();
  });

  it('closes a streamer whose frame is over the configured size with 4413', async () => {
    const host = `127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    const response = await fetch(`http://${host}/api/live/sessions`, { method: 'POST' });
    expect(response.status).toBe(201);
    const { streamPath } = (await response.json()) as { streamPath: string };
    const streamer = await openTestSocket(`ws://${host}${streamPath}`);
    streamer.socket.send(frame);
    expect((await streamer.closed()).code).toBe(4413);
  });
});
