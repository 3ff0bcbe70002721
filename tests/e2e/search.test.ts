import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTelegramFixtures, type TelegramFixture } from '../telegram-fixtures';
import { ARTIFACTS_DIR, captureVia, launchChromium, rightClickOn, type ChromiumSession } from './chromium';
import { startTelegramServer, TELEGRAM_HOSTS, type TestServer } from './server';

/**
 * The captures list in real Chromium: search across scripts, filters from the
 * URL (as the catalogue links them), and the exports of exactly what is shown.
 */
let session: ChromiumSession;
let server: TestServer & { port: number };
const captured: string[] = [];

function pageUrl(fixture: TelegramFixture): string {
  if (fixture.client === 'tme') return fixture.url;
  const url = new URL(fixture.url);
  url.searchParams.set('fixture', fixture.page);
  return url.href;
}

beforeAll(async () => {
  server = await startTelegramServer();
  const rules = TELEGRAM_HOSTS.map((host) => `MAP ${host}:443 127.0.0.1:${server.port}`).join(',');
  session = await launchChromium([`--host-resolver-rules=${rules}`, '--ignore-certificate-errors'], {
    timezoneId: 'Europe/Belgrade',
  });
  // One message case of every fixture page: several groups, senders and scripts.
  for (const fixture of ['web-k', 'web-a', 'tme'].flatMap((c) => readTelegramFixtures(c as 'web-k'))) {
    const target = fixture.cases.find((c) => c.expected?.kind === 'message' && !c.relativeDate);
    if (!target) continue;
    const tab = await session.open(pageUrl(fixture));
    await tab.locator(target.target).scrollIntoViewIfNeeded();
    await rightClickOn(tab, target.target);
    const { id, error } = await captureVia(session.worker, tab);
    expect(error).toBeUndefined();
    captured.push(id!);
  }
}, 180_000);

afterAll(async () => {
  await session?.close();
  await server?.close();
});

async function dashboard(hash = '') {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/dashboard.html${hash}`);
  await expect.poll(() => page.locator('[data-testid="capture-row"]').count()).toBeGreaterThan(0);
  return page;
}

describe('searching the captures', () => {
  it('finds Cyrillic with Latin and Latin with Cyrillic, as the background does', async () => {
    const page = await dashboard();
    const rows = () => page.locator('[data-testid="capture-row"]').count();
    await page.getByTestId('search').fill('смоква');
    const cyrillic = await session.worker.evaluate(() => globalThis.dokaz.search('смоква', {}));
    expect(cyrillic.length).toBeGreaterThan(0);
    await expect.poll(rows).toBe(cyrillic.length);
    await page.getByTestId('search').fill('SMOKVA');
    await expect.poll(rows).toBe(cyrillic.length);
    expect(await session.worker.evaluate(() => globalThis.dokaz.search('smokva', {}))).toEqual(cyrillic);
    const shown = await page
      .locator('[data-testid="capture-row"]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-capture-id')));
    expect(shown).toEqual(cyrillic);
    expect(page.url()).toContain('q=SMOKVA');
    await page.getByTestId('search').fill('no such words anywhere');
    await expect.poll(rows).toBe(0);
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'search-nothing.png') });
  });

  it('filters by account from the URL, as the catalogue links it, and exports exactly what is shown', async () => {
    const { accounts } = await session.worker.evaluate(() => globalThis.dokaz.catalogue());
    const account = accounts.find((a) => a.captureIds.length > 0)!;
    const page = await dashboard(`#/?account=${encodeURIComponent(account.key)}`);
    await expect.poll(() => page.locator('[data-testid="capture-row"]').count()).toBe(account.captureIds.length);
    expect(await page.getByTestId('filter-account').inputValue()).toBe(account.key);
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'search-account.png'), fullPage: true });

    const csv = await session.worker.evaluate(
      (key) => globalThis.dokaz.exportCsv('captures', { filters: { accountKey: key } }),
      account.key,
    );
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.trimEnd().split('\r\n').length).toBe(account.captureIds.length + 1);

    await page.getByTestId('csv').click();
    await expect
      .poll(() =>
        session.worker.evaluate(async () => {
          const items = await chrome.downloads.search({ orderBy: ['-startTime'] });
          return items.find((item) => item.byExtensionId === chrome.runtime.id && item.mime.startsWith('text/csv'))
            ?.state;
        }),
      )
      .toBe('complete');
  });
});
