/**
 * The README's screenshots, taken from a real Kiln on the embedded defaults: a story, a music video,
 * a vocabulary stream with its recording and a short are made through the API (the page tests' own
 * fixture), then the Library is shot at desktop and phone widths. Run: npm run screenshots
 * (writes docs/screenshots/*.png; takes a few minutes, as it makes every kind of output).
 */
import { mkdir } from 'node:fs/promises';
import { launchChromium } from '../web/e2e/launch-chromium.ts';
import { makePagesWithContent } from '../web/e2e/pages-with-content.ts';
import { startKilnForTest } from '../web/e2e/start-kiln-for-test.ts';

const folder = new URL('../docs/screenshots/', import.meta.url);
const shots = [
  { path: '/library', name: 'library-desktop.png', viewport: { width: 1280, height: 800 } },
  { path: '/library', name: 'library-phone.png', viewport: { width: 390, height: 844 } },
];

const kiln = await startKilnForTest();
const browser = await launchChromium();
try {
  const pages = await makePagesWithContent(kiln.url);
  await mkdir(folder, { recursive: true });
  for (const shot of shots) {
    const page = await browser.newPage({ viewport: shot.viewport });
    await page.goto(`${kiln.url}${shot.path}`);
    const ready = pages.find((candidate) => candidate.path === shot.path);
    if (ready) await ready.ready(page).first().waitFor({ timeout: 60_000 });
    // Thumbnails load after the list: wait until every picture on screen has been decoded.
    await page.waitForFunction(() => [...document.images].every((image) => image.complete && image.naturalWidth > 0));
    await page.screenshot({ path: new URL(shot.name, folder).pathname });
    await page.close();
    console.log(`wrote docs/screenshots/${shot.name}`);
  }
} finally {
  await browser.close();
  await kiln.close();
}
