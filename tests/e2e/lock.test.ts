import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR } from './chromium';
import type { ExtensionDriver } from './driver';
import { BROWSERS } from './launch';
import { readTelegramFixture } from '../telegram-fixtures';
import { startServer, startTelegramServer, TELEGRAM_HOSTS, type TestServer } from './server';

/**
 * The lock in the real extension, in real Chromium and real Firefox: what a passphrase-protected Dokaz leaves in
 * the browser profile's files, and a browser closed in the middle of encrypting. (Capturing while locked and the
 * unlock screen: tests/e2e/browsers.test.ts.)
 */
const PASSPHRASE = 'четири збора за лозинка';
const TEXT = 'Собранието ги усвои измените на Кривичниот законик';
/**
 * Why she deleted a capture, as she wrote it: with no run of four bytes twice, which Firefox's compression of the
 * stored values (Snappy) would otherwise write once, so that the plain control could not find it.
 */
const REASON = 'video je ovo na mom ekranu';
/** What she types in the dashboard's search. */
const SEARCHED = 'партизанска дванаесет';
/** A case and a note as she would name and write them: what the locked files must not show. */
const CASE_NAME = 'Случај Смоква, Ана Ј.';
const NOTE = 'prijavljeno policiji 3. decembra';
/** A public group's message as t.me shows it: its group's and its sender's usernames, the group's peer id. */
const tme = readTelegramFixture('tme', 'smokva_grupa-2047');
let server: TestServer;
let telegram: TestServer & { port: number };
let profiles: string;

beforeAll(async () => {
  [server, telegram] = await Promise.all([startServer(), startTelegramServer()]);
  profiles = await mkdtemp(join(tmpdir(), 'dokaz-lock-profiles-'));
});

afterAll(async () => {
  await Promise.all([server?.close(), telegram?.close()]);
  if (profiles) await rm(profiles, { recursive: true, force: true });
});

/**
 * Every file the browser keeps the extension's IndexedDB in, blobs included: Chromium's `IndexedDB/` folders
 * (LevelDB), Firefox's `storage/default/moz-extension…/idb/` (SQLite, and a folder of blob files); or the files
 * whose paths match `files`.
 */
async function profileBytes(profile: string, files = /indexeddb|[\\/]idb[\\/]/i): Promise<Buffer> {
  const parts: Buffer[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (files.test(path)) parts.push(await readFile(path));
    }
  };
  await walk(profile);
  return Buffer.concat(parts);
}

/**
 * The x coordinate of the public key of the pack's signer (32 bytes, the SPKI's last 64 are x and y): stored with
 * the key pair as the browser keeps it, whose private part carries the same point. Found only where the key is kept
 * in the open.
 */
async function signerPoint(pack: string): Promise<Buffer> {
  const zip = join(profiles, `pack-${crypto.randomUUID()}.zip`);
  await writeFile(zip, Buffer.from(pack, 'base64'));
  const { stdout: pem } = await promisify(execFile)('unzip', ['-p', zip, 'public-key.pem']);
  const der = Buffer.from(pem.replace(/-----[^-]+-----|\s/g, ''), 'base64');
  return der.subarray(der.length - 64, der.length - 32);
}

/** A value as IndexedDB may hold it: V8 writes strings as UTF-8-like one-byte text or UTF-16. */
function found(haystack: Buffer, needle: string | Buffer): boolean {
  if (Buffer.isBuffer(needle)) return haystack.includes(needle);
  return [Buffer.from(needle, 'utf8'), Buffer.from(needle, 'utf16le'), Buffer.from(needle, 'latin1')].some((form) =>
    haystack.includes(form),
  );
}

