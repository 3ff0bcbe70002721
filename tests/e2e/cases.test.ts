import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CustodyEvent } from '../../utils/custody';
import { CATALOGS } from '../../utils/i18n/catalogs';
import { formatMessage } from '../../utils/i18n/translate';
import type { PackManifest } from '../../utils/pack/types';
import { readTelegramFixture } from '../telegram-fixtures';
import { ARTIFACTS_DIR } from './chromium';
import { countOf, textOf, type ExtensionDriver, type ExtensionPage } from './driver';
import { BROWSERS } from './launch';
import { startTelegramServer, TELEGRAM_HOSTS, type TestServer } from './server';

/**
 * Case work in the real extension, as a monitor does it, in real Chromium and
 * real Firefox from the same code: a case made in the dashboard, made active
 * in the popup, a Telegram message documented into it, annotated on its page;
 * then the custody log and the case's signed pack, checked with unzip and
 * sha256sum.
 */
const run = promisify(execFile);
const en = CATALOGS.en.ui;
const CASE_NAME = 'Smokva test channel';

let server: TestServer & { port: number };

beforeAll(async () => {
  server = await startTelegramServer();
});

afterAll(async () => {
  await server?.close();
});

describe.each(BROWSERS)('case work in real %s', (name, launch) => {
  let driver: ExtensionDriver;
  let dir: string;
  let caseId: string;
  let captureId: string;

  beforeAll(async () => {
    driver = await launch({ timeZone: 'Europe/Belgrade', hosts: { names: TELEGRAM_HOSTS, port: server.port } });
    dir = await mkdtemp(join(tmpdir(), `dokaz-cases-${name}-`));
  }, 60_000);

  afterAll(async () => {
    await driver?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  /** test-results/<file>, with the browser's name in it for Firefox (Chromium's keep their old names). */
  const resultFile = (file: string) => join(ARTIFACTS_DIR, name === 'chromium' ? file : `${name}-${file}`);

  async function openTab(path: string): Promise<ExtensionPage> {
    const tab = await driver.openPage(path);
    await expect.poll(() => countOf(tab, '#app > *')).toBeGreaterThan(0);
    return tab;
  }

  it('creates a case through the dashboard form', async () => {
    const tab = await openTab('dashboard.html#/cases');
    await tab.fill({ label: en['caseForm.name'] }, CASE_NAME);
    await tab.fill({ label: en['caseForm.description'] }, 'Reposts of one woman’s photos, with her phone number.');
    await tab.fill({ label: en['caseForm.alias'] }, 'A.');
    await tab.click({ button: en['caseForm.create'] });
    await expect
      .poll(() => textOf(tab, '[data-testid="case-created"]'))
      .toBe(formatMessage('en', en['cases.createdNotice'], { name: CASE_NAME }));
    await expect.poll(() => textOf(tab, '[data-testid="case-card"] h2')).toBe(CASE_NAME);
    // The form is empty again, for the next case.
    expect(await tab.value({ label: en['caseForm.name'] })).toBe('');

    const cases = await driver.callApi('listCases');
    expect(cases).toHaveLength(1);
    expect(cases[0]).toMatchObject({ name: CASE_NAME, personAlias: 'A.', status: 'open' });
    caseId = cases[0]!.id;
    expect(await textOf(tab, '[data-testid="active-case"]')).toBe(en['cases.activeNone']);
    await tab.close();
  });

  it('makes it the active case in the popup', async () => {
    const popup = await openTab('popup.html');
    const choice = '[data-testid="popup-case"]';
    await expect.poll(() => countOf(popup, choice)).toBe(1);
    expect(await popup.value(choice)).toBe('');
    await popup.select(choice, caseId);
    await expect.poll(() => driver.callApi('getActiveCase')).toBe(caseId);
    await expect.poll(() => popup.value(choice)).toBe(caseId);
    await popup.screenshot(resultFile('popup-case.png'));
    await popup.close();
  });

  it('puts a documented Telegram message into the active case', async () => {
    const fixture = readTelegramFixture('tme', 'smokva_test-103');
    await driver.open(fixture.url);
    const { id, error } = await driver.capture(await driver.rightClick(fixture.cases[0]!.target));
    expect(error).toBeUndefined();
    captureId = id!;
    expect(await driver.callApi('search', '', { caseId })).toEqual([captureId]);
    expect(await driver.callApi('getAnnotation', captureId)).toMatchObject({
      caseId,
      tags: [],
      categories: [],
      note: '',
    });
  });

  it("annotates it through the capture page's form, each change in the custody log", async () => {
    const tab = await openTab(`dashboard.html#/capture/${encodeURIComponent(captureId)}`);
    const within = '[data-testid="annotation-form"]';
    await expect.poll(() => countOf(tab, within)).toBe(1);
    expect(await tab.value({ label: en['annotation.case'], within })).toBe(caseId);
    await tab.fill({ label: en['annotation.tags'], within }, 'photo, phone number');
    await tab.check({ label: CATALOGS.en.categories['intimate-images'], within });
    await tab.check({ label: CATALOGS.en.categories.doxxing, within });
    await tab.fill({ label: en['annotation.note'], within }, 'Her number is in the caption.');
    await tab.click({ button: en['annotation.save'], within });
    await expect.poll(() => textOf(tab, `${within} [data-testid="annotation-status"]`)).toBe(en['annotation.saved']);
    // The form shows what was stored, tidied.
    expect(await tab.value({ label: en['annotation.tags'], within })).toBe('photo, phone number');
    await tab.screenshot(resultFile('capture-annotated.png'), { fullPage: true });
    await tab.close();

    expect(await driver.callApi('getAnnotation', captureId)).toMatchObject({
      captureId,
      caseId,
      tags: ['photo', 'phone number'],
      categories: ['intimate-images', 'doxxing'],
      note: 'Her number is in the caption.',
    });

    const log = await driver.callApi('custodyLog');
    const annotated = log.filter((event) => event.type === 'annotated' && event.captureId === captureId);
    // The first puts the capture in the active case, with its capture; the second is the form's.
    expect(annotated.map((event) => event.details?.['fields'])).toEqual([['caseId'], ['tags', 'categories', 'note']]);
    for (const event of annotated) {
      expect(event.details).toMatchObject({
        beforeSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
        afterSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      });
      // The log proves what changed, without holding the note.
      expect(JSON.stringify(event)).not.toContain('Her number');
    }
    expect(await driver.callApi('verifyCustody')).toMatchObject({ intact: true, length: log.length });

    const custody = await openTab('dashboard.html#/custody');
    await expect
      .poll(() =>
        custody.evaluate(() =>
          [...document.querySelectorAll('[data-testid="annotated-fields"]')].map((e) => e.textContent),
        ),
      )
      .toEqual(['Changed: case', 'Changed: tags, abuse categories, note']);
    await custody.close();
  });

  it('counts the capture in its case on the cases page', async () => {
    const tab = await openTab('dashboard.html#/cases');
    const card = `[data-testid="case-card"][data-case-id="${caseId}"]`;
    await expect
      .poll(() => textOf(tab, `${card} [data-testid="case-captures"]`))
      .toBe(formatMessage('en', en['cases.captures'], { count: 1 }));
    expect(await textOf(tab, '[data-testid="active-case"]')).toBe(
      formatMessage('en', en['cases.activeIs'], { name: CASE_NAME }),
    );
    const href = await tab.evaluate(
      ({ card, name }) =>
        [...document.querySelectorAll(`${card} a`)].find((a) => a.textContent?.trim() === name)?.getAttribute('href'),
      { card, name: en['cases.showCaptures'] },
    );
    // The case's captures, by a handle the page resolves (the address goes into the browser's history).
    expect(href).toMatch(/^#\/\?~[0-9a-f]{16}$/);
    await tab.screenshot(resultFile('cases.png'), { fullPage: true });

    // Saved from the page too, through the downloads API.
    await tab.click({ button: en['cases.export'], within: card });
    await expect
      .poll(() => textOf(tab, `${card} [data-testid="export-saved"]`), { timeout: 30_000 })
      .toMatch(/dokaz-case-smokva-test-channel-\d{4}-\d\d-\d\d\.zip/);

    // Stopping: new captures go into no case.
    await tab.click({ button: en['cases.stopActive'], within: card });
    await expect.poll(() => driver.callApi('getActiveCase')).toBeNull();
    await expect.poll(() => textOf(tab, '[data-testid="active-case"]')).toBe(en['cases.activeNone']);
    await tab.close();
  });

  it("exports the case's pack, whose custody.jsonl holds the annotated events", async () => {
    const base64 = await driver.callApi('exportPack', { caseId });
    const zip = join(dir, 'case.zip');
    await writeFile(zip, Buffer.from(base64, 'base64'));
    const unpacked = join(dir, 'case');
    await run('unzip', ['-q', zip, '-d', unpacked]);
    const { stdout } = await run('sha256sum', ['-c', 'SHA256SUMS'], { cwd: unpacked });
    expect(
      stdout
        .trim()
        .split('\n')
        .every((line) => line.endsWith(': OK')),
    ).toBe(true);

    const manifest = JSON.parse(await readFile(join(unpacked, 'manifest.json'), 'utf8')) as PackManifest;
    expect(manifest.selection).toEqual({ caseId });
    expect(manifest.captures.map((capture) => capture.id)).toEqual([captureId]);
    const events = (await readFile(join(unpacked, 'custody.jsonl'), 'utf8'))
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as CustodyEvent);
    const annotated = events.filter((event) => event.type === 'annotated');
    expect(annotated.map((event) => event.details?.['fields'])).toEqual([['caseId'], ['tags', 'categories', 'note']]);
    expect(annotated.every((event) => event.captureId === captureId)).toBe(true);
    expect(events.at(-1)).toMatchObject({ type: 'exported', details: { selection: { caseId } } });
  });
});
