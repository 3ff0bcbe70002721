import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGS } from '../../utils/i18n/catalogs';
import { LOCALES, type Locale } from '../../utils/i18n/locales';
import { formatMessage } from '../../utils/i18n/translate';
import { readTelegramFixture } from '../telegram-fixtures';
import { ARTIFACTS_DIR, captureVia, launchChromium, rightClickOn, type ChromiumSession } from './chromium';
import { startTelegramServer, TELEGRAM_HOSTS, type TestServer } from './server';

/**
 * The languages in the real extension: pages forced with ?lang=, the setting
 * switching them at run time, a report written in another language than the
 * interface's, and every language's longest words in the real layout.
 */
const run = promisify(execFile);

let session: ChromiumSession;
let server: TestServer & { port: number };
let dir: string;

const ui = (locale: Locale) => CATALOGS[locale].ui;
const page = (path: string, locale?: Locale) =>
  `chrome-extension://${session.extensionId}/${path.replace(/^(\w+\.html)/, `$1${locale ? `?lang=${locale}` : ''}`)}`;

beforeAll(async () => {
  server = await startTelegramServer();
  const rules = TELEGRAM_HOSTS.map((host) => `MAP ${host}:443 127.0.0.1:${server.port}`).join(',');
  session = await launchChromium([`--host-resolver-rules=${rules}`, '--ignore-certificate-errors'], {
    timezoneId: 'Europe/Skopje',
  });
  dir = await mkdtemp(join(tmpdir(), 'dokaz-languages-'));
  // A Telegram message, so that the pages and the report show every Telegram field.
  const fixture = readTelegramFixture('tme', 'smokva_test-103');
  const tab = await session.open(fixture.url);
  await rightClickOn(tab, fixture.cases[0]!.target);
  expect((await captureVia(session.worker, tab)).error).toBeUndefined();
}, 120_000);

