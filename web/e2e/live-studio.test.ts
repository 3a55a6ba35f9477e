/**
 * The live style studio in real Chromium with its fake camera: frames go out, styled frames come
 * back and are drawn, a viewer and an OBS overlay see them, and the styled canvas publishes over
 * WHIP to a stand-in media server (a second page answers the offer, so the media really flows).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './launch-chromium.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startKilnForTest, type KilnForTest } from './start-kiln-for-test.ts';

/** Mean absolute difference per channel between the styled canvas and the camera frame, and the canvas's own spread. */
function compareWithCamera(): { difference: number; spread: number } {
  const styled = document.querySelector<HTMLCanvasElement>('[data-testid="styled-canvas"]')!;
  const camera = document.querySelector<HTMLVideoElement>('[data-testid="camera-video"]')!;
  const scratch = document.createElement('canvas');
  scratch.width = styled.width;
  scratch.height = styled.height;
  const context = scratch.getContext('2d')!;
  context.drawImage(camera, 0, 0, scratch.width, scratch.height);
  const raw = context.getImageData(0, 0, scratch.width, scratch.height).data;
  const drawn = styled.getContext('2d')!.getImageData(0, 0, styled.width, styled.height).data;
  let difference = 0, sum = 0, squares = 0, count = 0;
  for (let index = 0; index < drawn.length; index += 4) {
    for (let channel = 0; channel < 3; channel++) {
      difference += Math.abs(drawn[index + channel] - raw[index + channel]);
      sum += drawn[index + channel];
      squares += drawn[index + channel] ** 2;
      count++;
    }
  }
  return { difference: difference / count, spread: Math.sqrt(squares / count - (sum / count) ** 2) };
}

/** Whether a canvas has been drawn on: anything but one flat colour. */
function canvasHasPicture(selector: string): boolean {
  const canvas = document.querySelector<HTMLCanvasElement>(selector)!;
  const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
  for (let index = 4; index < data.length; index += 4) if (data[index] !== data[0] || data[index + 1] !== data[1] || data[index + 2] !== data[2]) return true;
  return false;
}

const receivedCount = (page: Page) => page.getByTestId('figure-received').textContent().then(Number);

interface DrawLogEntry { kind: 'draw' | 'caption' | 'click'; brightness?: number; caption?: string }

/**
 * Runs in the page before its scripts: logs, in order, every picture drawn on the styled canvas
 * (with its mean brightness) and every change of the caption under it, so a test can replay what
 * the user saw at each moment.
 */
function recordStyledDraws(): void {
  const log: DrawLogEntry[] = [];
  (window as unknown as { styledDrawLog: DrawLogEntry[] }).styledDrawLog = log;
  const original = CanvasRenderingContext2D.prototype.drawImage;
  CanvasRenderingContext2D.prototype.drawImage = function (this: CanvasRenderingContext2D, ...args: unknown[]) {
    (original as (...parameters: unknown[]) => void).apply(this, args);
    if (this.canvas.dataset?.testid !== 'styled-canvas') return;
    const data = this.getImageData(0, 0, this.canvas.width, this.canvas.height).data;
    let sum = 0;
    for (let index = 0; index < data.length; index += 4) sum += (data[index] + data[index + 1] + data[index + 2]) / 3;
    log.push({ kind: 'draw', brightness: sum / (data.length / 4) });
  } as typeof original;
  let caption = '';
  new MutationObserver(() => {
    const now = [...document.querySelectorAll('figcaption')].find((element) => element.textContent?.startsWith('Styled'))?.textContent ?? '';
    if (now !== caption) log.push({ kind: 'caption', caption: (caption = now) });
  }).observe(document, { subtree: true, childList: true, characterData: true });
}

