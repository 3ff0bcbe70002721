import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGS } from '../../utils/i18n/catalogs';
import { formatMessage } from '../../utils/i18n/translate';
import { ARTIFACTS_DIR } from './chromium';
import { countOf, textOf, type ExtensionDriver, type ExtensionPage } from './driver';
import { BROWSERS } from './launch';
import { startServer, type TestServer } from './server';

/**
 * Whose pack is it (issue 14), in real Chromium and real Firefox: the key card
 * made before any export, printed in English and Macedonian; its fingerprint
 * is the one openssl computes from an exported pack's public key; and on the
 * verify page that fingerprint confirms the pack's signer, a wrong one is
 * refused naming both, and a list of trusted keys names whose key it is.
 */
const exec = promisify(execFile);
const en = CATALOGS.en.ui;
const grouped = (hex: string) => hex.match(/.{4}/g)!.join(' ');

let server: TestServer;

beforeAll(async () => {
  server = await startServer();
  await mkdir(ARTIFACTS_DIR, { recursive: true });
});

afterAll(async () => {
  await server?.close();
});

describe.each(BROWSERS)('the key card and the signer in real %s', (name, launch) => {
  let driver: ExtensionDriver;
  let dir: string;
  let fingerprint = '';
  let zip = '';

  beforeAll(async () => {
    driver = await launch({ timeZone: 'Europe/Skopje' });
    dir = await mkdtemp(join(tmpdir(), `dokaz-key-card-${name}-`));
  }, 60_000);

  afterAll(async () => {
    await driver?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const resultFile = (file: string) => join(ARTIFACTS_DIR, name === 'chromium' ? file : `${name}-${file}`);

  async function openTab(path: string): Promise<ExtensionPage> {
    const tab = await driver.openPage(path);
    await expect.poll(() => countOf(tab, '#app > *')).toBeGreaterThan(0);
    return tab;
  }

  it('offers to make the key before the first export, then shows its card, from the navigation', async () => {
    expect(await driver.callApi('signingKeyInfo')).toBeNull();
    const tab = await openTab('dashboard.html');
    await tab.click({ link: en['nav.keyCard'] });
    await expect.poll(() => textOf(tab, 'main h1')).toBe(en['keyCard.noKeyHeading']);
    const before = new Date().toISOString();
    await tab.click({ button: en['keyCard.make'] });
    await expect.poll(() => countOf(tab, '[data-testid="key-card"]'), { timeout: 15_000 }).toBe(1);

    const info = (await driver.callApi('signingKeyInfo'))!;
    expect(info.createdAtSource).toBe('recorded');
    expect(info.createdAt! >= before).toBe(true);
    fingerprint = info.fingerprint;
    const shown = (await textOf(tab, '[data-testid="key-card-fingerprint"]'))!;
    expect(shown).toBe(grouped(fingerprint));
    expect(shown.split(' ')).toHaveLength(16);
    expect(await countOf(tab, 'svg.key-card-qr path')).toBe(1);
    expect(await textOf(tab, '[data-testid="key-card-made"]')).toContain(info.createdAt);
    await tab.fill('[data-testid="key-card-holder"]', 'Ana K.');
    expect(await textOf(tab, '.key-card-police .holder')).toBe('Ana K.');
    await tab.screenshot(resultFile('key-card-en.png'), { fullPage: true });
    await tab.close();
  });

  it('is reached from Settings, and speaks Macedonian', async () => {
    const tab = await openTab('dashboard.html?lang=mk#/settings');
    await tab.click({ link: CATALOGS.mk.ui['settings.keyCard'] });
    await expect.poll(() => textOf(tab, 'main h1')).toBe(CATALOGS.mk.ui['keyCard.heading']);
    expect(await textOf(tab, '[data-testid="key-card-fingerprint"]')).toBe(grouped(fingerprint));
    expect(await textOf(tab, '.key-card-sheet')).toContain(CATALOGS.mk.ui['keyCard.forPolice']);
    expect(await tab.evaluate(() => document.title)).toBe(
      formatMessage('mk', CATALOGS.mk.ui['title.page'], { page: CATALOGS.mk.ui['title.keyCard'] }),
    );
    await tab.screenshot(resultFile('key-card-mk.png'), { fullPage: true });
    await tab.close();
  });

  it('shows the fingerprint that openssl computes from an exported pack’s public key', async () => {
    await driver.open(`${server.origin}/generic/article.html`);
    const { error } = await driver.capture(await driver.rightClick('#first-text'));
    expect(error).toBeUndefined();
    zip = join(dir, 'pack.zip');
    await writeFile(zip, Buffer.from(await driver.callApi('exportPack', { all: true }), 'base64'));
    await exec('unzip', ['-q', zip, '-d', join(dir, 'pack')]);
    const { stdout } = await exec('sh', ['-c', 'openssl pkey -pubin -in public-key.pem -outform DER | sha256sum'], {
      cwd: join(dir, 'pack'),
    });
    expect(stdout).toBe(`${fingerprint}  -\n`);
    // The export used the key the card shows, and kept its day.
    expect((await driver.callApi('signingKeyInfo'))!.fingerprint).toBe(fingerprint);
  });

  it('confirms the signer on the verify page with the card’s fingerprint, and refuses another, naming both', async () => {
    const page = await openTab('verify.html');
    await page.upload('[data-testid="pack-file"]', zip);
    const status = () =>
      page.evaluate(() => document.querySelector('[data-testid="signer-verdict"]')?.getAttribute('data-status'));
    const ok = () =>
      page.evaluate(() => document.querySelector('[data-testid="pack-verdict"]')?.getAttribute('data-ok'));
    await expect.poll(status, { timeout: 30_000 }).toBe('unconfirmed');
    expect(await ok()).toBe('true');
    expect(await textOf(page, '[data-testid="signer-verdict"]')).toBe(en['verify.signerUnconfirmed']);

    // As read out from the card: grouped, in capitals.
    await page.fill({ label: en['verify.expectedLabel'] }, grouped(fingerprint).toUpperCase());
    await expect.poll(status).toBe('confirmed');
    expect(await ok()).toBe('true');
    expect(await textOf(page, '[data-testid="signer-verdict"]')).toBe(en['verify.signerConfirmedGiven']);
    await page.screenshot(resultFile('verify-signer-confirmed.png'), { fullPage: true });

    const wrong = `${fingerprint.slice(0, 60)}${fingerprint.endsWith('0000') ? 'ffff' : '0000'}`;
    await page.fill({ label: en['verify.expectedLabel'] }, wrong);
    await expect.poll(status).toBe('mismatch');
    expect(await ok()).toBe('false');
    expect(await textOf(page, '[data-testid="signer-expected"]')).toBe(grouped(wrong));
    expect(await textOf(page, '[data-testid="signer-actual"]')).toBe(grouped(fingerprint));
    expect(await countOf(page, '[data-testid="pack-check"][data-ok="false"]')).toBe(1);
    await page.screenshot(resultFile('verify-signer-mismatch.png'), { fullPage: true });

    await page.fill({ label: en['verify.expectedLabel'] }, 'not a fingerprint');
    await expect.poll(() => countOf(page, '.signer-input [role="alert"]')).toBe(1);
    await expect.poll(status).toBe('unconfirmed');
    await page.close();
  });

  it('names whose key it is from a list of trusted keys, pasted or loaded from a file', async () => {
    const page = await openTab('verify.html?lang=mk');
    const list = join(dir, 'trusted.txt');
    await writeFile(
      list,
      `# Клучеви добиени лично\n${'77bc'.repeat(16)} Центар\n${grouped(fingerprint)}  Ана (монитор)\n`,
    );
    await page.upload('[data-testid="trusted-keys-file"]', list);
    await page.upload('[data-testid="pack-file"]', zip);
    const status = () =>
      page.evaluate(() => document.querySelector('[data-testid="signer-verdict"]')?.getAttribute('data-status'));
    await expect.poll(status, { timeout: 30_000 }).toBe('confirmed');
    expect(await textOf(page, '[data-testid="signer-verdict"]')).toBe(
      formatMessage('mk', CATALOGS.mk.ui['verify.signerConfirmed'], { label: 'Ана (монитор)' }),
    );
    await page.fill('[data-testid="trusted-keys"]', `${'77bc'.repeat(16)} Центар`);
    await expect.poll(status).toBe('mismatch');
    await page.close();
  });

  it('shows nothing of the key while Dokaz is locked', async () => {
    await driver.callApi('setPassphrase', 'четири збора за лозинка');
    await driver.callApi('lock');
    const tab = await driver.openPage('dashboard.html#/key-card');
    await expect.poll(() => countOf(tab, '[data-testid="unlock-screen"]')).toBe(1);
    expect(await countOf(tab, '[data-testid="key-card"]')).toBe(0);
    expect(await tab.evaluate(() => document.body.textContent)).not.toContain(fingerprint.slice(0, 8));
    await tab.close();
  });

  it('signs nothing while locked, and says so', async () => {
    await expect(driver.callApi('exportPack', { all: true })).rejects.toThrow(en['error.keyLocked']);
  });

  it('handed the key over when the passphrase was set: the card shows both, the old card still confirms a pack', async () => {
    await driver.callApi('unlock', 'четири збора за лозинка');
    const info = (await driver.callApi('signingKeyInfo'))!;
    expect(info.fingerprint).not.toBe(fingerprint);
    expect(info.previous).toEqual([{ fingerprint, replacedAt: info.createdAt }]);
    const tab = await openTab('dashboard.html#/key-card');
    await expect.poll(() => textOf(tab, '[data-testid="key-card-fingerprint"]')).toBe(grouped(info.fingerprint));
    expect(await textOf(tab, `[data-testid="key-card-previous"] li[data-fingerprint="${fingerprint}"] code`)).toBe(
      grouped(fingerprint),
    );
    await tab.screenshot(resultFile('key-card-rotated.png'), { fullPage: true });
    await tab.close();

    const rotated = join(dir, 'rotated.zip');
    await writeFile(rotated, Buffer.from(await driver.callApi('exportPack', { all: true }), 'base64'));
    await exec('unzip', ['-q', rotated, '-d', join(dir, 'rotated')]);
    const { stdout: key } = await exec(
      'sh',
      ['-c', 'openssl pkey -pubin -in public-key.pem -outform DER | sha256sum'],
      {
        cwd: join(dir, 'rotated'),
      },
    );
    expect(key).toBe(`${info.fingerprint}  -\n`);
    // Whoever was given the first card: the pack's log shows, signed by that key, the hand-over to this one.
    const verifier = join(process.cwd(), 'bin/dokaz-verify');
    const { stdout } = await exec(verifier, ['--json', '--fingerprint', grouped(fingerprint), rotated]);
    const verdict = JSON.parse(stdout) as { ok: boolean; signer: { status: string; actual: string } };
    expect(verdict.ok).toBe(true);
    expect(verdict.signer).toMatchObject({ status: 'confirmed', actual: info.fingerprint });
    // A fingerprint that is neither key is still refused.
    const other = '77bc'.repeat(16);
    await expect(exec(verifier, ['--json', '--fingerprint', other, rotated])).rejects.toMatchObject({ code: 1 });

    const page = await openTab('verify.html');
    await page.upload('[data-testid="pack-file"]', rotated);
    const status = () =>
      page.evaluate(() => document.querySelector('[data-testid="signer-verdict"]')?.getAttribute('data-status'));
    await expect.poll(status, { timeout: 30_000 }).toBe('unconfirmed');
    await page.fill({ label: en['verify.expectedLabel'] }, grouped(fingerprint));
    await expect.poll(status).toBe('confirmed');
    await page.screenshot(resultFile('verify-signer-rotated.png'), { fullPage: true });
    await page.close();
  });
});