describe.each(BROWSERS)('a Dokaz locked with a passphrase, in real %s', (name, launch) => {
  let profileCount = 0;
  const newProfile = () => join(profiles, `${name}-${++profileCount}`);

  async function captureArticle(driver: ExtensionDriver): Promise<string> {
    await driver.open(`${server.origin}/generic/article.html`);
    const { id, error } = await driver.capture(await driver.rightClick('#first-text'));
    expect(error).toBeUndefined();
    return id!;
  }

  /** The post's screenshot, as stored: bytes that must not be found in the files. */
  async function screenshotBytes(driver: ExtensionDriver, id: string): Promise<Buffer> {
    const record = (await driver.callApi('getCapture', id))!;
    return driver.artifactBytes(record.artifacts.find((a) => a.kind === 'post-screenshot')!.id);
  }

  it('leaves none of a capture’s text, address or image bytes in the profile’s files, an export left behind included', async () => {
    // Control: without a passphrase the same capture is in the files, so the search below can fail.
    const plainProfile = newProfile();
    const plain = await launch({ profile: plainProfile });
    const plainShot = await screenshotBytes(plain, await captureArticle(plain));
    await plain.callApi('deleteCapture', await captureArticle(plain), REASON);
    const plainKey = await signerPoint(await plain.callApi('exportPack', { all: true }));
    await plain.close();
    const plainFiles = await profileBytes(plainProfile);
    expect(found(plainFiles, TEXT)).toBe(true);
    expect(found(plainFiles, REASON)).toBe(true);
    expect(found(plainFiles, plainShot.subarray(plainShot.length / 2, plainShot.length / 2 + 48))).toBe(true);
    expect(found(plainFiles, plainKey)).toBe(true);

    const profile = newProfile();
    const driver = await launch({ profile });
    expect(await driver.callApi('setPassphrase', PASSPHRASE)).toMatch(/-/);
    const id = await captureArticle(driver);
    const record = (await driver.callApi('getCapture', id))!;
    const image = await screenshotBytes(driver, id);
    expect(image.length).toBeGreaterThan(1000);
    // A capture deleted, with the reason she gave: the custody log keeps the reason, sealed.
    await driver.callApi('deleteCapture', await captureArticle(driver), REASON);
    // An export whose page never took the pack (a tab closed, a quick exit): the pack holds the screenshot as it is.
    const left = await driver.callApi('exportPackToOutbox', { all: true }, 'mk');
    expect(left.size).toBeGreaterThan(image.length);
    // The signing key, made with the passphrase set: wrapped under the data key, never in the files.
    const key = await signerPoint(await driver.callApi('exportPack', { all: true }));
    await driver.callApi('lock');
    expect(await driver.callApi('isLocked')).toBe(true);
    const dashboard = await driver.openPage('dashboard.html');
    await expect
      .poll(() => dashboard.evaluate(() => document.querySelectorAll('[data-testid="unlock-screen"]').length))
      .toBe(1);
    expect(await dashboard.evaluate(() => document.body.textContent)).not.toContain('Собранието');
    await dashboard.screenshot(join(ARTIFACTS_DIR, name === 'chromium' ? 'locked.png' : `${name}-locked.png`));
    await driver.close();

    const files = await profileBytes(profile);
    expect(files.length).toBeGreaterThan(0);
    expect(found(files, TEXT)).toBe(false);
    expect(found(files, record.post.text.slice(0, 40))).toBe(false);
    expect(found(files, record.page.url)).toBe(false);
    expect(found(files, `${server.origin}/generic`)).toBe(false);
    expect(found(files, image.subarray(image.length / 2, image.length / 2 + 48))).toBe(false);
    expect(found(files, REASON)).toBe(false);
    expect(found(files, key)).toBe(false);
  });

  it('leaves no username, peer id, case name, note or capture time in any readable form in a locked profile', async () => {
    const [chat, sender] = ['smokva_grupa', 'ana_jovic'];
    const peerId = '1876543210';
    /** A case made active, a Telegram message documented into it, a note on it: what a monitor does. */
    async function documentTelegram(driver: ExtensionDriver): Promise<string> {
      await driver.callApi('setActiveCase', await driver.callApi('createCase', { name: CASE_NAME }));
      await driver.open(tme.url);
      const { id, error } = await driver.capture(await driver.rightClick('.js-message_text'));
      expect(error).toBeUndefined();
      await driver.callApi('annotate', id!, { note: NOTE });
      const record = (await driver.callApi('getCapture', id!))!;
      const structured = record.post.structured as { chat: { username: string; peerId: number } } | null;
      // What the needles stand for is what was captured.
      expect(structured?.chat).toMatchObject({ username: chat, peerId: Number(`-100${peerId}`) });
      return record.capturedAt;
    }
    const hosts = { names: TELEGRAM_HOSTS, port: telegram.port };
    const needles = (capturedAt: string) => ({ chat, sender, peerId, CASE_NAME, NOTE, capturedAt });

    // Control: the same work without a passphrase is in the files, so each search below can fail.
    const plainProfile = newProfile();
    const plain = await launch({ profile: plainProfile, hosts });
    const plainNeedles = needles(await documentTelegram(plain));
    await plain.close();
    const plainFiles = await profileBytes(plainProfile);
    for (const [what, needle] of Object.entries(plainNeedles))
      expect([what, found(plainFiles, needle)]).toEqual([what, true]);

    const profile = newProfile();
    const driver = await launch({ profile, hosts });
    await driver.callApi('setPassphrase', PASSPHRASE);
    const lockedNeedles = needles(await documentTelegram(driver));
    await driver.callApi('lock');
    await driver.close();
    const files = await profileBytes(profile);
    for (const [what, needle] of Object.entries(lockedNeedles))
      expect([what, found(files, needle)]).toEqual([what, false]);
  });

  it('keeps what she searches for out of the browser’s history', async () => {
    const profile = newProfile();
    const driver = await launch({ profile });
    await captureArticle(driver);
    const dashboard = await driver.openPage('dashboard.html');
    await expect
      .poll(() => dashboard.evaluate(() => document.querySelectorAll('[data-testid="search"]').length))
      .toBe(1);
    await dashboard.fill('[data-testid="search"]', SEARCHED);
    // The page shows what she searched for, and its address changed with it (to a handle only the page resolves).
    await expect.poll(() => dashboard.evaluate(() => location.hash)).toMatch(/^#\/\?~/);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await driver.close();

    // Chromium's History (SQLite) keeps every address an extension page had, hash and all; Firefox's places.sqlite
    // keeps none of an extension's. Either way, not the search, in any of the forms an address writes it.
    const history = await profileBytes(profile, /[\\/](History|History-journal|places\.sqlite(-wal)?)$/);
    expect(history.length).toBeGreaterThan(0);
    const forms = [SEARCHED, encodeURIComponent(SEARCHED), new URLSearchParams({ q: SEARCHED }).toString()];
    for (const form of forms) expect(found(history, form), form).toBe(false);
    expect(found(history, `${server.origin}/generic/article.html`)).toBe(true); // the control: her browsing is there
  });

  it('loses nothing when the browser closes in the middle of turning the lock on', async () => {
    const profile = newProfile();
    const driver = await launch({ profile });
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push(await captureArticle(driver));
    const before = await Promise.all(ids.map((id) => driver.callApi('getCapture', id)));
    // Not awaited: the browser goes while the rows are being sealed.
    void driver.callApi('setPassphrase', PASSPHRASE).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 150));
    await driver.close();

    const again = await launch({ profile });
    if (await again.callApi('isLocked')) await again.callApi('unlock', PASSPHRASE);
    expect(await again.callApi('countCaptures')).toBe(3);
    for (const [i, id] of ids.entries()) expect(await again.callApi('getCapture', id)).toEqual(before[i]);
    expect(await again.callApi('verifyCustody')).toMatchObject({ intact: true });
    await again.close();
  });
});
