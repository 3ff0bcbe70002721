import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TelegramPost } from '@/utils/sites/telegram/types';
import { readTelegramFixture, type TelegramFixture } from '../telegram-fixtures';
import { ARTIFACTS_DIR } from './chromium';
import { countOf, type ExtensionDriver, type ExtensionPage } from './driver';
import { BROWSERS } from './launch';
import { startTelegramServer, TELEGRAM_HOSTS, type TestServer } from './server';

/**
 * The catalogue of groups and accounts in the real extension, in real
 * Chromium and real Firefox from the same code: two Telegram messages from
 * different fixtures (a Web K supergroup and a t.me embed), their groups and
 * senders listed, an account's page with its capture, a group marked "gone"
 * through the form, and the groups' CSV.
 */
let server: TestServer & { port: number };

type Message = Extract<TelegramPost, { kind: 'message' }>;
const webK = readTelegramFixture('web-k', 'supergroup');
const tme = readTelegramFixture('tme', 'smokva_grupa-2047');
const webKCase = webK.cases.find((c) => c.target === '#sg-text .message')!;
const tmeCase = tme.cases.find((c) => c.target === '.js-message_text')!;
const webKMessage = webKCase.expected as Message;
const tmeMessage = tmeCase.expected as Message;
/** The keys the catalogue gives them: the stable peer id, else the username. */
const keyOf = (peer: { peerId: number | null; username: string | null }) =>
  peer.peerId !== null ? `peer:${peer.peerId}` : `username:${peer.username!.toLowerCase()}`;

/** The URL the browser opens: the web clients name their page in the query. */
function pageUrl(fixture: TelegramFixture): string {
  if (fixture.client === 'tme') return fixture.url;
  const url = new URL(fixture.url);
  url.searchParams.set('fixture', fixture.page);
  return url.href;
}

/**
 * The text of every element `selector` matches: `toEqual([text])` asks for exactly one, as a Playwright locator's
 * textContent() (strict) did.
 */
const textsOf = (page: ExtensionPage, selector: string) =>
  page.evaluate((selector) => [...document.querySelectorAll(selector)].map((e) => e.textContent), selector);

/** The `name` attribute of every element `selector` matches. */
const attributesOf = (page: ExtensionPage, selector: string, name: string) =>
  page.evaluate(({ selector, name }) => [...document.querySelectorAll(selector)].map((e) => e.getAttribute(name)), {
    selector,
    name,
  });

beforeAll(async () => {
  server = await startTelegramServer();
});

afterAll(async () => {
  await server?.close();
});

