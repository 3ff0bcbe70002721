import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readXFixtures } from '../x-fixtures';
import { ARTIFACTS_DIR, captureVia, getCapture, launchChromium, rightClickOn, type ChromiumSession } from './chromium';
import type { ExtensionDriver } from './driver';
import { BROWSERS } from './launch';
import { FIXTURES, startTelegramServer, X_HOSTS, type TestServer } from './server';

/**
 * The X fixtures under their real addresses (x.com, the photos on pbs.twimg.com, a GIF on video.twimg.com), served
 * over HTTPS from 127.0.0.1: a real right-click on each case's target, dokaz.capture as the menu calls it, and the
 * stored structured post compared with the fixture's; each photo kept as shown and at full size, a GIF's file, a
 * streamed video's poster. In real Chromium and real Firefox; the dashboard and the pack's report in Chromium.
 */
const fixtures = readXFixtures();
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const photoSha = sha256(readFileSync(join(FIXTURES, 'photo.png')));
const clipSha = sha256(readFileSync(join(FIXTURES, 'clip.webm')));

let server: TestServer & { port: number };

beforeAll(async () => {
  server = await startTelegramServer();
});

afterAll(async () => {
  await server?.close();
});

describe.each(BROWSERS)('in real %s', (_name, launch) => {
  let driver: ExtensionDriver;
  let stored = 0;

  beforeAll(async () => {
    driver = await launch({ timeZone: fixtures[0]!.timeZone, hosts: { names: X_HOSTS, port: server.port } });
  }, 60_000);

  afterAll(async () => {
    await driver?.close();
  });

  describe.each(fixtures.map((f) => [f.page, f] as const))('%s', (__, fixture) => {
    it.each(fixture.cases.map((c) => [c.name, c] as const))('%s', async (___, testCase) => {
      await driver.open(fixture.url);
      const count = await driver.evaluate((selector) => {
        const found = document.querySelectorAll(selector);
        found[0]?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
        return found.length;
      }, testCase.target);
      expect(count, testCase.target).toBe(1);
      const { id, error } = await driver.capture(await driver.rightClick(testCase.target));
      expect(error).toBeUndefined();
      stored++;
      const record = (await driver.callApi('getCapture', id!))!;
      if (testCase.expected === null) {
        expect(record.post.structured).toBeNull();
        expect(record.post.extractor).toBe('generic@1');
        return;
      }
      expect(record.post.structured).toEqual(testCase.expected);
      expect(record.post.extractor).toBe('x-web@1');

      const kept = (url: string) => record.artifacts.find((a) => a.kind === 'media' && a.sourceUrl === url);
      for (const media of testCase.expected.media) {
        if (media.kind === 'photo') {
          // As the page showed it, and at full size: the same server, asked without cookies, kept as a picture.
          for (const url of [media.shownSrc!, media.src!]) {
            expect(kept(url), url).toBeDefined();
            expect(sha256(await driver.artifactBytes(kept(url)!.id))).toBe(photoSha);
          }
          expect(server.cookies.has(new URL(media.src!).pathname + new URL(media.src!).search)).toBe(false);
        } else if (media.kind === 'gif') {
          expect(sha256(await driver.artifactBytes(kept(media.src!)!.id))).toBe(clipSha);
        } else {
          expect(kept(media.shownSrc!), 'the poster of a streamed video').toBeDefined();
        }
      }
      // The quoted post's photo is not this post's.
      const quoteOnly = 'https://pbs.twimg.com/media/GdQuoTeWAAAq999?format=jpg&name=small';
      expect(kept(quoteOnly)).toBeUndefined();
    });
  });

  it('keeps the store consistent across all of them', async () => {
    expect(await driver.callApi('countCaptures')).toBe(stored);
    expect(await driver.callApi('verifyCustody')).toMatchObject({ intact: true, length: stored });
  });
});

/** Chromium only: the dashboard's page of a capture, and the report of its pack. */
describe('in real chromium only', () => {
  let session: ChromiumSession;

  beforeAll(async () => {
    const rules = X_HOSTS.map((host) => `MAP ${host}:443 127.0.0.1:${server.port}`).join(',');
    session = await launchChromium([`--host-resolver-rules=${rules}`, '--ignore-certificate-errors'], {
      timezoneId: fixtures[0]!.timeZone,
    });
  }, 60_000);

  afterAll(async () => {
    await session?.close();
  });

  it("shows an X post's facts in the dashboard and in the pack's report", async () => {
    const fixture = fixtures.find((f) => f.page === 'status-reply')!;
    const focal = fixture.cases[0]!;
    const expected = focal.expected!;
    const page = await session.open(fixture.url);
    await page.locator(focal.target).scrollIntoViewIfNeeded();
    await rightClickOn(page, focal.target);
    const { id, error } = await captureVia(session.worker, page);
    expect(error).toBeUndefined();
    expect((await getCapture(session.worker, id!))!.post.structured).toEqual(expected);

    const dashboard = await session.context.newPage();
    await dashboard.goto(`chrome-extension://${session.extensionId}/dashboard.html#/capture/${id}`);
    const facts = dashboard.locator('[data-testid="x-facts"]');
    await expect.poll(() => facts.textContent()).toContain(expected.statusId!);
    expect(await facts.textContent()).toContain(`@${expected.author.handle}`);
    await dashboard.screenshot({ path: join(ARTIFACTS_DIR, 'dashboard-x.png'), fullPage: true });

    const base64 = await session.worker.evaluate((id) => globalThis.dokaz.exportPack({ captureIds: [id] }), id!);
    const zip = await JSZip.loadAsync(Buffer.from(base64, 'base64'));
    const report = await zip.file('report.html')!.async('string');
    expect(report).toContain(expected.statusId!);
    expect(report).toContain(expected.author.userId!);
    expect(report).toContain(expected.replyTo!.statusId!);
  });
});
