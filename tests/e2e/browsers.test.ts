import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredCaptureView } from '../../utils/capture/record';
import type { PackManifest } from '../../utils/pack/types';
import { verifyPack } from '../../utils/pack/verify';
import { readTelegramFixture } from '../telegram-fixtures';
import { ARTIFACTS_DIR } from './chromium';
import { SNAPSHOT_KIND, type ExtensionDriver } from './driver';
import { BROWSERS } from './launch';
import { FIXTURES, startServer, startTelegramServer, TELEGRAM_HOSTS, type TestServer } from './server';

/**
 * One suite, run in real Chromium (MV3) and real Firefox (MV2) through the same driver (tests/e2e/driver.ts): a
 * right-click and "Document this" on a generic article, a photo in a feed and a Telegram post under its real host
 * name; a signed pack of them checked with unzip, sha256sum, openssl and dokaz-verify; and the same structured
 * Telegram fields read in both browsers.
 */
const run = promisify(execFile);
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

const telegram = readTelegramFixture('tme', 'smokva_test-103');

/** What each browser read, compared at the end (and kept in test-results/browsers-<name>.json). */
const seen = new Map<ExtensionDriver['name'], Record<string, unknown>>();

let server: TestServer;
let telegramServer: TestServer & { port: number };
let photo: Buffer;

beforeAll(async () => {
  [server, telegramServer, photo] = await Promise.all([
    startServer(),
    startTelegramServer(),
    readFile(join(FIXTURES, 'photo.png')),
  ]);
  await mkdir(ARTIFACTS_DIR, { recursive: true });
});

afterAll(async () => {
  await server?.close();
  await telegramServer?.close();
});