describe('live style studio', () => {
  let kiln: KilnForTest | undefined;
  let browser: Browser | undefined;
  let streamer: Page;

  beforeAll(async () => {
    kiln = await startKilnForTest();
    browser = await launchChromium([
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      // Two pages of one browser talk WebRTC over loopback; hidden (mDNS) addresses would not resolve here.
      '--disable-features=WebRtcHideLocalIpsWithMdns',
    ]);
    // Under the app's real CSP: the WHIP stand-in media server is on another origin, as a user's would be.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(recordStyledDraws);
    streamer = await context.newPage();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await kiln?.close();
  });

  it('sends camera frames and draws styled frames that differ from the camera', async () => {
    await streamer.goto(`${kiln!.url}/live`);
    // The presets are there before the camera is: the first frames come in the look picked now.
    await streamer.getByRole('button', { name: 'Pencil sketch' }).click();
    await streamer.getByRole('button', { name: 'Start camera' }).click();
    await expect.poll(() => streamer.getByTestId('live-status').textContent(), { timeout: 15_000 }).toBe('Live: your camera is being restyled.');
    await expect.poll(() => receivedCount(streamer), { timeout: 15_000 }).toBeGreaterThan(3);
    expect(Number(await streamer.getByTestId('figure-sent').textContent())).toBeGreaterThanOrEqual(await receivedCount(streamer));
    expect(await streamer.locator('figcaption', { hasText: 'Styled' }).textContent()).toBe('Styled: Pencil sketch');

    const drawLog = () => streamer.evaluate(() => (window as unknown as { styledDrawLog: DrawLogEntry[] }).styledDrawLog);
    // The click is marked in the log by the page itself (capture phase, before the app hears it):
    // frames drawn between a read from here and the click are still in the old look, rightly.
    await streamer.evaluate(() => {
      const log = (window as unknown as { styledDrawLog: DrawLogEntry[] }).styledDrawLog;
      window.addEventListener('click', () => log.push({ kind: 'click' }), { capture: true, once: true });
    });
    await streamer.getByRole('button', { name: 'Neon edges' }).click();
    // The caption changes with the first picture in the new look, a round trip later: on a busy machine that takes seconds.
    await expect.poll(() => streamer.locator('figcaption', { hasText: 'Styled' }).textContent(), { timeout: 10_000 }).toBe('Styled: Neon edges');
    const before = await receivedCount(streamer);
    await expect.poll(() => receivedCount(streamer), { timeout: 10_000 }).toBeGreaterThan(before + 2);
    // What the user saw from the click on: a pencil sketch is a bright grey page, neon edges glow on black.
    const log = await drawLog();
    const afterClick = log.slice(log.findIndex((entry) => entry.kind === 'click') + 1);
    const draws = afterClick.filter((entry) => entry.kind === 'draw').map((entry) => entry.brightness!);
    const isNeon = (brightness: number) => brightness < 90;
    // At most the one frame already on its way back when the style changed keeps the old look...
    expect(draws.slice(1).every(isNeon)).toBe(true);
    // ...and the caption never names the new look over a picture in the old one.
    let shown: number | undefined;
    for (const entry of afterClick) {
      if (entry.kind === 'draw') shown = entry.brightness;
      else if (entry.caption === 'Styled: Neon edges') expect(shown !== undefined && isNeon(shown)).toBe(true);
    }
    const comparison = await streamer.evaluate(compareWithCamera);
    expect(comparison.difference).toBeGreaterThan(25);
    expect(comparison.spread).toBeGreaterThan(3);
    expect(await streamer.getByTestId('figure-latency').textContent()).toMatch(/^\d+ ms \/ \d+ ms$/);
    await streamer.screenshot({ path: '/tmp/kiln-live-studio.png', fullPage: true, animations: 'disabled' });
  });

  it('says when the share links work only on this computer, and does not show "Not publishing." as a success', async () => {
    // This test server listens on 127.0.0.1 without server.publicHost.
    await expect.poll(() => streamer.getByTestId('share-reach').textContent()).toMatch(/work only on this computer.*HOST=0\.0\.0\.0.*server\.publicHost/s);
    expect(await streamer.getByTestId('publish-status').textContent()).toBe('Not publishing.');
    const colours = await streamer.evaluate(() => {
      const success = document.createElement('span');
      success.style.color = 'var(--done-text)';
      document.body.append(success);
      const answer = [getComputedStyle(document.querySelector('[data-testid="publish-status"]')!).color, getComputedStyle(success).color];
      success.remove();
      return answer;
    });
    expect(colours[0]).not.toBe(colours[1]);
  });

  it('lets a viewer with the link watch the styled frames', async () => {
    const viewerUrl = await streamer.getByTestId('viewer-url').inputValue();
    const viewer = await browser!.newPage({ viewport: { width: 1024, height: 800 } });
    await viewer.goto(viewerUrl);
    await expect.poll(() => viewer.getByTestId('viewer-status').textContent(), { timeout: 10_000 }).toBe('Live.');
    await expect.poll(() => viewer.evaluate(canvasHasPicture, '[data-testid="viewer-canvas"]'), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => streamer.getByTestId('figure-viewers').textContent()).toBe('1');
    // Only the stream: none of the host's menus or figures.
    expect(await viewer.locator('header, nav, footer, dl').count()).toBe(0);
    await viewer.getByRole('button', { name: 'Full screen' }).click();
    await expect.poll(() => viewer.evaluate(() => (document.fullscreenElement as HTMLElement | null)?.dataset.testid)).toBe('viewer-stage');
    await viewer.getByRole('button', { name: 'Leave full screen' }).click();
    await expect.poll(() => viewer.evaluate(() => document.fullscreenElement)).toBeNull();

    const stranger = await browser!.newPage();
    await stranger.goto(viewerUrl.replace(/key=[^&]+/, 'key=guessed'));
    await expect.poll(() => stranger.getByTestId('viewer-status').textContent()).toBe('The viewer link is incomplete or wrong; ask the streamer for it again.');
    await Promise.all([viewer.close(), stranger.close()]);
  });

  it('serves an overlay with nothing but the picture on a transparent page', async () => {
    const overlayUrl = await streamer.getByTestId('overlay-url').inputValue();
    const overlay = await browser!.newPage({ viewport: { width: 640, height: 480 } });
    await overlay.goto(overlayUrl);
    await expect.poll(() => overlay.evaluate(canvasHasPicture, '[data-testid="overlay-canvas"]'), { timeout: 10_000 }).toBe(true);
    expect(await overlay.evaluate(() => [getComputedStyle(document.documentElement).backgroundColor, getComputedStyle(document.body).backgroundColor])).toEqual(['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)']);
    expect(await overlay.locator('header, footer, nav').count()).toBe(0);
    await overlay.close();
  });

  it('publishes the styled canvas over WHIP, and the media server receives video', async () => {
    const mediaServer = await browser!.newPage();
    const whip = await startWhipStandIn(mediaServer);
    try {
      await streamer.getByLabel('WHIP endpoint').fill(`${whip.origin}/live/kiln/whip`);
      await streamer.getByLabel('Token (optional)').fill('publish-secret');
      await streamer.getByRole('button', { name: 'Publish', exact: true }).click();
      await expect.poll(() => streamer.getByTestId('publish-status').textContent(), { timeout: 15_000 }).toBe('Publishing.');
      expect(whip.authorization).toBe('Bearer publish-secret');
      expect(whip.offer).toContain('m=video');
      // Frames decoded on the receiving side: the picture really travelled.
      await expect.poll(() => mediaServer.evaluate(() => (window as unknown as { receivedVideoWidth: number }).receivedVideoWidth), { timeout: 15_000 }).toBeGreaterThan(0);
      await streamer.getByRole('button', { name: 'Stop publishing' }).click();
      await expect.poll(() => whip.deleted).toBe(true);
      expect(await streamer.evaluate(() => localStorage.getItem('kiln.live.whipEndpoint'))).toBe(`${whip.origin}/live/kiln/whip`);
    } finally {
      await whip.close();
      await mediaServer.close();
    }
  });
});