describe.each(BROWSERS)('the catalogue of groups and accounts in real %s', (name, launch) => {
  let driver: ExtensionDriver;

  beforeAll(async () => {
    driver = await launch({ timeZone: webK.timeZone, hosts: { names: TELEGRAM_HOSTS, port: server.port } });
    for (const [fixture, testCase] of [
      [webK, webKCase],
      [tme, tmeCase],
    ] as const) {
      await driver.open(pageUrl(fixture));
      // On screen if it is not, as Playwright's scrollIntoViewIfNeeded would have it.
      await driver.evaluate((selector) => {
        document.querySelector(selector)!.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      }, testCase.target);
      expect((await driver.capture(await driver.rightClick(testCase.target))).error).toBeUndefined();
    }
  }, 120_000);

  afterAll(async () => {
    await driver?.close();
  });

  /** test-results/<file>, with the browser's name in it for Firefox (Chromium's keep their old names). */
  const resultFile = (file: string) => join(ARTIFACTS_DIR, name === 'chromium' ? file : `${name}-${file}`);

  async function openDashboard(hash: string): Promise<ExtensionPage> {
    const tab = await driver.openPage(`dashboard.html${hash}`);
    await expect.poll(() => countOf(tab, 'main h1')).toBeGreaterThan(0);
    return tab;
  }

  it('lists both groups, each linking to its page', async () => {
    expect(webKMessage.chat.peerId).not.toBe(tmeMessage.chat.peerId);
    const tab = await openDashboard('#/groups');
    const rows = () => countOf(tab, '[data-testid="catalogue-row"]');
    await expect.poll(rows).toBe(2);
    const names = await textsOf(tab, '[data-testid="catalogue-row"] th');
    expect(names.sort()).toEqual([webKMessage.chat.title, tmeMessage.chat.title].sort());
    expect((await attributesOf(tab, 'nav a[aria-current="page"]', 'href')).at(-1)).toBe('#/groups');

    await tab.fill('[data-testid="catalogue-filter"]', 'smokva');
    await expect.poll(rows).toBe(1);
    expect(await textsOf(tab, '[data-testid="catalogue-row"] th')).toEqual([tmeMessage.chat.title]);
    await tab.fill('[data-testid="catalogue-filter"]', '');
    await expect.poll(rows).toBe(2);
    await tab.screenshot(resultFile('catalogue.png'), { fullPage: true });

    await tab.click({ link: webKMessage.chat.title! });
    await expect.poll(() => textsOf(tab, 'main h1')).toEqual([webKMessage.chat.title]);
    // The group's key (its Telegram id) is not in the address, which the browser's history keeps: a handle is.
    expect(await tab.location()).toMatch(/#\/group\/~[0-9a-f]{16}$/);
    expect(decodeURIComponent(await tab.location())).not.toContain(keyOf(webKMessage.chat));
    const [showCaptures] = await attributesOf(tab, '[data-testid="show-captures"]', 'href');
    expect(showCaptures).toMatch(/^#\/\?~[0-9a-f]{16}$/);
    await expect.poll(() => textsOf(tab, '[data-testid="account-links"]')).toEqual([webKMessage.sender!.name]);
    await tab.screenshot(resultFile('catalogue-group.png'), { fullPage: true });
    await tab.close();
  });

  it('shows an account with the group it was seen in and its capture', async () => {
    const tab = await openDashboard('#/accounts');
    await expect.poll(() => countOf(tab, '[data-testid="catalogue-row"]')).toBe(2);
    await tab.click({ link: tmeMessage.sender!.name! });
    await expect.poll(() => textsOf(tab, 'main h1')).toEqual([tmeMessage.sender!.name]);
    expect(await tab.location()).toMatch(/#\/account\/~[0-9a-f]{16}$/);
    expect(decodeURIComponent(await tab.location())).not.toContain(keyOf(tmeMessage.sender!));
    await expect.poll(() => textsOf(tab, '[data-testid="group-links"]')).toEqual([tmeMessage.chat.title]);
    const captures = '[data-testid="account-capture"]';
    await expect.poll(() => countOf(tab, captures)).toBe(1);
    const cells = await textsOf(tab, `${captures} td`);
    expect(cells[0]).toBe(tmeMessage.chat.title);
    expect(cells.at(-1)).toContain(tmeMessage.text.slice(0, 20));
    expect(await countOf(tab, `${captures} a`)).toBe(1);
    await tab.click(`${captures} a`);
    await expect.poll(() => tab.location()).toMatch(/#\/capture\/[\w-]+$/);
    await expect.poll(() => countOf(tab, '[data-testid="telegram-facts"]')).toBe(1);
    await tab.close();
  });

  it('marks a group as gone through the form, as the store then holds it', async () => {
    const key = keyOf(tmeMessage.chat);
    const tab = await openDashboard(`#/group/${encodeURIComponent(key)}`);
    await tab.select('[data-testid="catalogue-status"]', 'gone');
    await tab.fill('[data-testid="catalogue-note"]', 'Removed by Telegram; a copy reappeared as a new group.');
    await tab.click('[data-testid="catalogue-save"]');
    await expect.poll(() => textsOf(tab, '[data-testid="catalogue-form"] [role="status"]')).toEqual(['Saved.']);
    await expect
      .poll(async () => (await driver.callApi('catalogue')).groups.find((g) => g.key === key))
      .toMatchObject({ status: 'gone', note: 'Removed by Telegram; a copy reappeared as a new group.' });
    // The page follows the store: the list shows the new status.
    await tab.evaluate(() => {
      location.hash = '#/groups';
    });
    await expect
      .poll(() => textsOf(tab, `[data-testid="catalogue-row"][data-key="${key}"] .catalogue-status`))
      .toEqual(['gone']);
    // Hand-set facts are not evidence: the custody log holds only the two captures.
    expect(await driver.callApi('verifyCustody')).toMatchObject({ intact: true, length: 2 });
    await tab.close();
  });

  it('gives the groups as a CSV with a byte order mark, from the API and from the page', async () => {
    const csv = await driver.callApi('exportCsv', 'groups');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain(tmeMessage.chat.title!);
    expect(csv).toContain(webKMessage.chat.title!);
    expect(csv).toContain(`'${tmeMessage.chat.peerId}`); // an id stays text, not a rounded number

    const tab = await openDashboard('#/groups');
    await tab.click('[data-testid="catalogue-csv"]');
    await expect
      .poll(() => textsOf(tab, '.catalogue-csv [role="status"]'))
      .toEqual([expect.stringMatching(/Saved as dokaz-groups-\d{4}-\d\d-\d\d\.csv\./)]);
    const download = await driver.inExtension(async () => {
      // The same API in both browsers; the promise-based namespace is `browser` in Firefox, `chrome` in Chromium.
      const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
      for (let i = 0; i < 100; i++) {
        // Playwright saves downloads under its own names, so the file is found by who made it (this session's only one).
        const found = await api.downloads.search({ state: 'complete' });
        const item = found.find((d) => d.byExtensionId === api.runtime.id);
        if (item) return { filename: item.filename, mime: item.mime };
        await new Promise((r) => setTimeout(r, 100));
      }
      return null;
    });
    expect(download).not.toBeNull();
    expect(download!.mime).toMatch(/^text\/csv/);
    const bytes = await readFile(download!.filename);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain(tmeMessage.chat.title!);
    await tab.close();
  });
});
