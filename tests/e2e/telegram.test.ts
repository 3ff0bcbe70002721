import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TelegramPost } from '@/utils/sites/telegram/types';
import {
  expectedAt,
  readTelegramFixtures,
  type TelegramFixture,
  type TelegramFixtureClient,
} from '../telegram-fixtures';
import { ARTIFACTS_DIR, captureVia, getCapture, launchChromium, rightClickOn, type ChromiumSession } from './chromium';
import type { ExtensionDriver } from './driver';
import { BROWSERS } from './launch';
import { FIXTURES, startTelegramServer, TELEGRAM_HOSTS, type TestServer } from './server';

/**
 * The Telegram fixtures under their real host names (web.telegram.org, t.me),
 * served over HTTPS from 127.0.0.1: a real right-click on each case's target,
 * dokaz.capture as the menu calls it, and the stored structured post compared
 * with the fixture's expected fields. The same files drive the unit tests.
 * Every case runs in real Chromium and real Firefox through the shared driver
 * (tests/e2e/driver.ts); the dashboard test at the end is Chromium's only.
 */
const CLIENTS: TelegramFixtureClient[] = ['web-k', 'web-a', 'tme'];
const wanted = process.env.TELEGRAM_CLIENTS?.split(',') ?? CLIENTS;
const fixtures = CLIENTS.filter((c) => wanted.includes(c)).flatMap(readTelegramFixtures);
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const photoSha = sha256(readFileSync(join(FIXTURES, 'photo.png')));

/** The URL the browser opens: the fixture's own, with the page named in the query for the web clients. */
function pageUrl(fixture: TelegramFixture): string {
  if (fixture.client === 'tme') return fixture.url;
  const url = new URL(fixture.url);
  url.searchParams.set('fixture', fixture.page);
  return url.href;
}

let server: TestServer & { port: number };
let timeZone: string;

beforeAll(async () => {
  server = await startTelegramServer();
  const zones = new Set(fixtures.map((f) => f.timeZone));
  expect(zones.size).toBeLessThanOrEqual(1);
  timeZone = [...zones][0] ?? 'Europe/Belgrade';
});

afterAll(async () => {
  await server?.close();
});

it('has fixtures for every client', () => {
  expect(new Set(fixtures.map((f) => f.client))).toEqual(new Set(['web-k', 'web-a', 'tme']));
});