describe.each(BROWSERS)('in %s', (name, launch) => {
  let driver: ExtensionDriver;
  let dir: string;
  const read: Record<string, unknown> = {};

  beforeAll(async () => {
    driver = await launch({
      timeZone: telegram.timeZone,
      hosts: { names: TELEGRAM_HOSTS, port: telegramServer.port },
    });
    dir = await mkdtemp(join(tmpdir(), `dokaz-${name}-`));
  }, 60_000);

  afterAll(async () => {
    await driver?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
    seen.set(name, read);
    await writeFile(join(ARTIFACTS_DIR, `browsers-${name}.json`), JSON.stringify(read, null, 2));
  });

  /** Right-click `selector` on `url`, document it, and read the stored record back; every file re-hashed. */
  async function documentPost(url: string, selector: string): Promise<StoredCaptureView> {
    await driver.open(url);
    const click = await driver.rightClick(selector);
    const { id, error } = await driver.capture(click);
    expect(error).toBeUndefined();
    const record = (await driver.callApi('getCapture', id!))!;
    for (const artifact of record.artifacts) {
      const bytes = await driver.artifactBytes(artifact.id);
      expect(sha256(bytes), artifact.name).toBe(artifact.sha256);
    }
    expect(record.environment.browser.name.toLowerCase()).toContain(name === 'chromium' ? 'chrom' : name);
    return record;
  }

  it('documents an article: the post, screenshots and a snapshot of the page', async () => {
    const record = await documentPost(`${server.origin}/generic/article.html`, '#first-text');
    expect(record.post.container).toEqual({ tag: 'article', path: '#first' });
    expect(record.post.text).toContain('Собранието ги усвои');
    expect(record.page.lang).toBe('mk');
    const kinds = record.artifacts.map((a) => a.kind).sort();
    expect(kinds).toEqual(['post-screenshot', SNAPSHOT_KIND[name], 'viewport-screenshot'].sort());
    read.article = { container: record.post.container, text: record.post.text, extractor: record.post.extractor };
  });

  it('documents a photo in a feed, keeping its own bytes', async () => {
    const record = await documentPost(`${server.origin}/generic/feed.html`, '#photo-2');
    expect(record.post.container).toEqual({ tag: 'div', path: '#post-2' });
    const media = record.artifacts.filter((a) => a.kind === 'media');
    expect(media).toHaveLength(1);
    expect(sha256(await driver.artifactBytes(media[0]!.id))).toBe(sha256(photo));
    read.feed = { container: record.post.container, text: record.post.text, media: media[0]!.sourceUrl };
  });

  it('reads a Telegram post under its real host name as the fixture expects', async () => {
    const testCase = telegram.cases[0]!;
    const record = await documentPost(telegram.url, testCase.target);
    expect(record.post.structured).toEqual(testCase.expected);
    const media = record.artifacts.find((a) => a.kind === 'media' && a.sourceUrl === 'https://t.me/photo.png');
    expect(media?.sha256).toBe(sha256(photo));
    // The post's screenshot is the message the extractor chose, cropped at device resolution.
    const size = await driver.evaluate((selector) => {
      const box = document.querySelector(selector)!.getBoundingClientRect();
      return { width: Math.round(box.width * devicePixelRatio), height: Math.round(box.height * devicePixelRatio) };
    }, testCase.element!);
    const shot = record.artifacts.find((a) => a.kind === 'post-screenshot')!;
    expect(Math.abs(shot.width! - size.width)).toBeLessThanOrEqual(1);
    expect(Math.abs(shot.height! - size.height)).toBeLessThanOrEqual(1);
    await writeFile(join(ARTIFACTS_DIR, `browsers-${name}-telegram.png`), await driver.artifactBytes(shot.id));
    read.telegram = record.post.structured;
  });

  it('exports a pack that unzip, sha256sum, openssl and dokaz-verify accept', async () => {
    const pack = Buffer.from(await driver.callApi('exportPack', { all: true }), 'base64');
    const zip = join(dir, 'pack.zip');
    await writeFile(zip, pack);
    await run('unzip', ['-q', zip, '-d', join(dir, 'pack')]);
    const files = join(dir, 'pack');
    const manifest = JSON.parse(await readFile(join(files, 'manifest.json'), 'utf8')) as PackManifest;
    expect(manifest.captures).toHaveLength(3);

    const { stdout: sums } = await run('sha256sum', ['-c', 'SHA256SUMS'], { cwd: files });
    const lines = sums.trim().split('\n');
    expect(lines).toHaveLength(manifest.files.length + 1); // + manifest.json
    expect(lines.every((line) => line.endsWith(': OK'))).toBe(true);
    for (const [signature, file] of [
      ['manifest.sig', 'manifest.json'],
      ['SHA256SUMS.sig', 'SHA256SUMS'],
    ] as const) {
      const args = ['dgst', '-sha256', '-verify', 'public-key.pem', '-signature', signature, file];
      expect((await run('openssl', args, { cwd: files })).stdout.trim()).toBe('Verified OK');
    }
    expect(await verifyPack(new Uint8Array(pack))).toMatchObject({ ok: true, captures: 3 });
    const { stdout: verdict } = await run(join(process.cwd(), 'bin/dokaz-verify'), ['--json', zip]);
    expect(JSON.parse(verdict)).toMatchObject({ ok: true, captures: 3 });
    expect(await driver.callApi('verifyCustody')).toMatchObject({ intact: true, length: 4 });
  });

  it('documents the element the menu was opened on, even when the page then fakes another right-click', async () => {
    await driver.open(`${server.origin}/generic/article.html`);
    const click = await driver.rightClick('#first-text');
    // Firefox names the element itself (menus.getTargetElement); in Chrome the marker ignores events the page made.
    if (name === 'firefox') expect(click.targetElementId).toEqual(expect.any(Number));
    await driver.evaluate(() => {
      document.getElementById('second-text')!.dispatchEvent(new MouseEvent('contextmenu', { bubbles: true }));
    });
    const { id, error } = await driver.capture(click);
    expect(error).toBeUndefined();
    expect((await driver.callApi('getCapture', id!))!.post.container).toEqual({ tag: 'article', path: '#first' });
  });
});

it('reads the same post, photo and Telegram fields in both browsers', () => {
  const [chromium, firefox] = [seen.get('chromium'), seen.get('firefox')];
  expect(chromium?.telegram).toBeDefined();
  expect(firefox).toEqual(chromium);
});
