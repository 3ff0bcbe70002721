import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TelegramPost } from '@/utils/extract/telegram/types';
import { readTelegramFixture, type TelegramFixture } from '../telegram-fixtures';
import { ARTIFACTS_DIR, captureVia, launchChromium, rightClickOn, storeState, type ChromiumSession } from './chromium';
import { startTelegramServer, TELEGRAM_HOSTS, type TestServer } from './server';

/**
 * The catalogue of groups and accounts in the real extension: two Telegram
 * messages from different fixtures (a Web K supergroup and a t.me embed),
 * their groups and senders listed, an account's page with its capture, a
 * group marked "gone" through the form, and the groups' CSV.
 */
let session: ChromiumSession;
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

const dashboard = (hash: string) => `chrome-extension://${session.extensionId}/dashboard.html${hash}`;

async function openDashboard(hash: string): Promise<Page> {
  const tab = await session.context.newPage();
  await tab.goto(dashboard(hash));
  await tab.locator('main h1').first().waitFor();
  return tab;
}

beforeAll(async () => {
  server = await startTelegramServer();
  const rules = TELEGRAM_HOSTS.map((host) => `MAP ${host}:443 127.0.0.1:${server.port}`).join(',');
  session = await launchChromium([`--host-resolver-rules=${rules}`, '--ignore-certificate-errors'], {
    timezoneId: webK.timeZone,
  });
  for (const [fixture, testCase] of [
    [webK, webKCase],
    [tme, tmeCase],
  ] as const) {
    const tab = await session.open(pageUrl(fixture));
    await tab.locator(testCase.target).scrollIntoViewIfNeeded();
    await rightClickOn(tab, testCase.target);
    expect((await captureVia(session.worker, tab)).error).toBeUndefined();
  }
}, 120_000);

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('the catalogue of groups and accounts', () => {
  it('lists both groups, each linking to its page', async () => {
    expect(webKMessage.chat.peerId).not.toBe(tmeMessage.chat.peerId);
    const tab = await openDashboard('#/groups');
    const rows = tab.locator('[data-testid="catalogue-row"]');
    await expect.poll(() => rows.count()).toBe(2);
    const names = await tab.locator('[data-testid="catalogue-row"] th').allTextContents();
    expect(names.sort()).toEqual([webKMessage.chat.title, tmeMessage.chat.title].sort());
    expect(await tab.locator('nav a[aria-current="page"]').last().getAttribute('href')).toBe('#/groups');

    await tab.locator('[data-testid="catalogue-filter"]').fill('smokva');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.locator('th').textContent()).toBe(tmeMessage.chat.title);
    await tab.locator('[data-testid="catalogue-filter"]').fill('');
    await expect.poll(() => rows.count()).toBe(2);
    await tab.screenshot({ path: join(ARTIFACTS_DIR, 'catalogue.png'), fullPage: true });

    await tab.getByRole('link', { name: webKMessage.chat.title!, exact: true }).click();
    await expect.poll(() => tab.locator('main h1').textContent()).toBe(webKMessage.chat.title);
    expect(tab.url()).toContain(`#/group/${encodeURIComponent(keyOf(webKMessage.chat))}`);
    expect(await tab.locator('[data-testid="show-captures"]').getAttribute('href')).toBe(
      `#/?group=${encodeURIComponent(keyOf(webKMessage.chat))}`,
    );
    await expect.poll(() => tab.locator('[data-testid="account-links"]').textContent()).toBe(webKMessage.sender!.name);
    await tab.screenshot({ path: join(ARTIFACTS_DIR, 'catalogue-group.png'), fullPage: true });
    await tab.close();
  });

  it('shows an account with the group it was seen in and its capture', async () => {
    const tab = await openDashboard('#/accounts');
    await expect.poll(() => tab.locator('[data-testid="catalogue-row"]').count()).toBe(2);
    await tab.getByRole('link', { name: tmeMessage.sender!.name!, exact: true }).click();
    await expect.poll(() => tab.locator('main h1').textContent()).toBe(tmeMessage.sender!.name);
    expect(tab.url()).toContain(`#/account/${encodeURIComponent(keyOf(tmeMessage.sender!))}`);
    await expect.poll(() => tab.locator('[data-testid="group-links"]').textContent()).toBe(tmeMessage.chat.title);
    const captures = tab.locator('[data-testid="account-capture"]');
    await expect.poll(() => captures.count()).toBe(1);
    expect(await captures.locator('td').first().textContent()).toBe(tmeMessage.chat.title);
    expect(await captures.locator('td').last().textContent()).toContain(tmeMessage.text.slice(0, 20));
    await captures.locator('a').click();
    await expect.poll(() => tab.url()).toMatch(/#\/capture\/[\w-]+$/);
    await tab.locator('[data-testid="telegram-facts"]').waitFor();
    await tab.close();
  });

  it('marks a group as gone through the form, as the store then holds it', async () => {
    const key = keyOf(tmeMessage.chat);
    const tab = await openDashboard(`#/group/${encodeURIComponent(key)}`);
    await tab.locator('[data-testid="catalogue-status"]').selectOption('gone');
    await tab.locator('[data-testid="catalogue-note"]').fill('Removed by Telegram; a copy reappeared as a new group.');
    await tab.locator('[data-testid="catalogue-save"]').click();
    await expect.poll(() => tab.locator('[data-testid="catalogue-form"] [role="status"]').textContent()).toBe('Saved.');
    await expect
      .poll(() =>
        session.worker.evaluate(
          async (key) => (await globalThis.dokaz.catalogue()).groups.find((g) => g.key === key),
          key,
        ),
      )
      .toMatchObject({ status: 'gone', note: 'Removed by Telegram; a copy reappeared as a new group.' });
    // The page follows the store: the list shows the new status.
    await tab.goto(dashboard('#/groups'));
    await expect
      .poll(() => tab.locator(`[data-testid="catalogue-row"][data-key="${key}"] .catalogue-status`).textContent())
      .toBe('gone');
    // Hand-set facts are not evidence: the custody log holds only the two captures.
    expect((await storeState(session.worker)).chain).toMatchObject({ intact: true, length: 2 });
    await tab.close();
  });

  it('gives the groups as a CSV with a byte order mark, from the API and from the page', async () => {
    const csv = await session.worker.evaluate(() => globalThis.dokaz.exportCsv('groups'));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain(tmeMessage.chat.title!);
    expect(csv).toContain(webKMessage.chat.title!);
    expect(csv).toContain(`'${tmeMessage.chat.peerId}`); // an id stays text, not a rounded number

    const tab = await openDashboard('#/groups');
    await tab.locator('[data-testid="catalogue-csv"]').click();
    await expect
      .poll(() => tab.locator('.catalogue-csv [role="status"]').textContent())
      .toMatch(/Saved as dokaz-groups-\d{4}-\d\d-\d\d\.csv\./);
    const download = await session.worker.evaluate(async () => {
      for (let i = 0; i < 100; i++) {
        // Playwright saves downloads under its own names, so the file is found by who made it (this session's only one).
        const found = await chrome.downloads.search({ state: 'complete' });
        const item = found.find((d) => d.byExtensionId === chrome.runtime.id);
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
