import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';

/** A chart as the browser laid it out. */
export interface ChartSeen {
  id: string;
  width: number;
  height: number;
  /** `data-series`: how many series the chart says it draws. */
  declared: number;
  /** How many `.series` elements it holds. */
  drawn: number;
}

/** What a page did in the browser. */
export interface PageSeen {
  consoleErrors: string[];
  /** Every request but the page itself. */
  requests: string[];
  charts: ChartSeen[];
  verdict: string;
  /** The page's text. */
  text: string;
  /** Document width beyond the viewport at a phone's width (390 px): 0 when nothing overflows. */
  phoneOverflow: number;
  /** The hover read-out after moving the pointer over the first chart ('' without one). */
  hover: string;
}

/**
 * Opens an HTML file in the browser at a laptop's width, records console errors,
 * failed scripts and every request, measures the charts, reads the verdict, hovers the
 * first chart, saves a full-page screenshot, then checks the layout at a phone's width.
 */
export async function inspectPage(browser: Browser, file: string, screenshot: string): Promise<PageSeen> {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  const url = pathToFileURL(file).href;
  const consoleErrors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  page.on('request', (r) => {
    if (r.url() !== url) requests.push(r.url());
  });
  await page.goto(url, { waitUntil: 'load' });
  const charts = await page.$$eval('svg.chart', (els) =>
    els.map((e) => {
      const box = e.getBoundingClientRect();
      return { id: e.id, width: box.width, height: box.height, declared: Number(e.getAttribute('data-series')), drawn: e.querySelectorAll('.series').length };
    }),
  );
  const verdictBox = page.locator('#verdict');
  const verdict = (await verdictBox.count()) > 0 ? (await verdictBox.innerText()).trim() : '';
  const text = await page.locator('body').innerText();
  let hover = '';
  const first = page.locator('svg.chart[data-x]').first();
  if ((await first.count()) > 0) {
    await first.scrollIntoViewIfNeeded();
    const box = await first.boundingBox();
    if (box !== null) {
      await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.5);
      hover = (await page.locator('#hover').innerText({ timeout: 5000 })).trim();
      await page.mouse.move(0, 0);
    }
  }
  await page.screenshot({ path: screenshot, fullPage: true });
  await page.setViewportSize({ width: 390, height: 800 });
  const phoneOverflow = (await page.evaluate('document.documentElement.scrollWidth - window.innerWidth')) as number;
  await context.close();
  return { consoleErrors, requests, charts, verdict, text, phoneOverflow, hover };
}
