import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTelegramFixtures, type TelegramFixture } from '../telegram-fixtures';
import { ARTIFACTS_DIR } from './chromium';
import { countOf, type ExtensionDriver, type ExtensionPage } from './driver';
import { BROWSERS } from './launch';
import { startTelegramServer, TELEGRAM_HOSTS, type TestServer } from './server';

/**
 * The captures list in real Chromium and real Firefox, from the same code:
 * search across scripts, filters from the URL (as the catalogue links them),
 * and the exports of exactly what is shown.
 */
let server: TestServer & { port: number };

function pageUrl(fixture: TelegramFixture): string {
  if (fixture.client === 'tme') return fixture.url;
  const url = new URL(fixture.url);
  url.searchParams.set('fixture', fixture.page);
  return url.href;
}

beforeAll(async () => {
  server = await startTelegramServer();
});

afterAll(async () => {
  await server?.close();
});

describe.each(BROWSERS)('searching the captures in real %s', (name, launch) => {
  let driver: ExtensionDriver;
  const captured: string[] = [];

  beforeAll(async () => {
    driver = await launch({ timeZone: 'Europe/Belgrade', hosts: { names: TELEGRAM_HOSTS, port: server.port } });
    // One message case of every fixture page: several groups, senders and scripts.
    for (const fixture of ['web-k', 'web-a', 'tme'].flatMap((c) => readTelegramFixtures(c as 'web-k'))) {
      const target = fixture.cases.find((c) => c.expected?.kind === 'message' && !c.relativeDate);
      if (!target) continue;
      await driver.open(pageUrl(fixture));
      // On screen if it is not, as Playwright's scrollIntoViewIfNeeded would have it.
      await driver.evaluate((selector) => {
        document.querySelector(selector)!.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      }, target.target);
      const { id, error } = await driver.capture(await driver.rightClick(target.target));
      expect(error).toBeUndefined();
      captured.push(id!);
    }
  }, 180_000);

  afterAll(async () => {
    await driver?.close();
  });

  /** test-results/<file>, with the browser's name in it for Firefox (Chromium's keep their old names). */
  const resultFile = (file: string) => join(ARTIFACTS_DIR, name === 'chromium' ? file : `${name}-${file}`);

  async function dashboard(hash = ''): Promise<ExtensionPage> {
    const page = await driver.openPage(`dashboard.html${hash}`);
    await expect.poll(() => countOf(page, '[data-testid="capture-row"]')).toBeGreaterThan(0);
    return page;
  }

  it('finds Cyrillic with Latin and Latin with Cyrillic, as the background does', async () => {
    const page = await dashboard();
    const rows = () => countOf(page, '[data-testid="capture-row"]');
    await page.fill('[data-testid="search"]', 'смоква');
    const cyrillic = await driver.callApi('search', 'смоква', {});
    expect(cyrillic.length).toBeGreaterThan(0);
    await expect.poll(rows).toBe(cyrillic.length);
    await page.fill('[data-testid="search"]', 'SMOKVA');
    await expect.poll(rows).toBe(cyrillic.length);
    expect(await driver.callApi('search', 'smokva', {})).toEqual(cyrillic);
    const shown = await page.evaluate(() =>
      [...document.querySelectorAll('[data-testid="capture-row"]')].map((el) => el.getAttribute('data-capture-id')),
    );
    expect(shown).toEqual(cyrillic);
    // The address changed with the search, to a handle: what she searched for is not in the browser's history.
    expect(await page.location()).toMatch(/#\/\?~[0-9a-f]{16}$/);
    expect(decodeURIComponent(await page.location())).not.toMatch(/smokva/i);
    await page.fill('[data-testid="search"]', 'no such words anywhere');
    await expect.poll(rows).toBe(0);
    await page.screenshot(resultFile('search-nothing.png'));
    await page.close();
  });

  it('filters by account from the URL, as the catalogue links it, and exports exactly what is shown', async () => {
    const { accounts } = await driver.callApi('catalogue');
    const account = accounts.find((a) => a.captureIds.length > 0)!;
    const page = await dashboard(`#/?account=${encodeURIComponent(account.key)}`);
    await expect.poll(() => countOf(page, '[data-testid="capture-row"]')).toBe(account.captureIds.length);
    expect(await page.value('[data-testid="filter-account"]')).toBe(account.key);
    await page.screenshot(resultFile('search-account.png'), { fullPage: true });

    const csv = await driver.callApi('exportCsv', 'captures', { filters: { accountKey: account.key } });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.trimEnd().split('\r\n').length).toBe(account.captureIds.length + 1);

    await page.click('[data-testid="csv"]');
    await expect
      .poll(() =>
        driver.inExtension(async () => {
          // The same API in both browsers; the promise-based namespace is `browser` in Firefox, `chrome` in Chromium.
          const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
          const items = await api.downloads.search({ orderBy: ['-startTime'] });
          return items.find((item) => item.byExtensionId === api.runtime.id && item.mime.startsWith('text/csv'))?.state;
        }),
      )
      .toBe('complete');
    await page.close();
  });
});
