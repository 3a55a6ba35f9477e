/** Debian's Chromium, headless, with everything that would reach the network at start-up turned off. */
import { chromium, type Browser, type BrowserServer } from 'playwright-core';

/**
 * How long a closing Chromium may take to exit before it is killed. Chromium now and then never exits
 * after a close (a known failure of headless Chromium, rarer than one run in a hundred): two CI runs
 * timed out in a page test's afterAll, waiting on it. Normally it exits in well under a second.
 */
const exitGraceMs = 30_000;

/**
 * `extraArgs` adds flags a test needs, such as the fake camera. Launched as a server and connected
 * to, so that its process is in hand: the browser's `close()` asks Chromium to exit and kills it if it
 * has not within the grace period, saying so.
 */
export async function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  const server = await chromium.launchServer({
    executablePath: process.env.KILN_TEST_CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  });
  try {
    const browser = await chromium.connect(server.wsEndpoint());
    // The tests close the browser they were given; closing a connected browser would only disconnect.
    browser.close = () => closeServer(server);
    return browser;
  } catch (error) {
    await server.kill();
    throw error;
  }
}

async function closeServer(server: BrowserServer): Promise<void> {
  const chromiumProcess = server.process();
  if (chromiumProcess.exitCode !== null || chromiumProcess.signalCode !== null) return;
  const exited = new Promise<'exited'>((resolve) => chromiumProcess.once('exit', () => resolve('exited')));
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), exitGraceMs)));
  // Not awaited: a close that hangs is what the kill below is for, and a failed one still ends in either.
  void server.close().catch(() => undefined);
  const outcome = await Promise.race([exited, late]);
  clearTimeout(timer);
  if (outcome === 'late') {
    console.error(`launchChromium: Chromium (pid ${chromiumProcess.pid}) had not exited ${exitGraceMs / 1000} s after it was asked to close; killing it.`);
    await server.kill();
    await exited;
  }
}