afterAll(async () => {
  await session?.close();
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function openPage(path: string, locale?: Locale): Promise<Page> {
  const tab = await session.context.newPage();
  await tab.goto(page(path, locale));
  await tab.locator('#app > *').first().waitFor();
  return tab;
}

/** Elements whose text does not fit: wider than their box, or the page wider than the window. */
async function overflowing(tab: Page): Promise<string[]> {
  return tab.evaluate(() => {
    const found: string[] = [];
    if (document.documentElement.scrollWidth > innerWidth + 1)
      found.push(`page ${document.documentElement.scrollWidth}px`);
    for (const element of document.querySelectorAll<HTMLElement>('button, nav a, th, dt, label, h1, h2, .badge')) {
      if (element.closest('.table-scroll')) continue; // scrolls by design (hashes)
      if (element.scrollWidth > element.clientWidth + 1)
        found.push(`${element.tagName.toLowerCase()} "${element.textContent?.trim().slice(0, 40)}"`);
    }
    return found;
  });
}

describe('languages', () => {
  it('shows the dashboard in Macedonian and in Albanian when the URL asks', async () => {
    for (const locale of ['mk', 'sq'] as const) {
      const tab = await openPage('dashboard.html', locale);
      await expect.poll(() => tab.locator('html').getAttribute('lang')).toBe(locale);
      await expect.poll(() => tab.locator('nav').textContent()).toContain(ui(locale)['nav.custody']);
      expect(await tab.locator('h1').textContent()).toBe(ui(locale)['title.captures']);
      expect(await tab.title()).toBe(
        formatMessage(locale, ui(locale)['title.page'], { page: ui(locale)['title.captures'] }),
      );
      await tab.screenshot({ path: join(ARTIFACTS_DIR, `dashboard-${locale}.png`), fullPage: true });
      await tab.locator('[data-testid="capture-row"]').first().click();
      await expect
        .poll(() => tab.locator('[data-testid="telegram-facts"] h2').textContent())
        .toBe(ui(locale)['telegram.message']);
      // Dates in the language even where Chromium's Intl has no data for it (Macedonian, Albanian).
      const detail = (await tab.locator('main').textContent())!;
      expect(CATALOGS[locale].formats.months.some((month) => detail.includes(month))).toBe(true);
      expect(detail).not.toMatch(
        /January|February|March|April|May|June|July|August|September|October|November|December/,
      );
      await tab.screenshot({ path: join(ARTIFACTS_DIR, `dashboard-detail-${locale}.png`), fullPage: true });
      await tab.close();
    }
  });

  it('switches every open page at once when the language is chosen in Settings, and names the badge in it', async () => {
    const settings = await openPage('dashboard.html#/settings');
    const list = await openPage('dashboard.html');
    expect(await list.locator('h1').textContent()).toBe(ui('en')['title.captures']);
    await settings.locator('[data-testid="language"]').selectOption('sr-Latn');
    await expect.poll(() => list.locator('h1').textContent()).toBe(ui('sr-Latn')['title.captures']);
    await expect.poll(() => settings.locator('html').getAttribute('lang')).toBe('sr-Latn');
    // The background speaks it too: a capture's badge title.
    const fixture = readTelegramFixture('tme', 'smokva_test');
    // Not session.open, which would close the pages above.
    const tab = await session.context.newPage();
    await tab.goto(fixture.url);
    await tab.bringToFront();
    await rightClickOn(tab, fixture.cases[0]!.target);
    expect((await captureVia(session.worker, tab)).error).toBeUndefined();
    const serbian = ui('sr-Latn');
    const expected = [0, 1, 2, 3, 4, 5].map((count) =>
      count === 0
        ? serbian['badge.documented']
        : formatMessage('sr-Latn', serbian['badge.documentedWithNotes'], { count }),
    );
    // The badge follows the stored capture without the capture waiting for it: poll until it is there.
    await expect
      .poll(() =>
        session.worker.evaluate(async (url) => {
          const [found] = await chrome.tabs.query({ url });
          return chrome.action.getTitle({ tabId: found!.id! });
        }, tab.url()),
      )
      .toSatisfy((title: string) => expected.includes(title));
    await settings.locator('[data-testid="language"]').selectOption('auto');
    await expect.poll(() => list.locator('h1').textContent()).toBe(ui('en')['title.captures']);
  });

  it('writes the report and VERIFY.txt in Serbian Cyrillic, with field names in English too', async () => {
    const base64 = await session.worker.evaluate(() =>
      globalThis.dokaz.exportPack({ all: true }, { language: 'sr-Cyrl' }),
    );
    const zip = join(dir, 'pack-sr.zip');
    await writeFile(zip, Buffer.from(base64, 'base64'));
    await run('unzip', ['-q', zip, '-d', join(dir, 'sr')]);
    await run('sha256sum', ['-c', 'SHA256SUMS'], { cwd: join(dir, 'sr') });
    const report = CATALOGS['sr-Cyrl'].report;
    const verifyText = await readFile(join(dir, 'sr', 'VERIFY.txt'), 'utf8');
    expect(verifyText).toContain(
      `${CATALOGS['sr-Cyrl'].pack.verifyText.title} / How to verify this evidence pack`.toUpperCase(),
    );
    expect(verifyText).toContain('sha256sum -c SHA256SUMS');
    const tab = await session.context.newPage();
    await tab.goto(`file://${join(dir, 'sr', 'report.html')}`);
    expect(await tab.locator('html').getAttribute('lang')).toBe('sr-Cyrl');
    const text = (await tab.locator('body').textContent())!;
    expect(text).toContain(`${report.messageId} / Message id`);
    expect(text).toContain(`${report.pageUrl} / Page URL`);
    expect(text).toMatch(/новембар|децембар|октобар/); // dates written by Intl in Serbian Cyrillic
    await tab.screenshot({ path: join(ARTIFACTS_DIR, 'report-sr-Cyrl.png'), fullPage: true });
    await tab.close();
  });

  it('keeps the layout whole in every language, the longest words included', async () => {
    const broken: string[] = [];
    for (const locale of LOCALES) {
      const pages = ['dashboard.html', 'dashboard.html#/settings', 'dashboard.html#/custody', 'verify.html'];
      pages.push('dashboard.html#/cases', 'dashboard.html#/groups', 'dashboard.html#/accounts');
      for (const path of pages) {
        const tab = await openPage(path, locale);
        for (const width of [1280, 720]) {
          await tab.setViewportSize({ width, height: 800 });
          broken.push(...(await overflowing(tab)).map((what) => `${locale} ${path} @${width}: ${what}`));
        }
        if (path === 'dashboard.html') {
          await tab.locator('[data-testid="capture-row"]').first().click();
          await tab.locator('[data-testid="telegram-facts"]').waitFor();
          broken.push(...(await overflowing(tab)).map((what) => `${locale} capture: ${what}`));
        }
        await tab.close();
      }
      const popup = await openPage('popup.html', locale);
      broken.push(...(await overflowing(popup)).map((what) => `${locale} popup: ${what}`));
      await popup.close();
    }
    expect(broken).toEqual([]);
  });
});