describe.each(BROWSERS)('in real %s', (name, launch) => {
  let driver: ExtensionDriver;
  let stored = 0;

  beforeAll(async () => {
    driver = await launch({ timeZone, hosts: { names: TELEGRAM_HOSTS, port: server.port } });
  }, 60_000);

  afterAll(async () => {
    await driver?.close();
  });

  /** The first element `selector` matches, in the open tab: its box at device resolution. */
  const deviceSize = (selector: string) =>
    driver.evaluate((selector) => {
      const r = document.querySelector(selector)!.getBoundingClientRect();
      return { width: Math.round(r.width * devicePixelRatio), height: Math.round(r.height * devicePixelRatio) };
    }, selector);

  describe.each(fixtures.map((f) => [`${f.client}/${f.page}`, f] as const))('%s', (_, fixture) => {
    it.each(fixture.cases.map((c) => [c.name, c] as const))('%s', async (__, testCase) => {
      await driver.open(pageUrl(fixture));
      const count = await driver.evaluate((selector) => {
        const found = document.querySelectorAll(selector);
        // On screen if it is not, as Playwright's scrollIntoViewIfNeeded would have it.
        found[0]?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
        return found.length;
      }, testCase.target);
      expect(count, testCase.target).toBe(1);
      const click = await driver.rightClick(testCase.target);
      const { id, error } = await driver.capture(click);
      expect(error).toBeUndefined();
      stored++;
      const record = (await driver.callApi('getCapture', id!))!;
      // The browser keeps the clock the test runs under (bin/test runs this suite under other dates too).
      expect(Math.abs(Date.parse(record.capturedAt) - Date.now())).toBeLessThan(60_000);

      if (testCase.fallback !== undefined) {
        expect(record.post.structured).toBeNull();
        expect(record.post.extractor).toBe('generic@1');
        expect(record.warnings.join('\n')).toContain(testCase.fallback);
        return;
      }
      if (testCase.expected === null) {
        expect(record.post.structured).toBeNull();
        expect(record.post.extractor).toBe('generic@1');
        return;
      }
      const actual = record.post.structured!;
      // A date shown as a time under "Today" or "Friday" names a day relative to the capture's own clock.
      const expected = expectedAt(fixture, testCase, record.capturedAt);
      expect(actual).toEqual(expected);
      expect(record.post.extractor).toBe(expected.extractor);

      // The crop is the element the extractor chose, at device resolution.
      if (testCase.element && !record.post.tall) {
        const size = await deviceSize(testCase.element);
        const shot = record.artifacts.find((a) => a.kind === 'post-screenshot');
        expect(shot, 'post screenshot').toBeDefined();
        expect(Math.abs(shot!.width! - size.width)).toBeLessThanOrEqual(1);
        expect(Math.abs(shot!.height! - size.height)).toBeLessThanOrEqual(1);
      }
      // Every photo the message names is stored with the fixture's own bytes.
      if (actual.kind === 'message') {
        for (const media of actual.media.filter((m) => m.src?.endsWith('/photo.png'))) {
          const artifact = record.artifacts.find(
            (a) => a.kind === 'media' && a.sourceUrl === new URL(media.src!, fixture.url).href,
          );
          expect(artifact, media.src!).toBeDefined();
          expect(sha256(await driver.artifactBytes(artifact!.id))).toBe(photoSha);
        }
      }
    });
  });

  it('stitches the screenshot of a message taller than the chat', async () => {
    const fixture = fixtures.find((f) => f.client === 'web-k' && f.page === 'supergroup');
    expect(fixture).toBeDefined();
    await driver.open(pageUrl(fixture!));
    // A long message, as a wall of text or a list of names and phone numbers would be.
    await driver.evaluate(() => {
      const message = document.querySelector('#sg-text .message')!;
      for (let i = 1; i <= 120; i++) message.append(document.createElement('br'), `${i}. Ред ${i} од дугачке поруке`);
    });
    const click = await driver.rightClick('#sg-text .message');
    const { id, error } = await driver.capture(click);
    expect(error).toBeUndefined();
    stored++;
    const record = (await driver.callApi('getCapture', id!))!;
    expect(record.post.tall).toBe(true);
    expect(record.post.structured).toMatchObject({ kind: 'message', messageId: expect.any(Number) });
    expect((record.post.structured as { text: string }).text).toContain('120. Ред 120 од дугачке поруке');
    const bubble = await deviceSize('#sg-text');
    const viewport = await driver.evaluate(() => innerHeight * devicePixelRatio);
    const shot = record.artifacts.find((a) => a.kind === 'post-screenshot')!;
    expect(bubble.height).toBeGreaterThan(viewport);
    expect(Math.abs(shot.width! - bubble.width)).toBeLessThanOrEqual(1);
    expect(Math.abs(shot.height! - bubble.height)).toBeLessThanOrEqual(1);
    await mkdir(ARTIFACTS_DIR, { recursive: true });
    await writeFile(join(ARTIFACTS_DIR, `telegram-tall-message-${name}.png`), await driver.artifactBytes(shot.id));
  });

  it('keeps the store consistent across all of them', async () => {
    expect(await driver.callApi('countCaptures')).toBe(stored);
    expect(await driver.callApi('verifyCustody')).toMatchObject({ intact: true, length: stored });
  });
});

/** Chromium only: the driver opens no extension page (Firefox's cannot), so the dashboard is Playwright's. */
describe('in real chromium only', () => {
  let session: ChromiumSession;

  beforeAll(async () => {
    const rules = TELEGRAM_HOSTS.map((host) => `MAP ${host}:443 127.0.0.1:${server.port}`).join(',');
    session = await launchChromium([`--host-resolver-rules=${rules}`, '--ignore-certificate-errors'], {
      timezoneId: timeZone,
    });
  }, 60_000);

  afterAll(async () => {
    await session?.close();
  });

  it("shows a Telegram message's facts in the dashboard", async () => {
    const fixture = fixtures.find((f) => f.client === 'web-a' && f.page === 'supergroup')!;
    const photo = fixture.cases.find((c) => c.expected?.kind === 'message' && c.expected.media.length > 0)!;
    const page = await session.open(pageUrl(fixture));
    await rightClickOn(page, photo.target);
    const { id, error } = await captureVia(session.worker, page);
    expect(error).toBeUndefined();
    const record = (await getCapture(session.worker, id!))!;
    expect(record.post.structured).toEqual(expectedAt(fixture, photo, record.capturedAt));
    const dashboard = await session.context.newPage();
    await dashboard.goto(`chrome-extension://${session.extensionId}/dashboard.html#/capture/${id}`);
    const facts = dashboard.locator('[data-testid="telegram-facts"]');
    const expected = photo.expected as Extract<TelegramPost, { kind: 'message' }>;
    await expect.poll(() => facts.textContent()).toContain(`Message id${expected.messageId}`);
    expect(await facts.textContent()).toContain(`id ${expected.chat.peerId}`);
    await dashboard.screenshot({ path: join(ARTIFACTS_DIR, 'dashboard-telegram.png'), fullPage: true });
  });
});