/**
 * A WHIP endpoint on 127.0.0.1 that answers offers the way a media server would: the SDP offer is
 * handed to a page playing the server's part, whose RTCPeerConnection writes the answer and then
 * receives the video.
 */
async function startWhipStandIn(answerer: Page) {
  const state = { authorization: '', offer: '', deleted: false };
  const cors = { 'access-control-allow-origin': '*', 'access-control-allow-headers': 'content-type, authorization', 'access-control-allow-methods': 'POST, DELETE, OPTIONS', 'access-control-expose-headers': 'location' };
  const server: Server = createServer(async (request, response) => {
    if (request.method === 'OPTIONS') return void response.writeHead(204, cors).end();
    if (request.method === 'DELETE') {
      state.deleted = true;
      return void response.writeHead(200, cors).end();
    }
    let offer = '';
    for await (const chunk of request) offer += chunk;
    state.authorization = String(request.headers.authorization ?? '');
    state.offer = offer;
    const answer = await answerer.evaluate(async (sdp) => {
      const connection = new RTCPeerConnection();
      (window as unknown as { receivedVideoWidth: number }).receivedVideoWidth = 0;
      connection.addEventListener('track', (event) => {
        const video = document.createElement('video');
        video.muted = true;
        video.srcObject = event.streams[0] ?? new MediaStream([event.track]);
        video.addEventListener('resize', () => ((window as unknown as { receivedVideoWidth: number }).receivedVideoWidth = video.videoWidth));
        document.body.append(video);
        void video.play();
      });
      await connection.setRemoteDescription({ type: 'offer', sdp });
      await connection.setLocalDescription(await connection.createAnswer());
      await new Promise<void>((resolve) => {
        if (connection.iceGatheringState === 'complete') resolve();
        connection.addEventListener('icegatheringstatechange', () => connection.iceGatheringState === 'complete' && resolve());
        setTimeout(resolve, 2000);
      });
      return connection.localDescription!.sdp;
    }, offer);
    response.writeHead(201, { ...cors, 'content-type': 'application/sdp', location: '/live/kiln/whip/session-1' }).end(answer);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    get authorization() { return state.authorization; },
    get offer() { return state.offer; },
    get deleted() { return state.deleted; },
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
