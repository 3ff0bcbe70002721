import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGS } from '../../utils/i18n/catalogs';
import { LOCALES, type Locale } from '../../utils/i18n/locales';
import { formatMessage } from '../../utils/i18n/translate';
import { readTelegramFixture } from '../telegram-fixtures';
import { ARTIFACTS_DIR } from './chromium';
import { countOf, type ExtensionDriver, type ExtensionPage } from './driver';
import { BROWSERS } from './launch';
import { startTelegramServer, TELEGRAM_HOSTS, type TestServer } from './server';

/**
 * The languages in the real extension, in real Chromium and real Firefox from the same code: pages forced with
 * ?lang=, the setting switching them at run time, a report written in another language than the interface's, and
 * every language's longest words in the real layout.
 */
const run = promisify(execFile);

const ui = (locale: Locale) => CATALOGS[locale].ui;
/** One of Dokaz's pages, in `locale` if given: `dashboard.html#/cases` → `dashboard.html?lang=mk#/cases`. */
const withLang = (path: string, locale?: Locale) =>
  path.replace(/^(\w+\.html)/, `$1${locale ? `?lang=${locale}` : ''}`);

/**
 * The text of the one element `selector` matches, once there is one; more than one is an error (as Playwright's
 * strict locators read it).
 */
async function soleText(tab: ExtensionPage, selector: string): Promise<string | null> {
  const end = Date.now() + 10_000;
  while ((await countOf(tab, selector)) === 0 && Date.now() < end)
    await new Promise((resolve) => setTimeout(resolve, 50));
  return tab.evaluate((selector) => {
    const found = document.querySelectorAll(selector);
    if (found.length !== 1) throw new Error(`${found.length} elements match ${selector}`);
    return found[0]!.textContent;
  }, selector);
}

const langOf = (tab: ExtensionPage) => tab.evaluate(() => document.documentElement.getAttribute('lang'));

/**
 * Elements whose text does not fit: wider than their box, or the page wider than the window. The window's width is
 * the root's clientWidth, without a scrollbar: Firefox's takes room beside the page (innerWidth counts it), Chromium's
 * headless one does not (both are the same there). Runs in the page.
 */
function overflowing(): string[] {
  const found: string[] = [];
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth + 1) found.push(`page ${root.scrollWidth}px`);
  for (const element of document.querySelectorAll<HTMLElement>('button, nav a, th, dt, label, h1, h2, .badge')) {
    if (element.closest('.table-scroll')) continue; // scrolls by design (hashes)
    if (element.scrollWidth > element.clientWidth + 1)
      found.push(`${element.tagName.toLowerCase()} "${element.textContent?.trim().slice(0, 40)}"`);
  }
  return found;
}

let server: TestServer & { port: number };

beforeAll(async () => {
  server = await startTelegramServer();
  await mkdir(ARTIFACTS_DIR, { recursive: true });
});

afterAll(async () => {
  await server?.close();
});

describe.each(BROWSERS)('languages in real %s', (name, launch) => {
  let driver: ExtensionDriver;
  let dir: string;

  beforeAll(async () => {
    driver = await launch({ timeZone: 'Europe/Skopje', hosts: { names: TELEGRAM_HOSTS, port: server.port } });
    dir = await mkdtemp(join(tmpdir(), `dokaz-languages-${name}-`));
    // A Telegram message, so that the pages and the report show every Telegram field.
    const fixture = readTelegramFixture('tme', 'smokva_test-103');
    await driver.open(fixture.url);
    expect((await driver.capture(await driver.rightClick(fixture.cases[0]!.target))).error).toBeUndefined();
  }, 120_000);

  afterAll(async () => {
    await driver?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  /** test-results/<file>, with the browser's name in it for Firefox (Chromium's keep their old names). */
  const resultFile = (file: string) => join(ARTIFACTS_DIR, name === 'chromium' ? file : `${name}-${file}`);

  async function openPage(path: string, locale?: Locale): Promise<ExtensionPage> {
    const tab = await driver.openPage(withLang(path, locale));
    await expect.poll(() => countOf(tab, '#app > *')).toBeGreaterThan(0);
    return tab;
  }

  it('shows the dashboard in Macedonian and in Albanian when the URL asks', async () => {
    for (const locale of ['mk', 'sq'] as const) {
      const tab = await openPage('dashboard.html', locale);
      await expect.poll(() => langOf(tab)).toBe(locale);
      await expect.poll(() => soleText(tab, 'nav')).toContain(ui(locale)['nav.custody']);
      expect(await soleText(tab, 'h1')).toBe(ui(locale)['title.captures']);
      expect(await tab.evaluate(() => document.title)).toBe(
        formatMessage(locale, ui(locale)['title.page'], { page: ui(locale)['title.captures'] }),
      );
      await tab.screenshot(resultFile(`dashboard-${locale}.png`), { fullPage: true });
      await tab.click('[data-testid="capture-row"]');
      await expect.poll(() => soleText(tab, '[data-testid="telegram-facts"] h2')).toBe(ui(locale)['telegram.message']);
      // Dates in the language even where the browser's Intl has no data for it (Macedonian, Albanian).
      const detail = (await soleText(tab, 'main'))!;
      expect(CATALOGS[locale].formats.months.some((month) => detail.includes(month))).toBe(true);
      expect(detail).not.toMatch(
        /January|February|March|April|May|June|July|August|September|October|November|December/,
      );
      await tab.screenshot(resultFile(`dashboard-detail-${locale}.png`), { fullPage: true });
      await tab.close();
    }
  });

  it('switches every open page at once when the language is chosen in Settings, and names the badge in it', async () => {
    const language = '[data-testid="language"]';
    const settings = await openPage('dashboard.html#/settings');
    const list = await openPage('dashboard.html');
    expect(await soleText(list, 'h1')).toBe(ui('en')['title.captures']);
    await settings.select(language, 'sr-Latn');
    await expect.poll(() => soleText(list, 'h1')).toBe(ui('sr-Latn')['title.captures']);
    await expect.poll(() => langOf(settings)).toBe('sr-Latn');

    // The background speaks it too: a capture's badge title. driver.open closes the pages above (a capture needs
    // its tab on screen, which an extension page opened after it would cover), so they are opened again after.
    const fixture = readTelegramFixture('tme', 'smokva_test');
    await driver.open(fixture.url);
    expect((await driver.capture(await driver.rightClick(fixture.cases[0]!.target))).error).toBeUndefined();
    const serbian = ui('sr-Latn');
    const expected = [0, 1, 2, 3, 4, 5].map((count) =>
      count === 0
        ? serbian['badge.documented']
        : formatMessage('sr-Latn', serbian['badge.documentedWithNotes'], { count }),
    );
    // The badge follows the stored capture without the capture waiting for it: poll until it is there.
    await expect.poll(() => driver.badgeTitle()).toSatisfy((title: string) => expected.includes(title));

    // The choice is kept: pages opened now are in it; and choosing "auto" switches them all back at once.
    const settingsAgain = await openPage('dashboard.html#/settings');
    const listAgain = await openPage('dashboard.html');
    await expect.poll(() => soleText(listAgain, 'h1')).toBe(ui('sr-Latn')['title.captures']);
    await expect.poll(() => settingsAgain.value(language)).toBe('sr-Latn');
    await settingsAgain.select(language, 'auto');
    await expect.poll(() => soleText(listAgain, 'h1')).toBe(ui('en')['title.captures']);
    await settingsAgain.close();
    await listAgain.close();
  });

  it('writes the report and VERIFY.txt in Serbian Cyrillic, with field names in English too', async () => {
    const base64 = await driver.callApi('exportPack', { all: true }, { language: 'sr-Cyrl' });
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
    // The report as its reader opens it: from disk, in a tab of its own.
    await driver.open(`file://${join(dir, 'sr', 'report.html')}`);
    expect(await driver.evaluate(() => document.documentElement.getAttribute('lang'))).toBe('sr-Cyrl');
    const text = (await driver.evaluate(() => document.body.textContent))!;
    expect(text).toContain(`${report.messageId} / Message id`);
    expect(text).toContain(`${report.pageUrl} / Page URL`);
    expect(text).toMatch(/новембар|децембар|октобар/); // dates written by Intl in Serbian Cyrillic
    await driver.screenshot(resultFile('report-sr-Cyrl.png'), { fullPage: true });
  });

  it('keeps the layout whole in every language, the longest words included', { timeout: 300_000 }, async () => {
    const broken: string[] = [];
    for (const locale of LOCALES) {
      const pages = ['dashboard.html', 'dashboard.html#/settings', 'dashboard.html#/custody', 'verify.html'];
      pages.push('dashboard.html#/cases', 'dashboard.html#/groups', 'dashboard.html#/accounts');
      for (const path of pages) {
        const tab = await openPage(path, locale);
        for (const width of [1280, 720]) {
          await tab.resize(width, 800);
          broken.push(...(await tab.evaluate(overflowing)).map((what) => `${locale} ${path} @${width}: ${what}`));
        }
        if (path === 'dashboard.html') {
          await tab.click('[data-testid="capture-row"]');
          await expect.poll(() => countOf(tab, '[data-testid="telegram-facts"]')).toBeGreaterThan(0);
          broken.push(...(await tab.evaluate(overflowing)).map((what) => `${locale} capture: ${what}`));
        }
        await tab.close();
      }
      const popup = await openPage('popup.html', locale);
      broken.push(...(await popup.evaluate(overflowing)).map((what) => `${locale} popup: ${what}`));
      await popup.close();
    }
    expect(broken).toEqual([]);
  });
});
