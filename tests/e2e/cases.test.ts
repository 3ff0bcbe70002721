import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CustodyEvent } from '../../utils/custody';
import { CATALOGS } from '../../utils/i18n/catalogs';
import { formatMessage } from '../../utils/i18n/translate';
import type { PackManifest } from '../../utils/pack/types';
import { readTelegramFixture } from '../telegram-fixtures';
import { ARTIFACTS_DIR, captureVia, launchChromium, rightClickOn, type ChromiumSession } from './chromium';
import { startTelegramServer, TELEGRAM_HOSTS, type TestServer } from './server';

/**
 * Case work in the real extension, as a monitor does it: a case made in the
 * dashboard, made active in the popup, a Telegram message documented into it,
 * annotated on its page; then the custody log and the case's signed pack,
 * checked with unzip and sha256sum.
 */
const run = promisify(execFile);
const en = CATALOGS.en.ui;
const CASE_NAME = 'Smokva test channel';

let session: ChromiumSession;
let server: TestServer & { port: number };
let dir: string;
let caseId: string;
let captureId: string;

const extensionPage = (path: string) => `chrome-extension://${session.extensionId}/${path}`;

async function openTab(path: string): Promise<Page> {
  const tab = await session.context.newPage();
  await tab.goto(extensionPage(path));
  await tab.locator('#app > *').first().waitFor();
  return tab;
}

beforeAll(async () => {
  server = await startTelegramServer();
  const rules = TELEGRAM_HOSTS.map((host) => `MAP ${host}:443 127.0.0.1:${server.port}`).join(',');
  session = await launchChromium([`--host-resolver-rules=${rules}`, '--ignore-certificate-errors'], {
    timezoneId: 'Europe/Belgrade',
  });
  dir = await mkdtemp(join(tmpdir(), 'dokaz-cases-'));
}, 120_000);

afterAll(async () => {
  await session?.close();
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('case work', () => {
  it('creates a case through the dashboard form', async () => {
    const tab = await openTab('dashboard.html#/cases');
    await tab.getByLabel(en['caseForm.name']).fill(CASE_NAME);
    await tab.getByLabel(en['caseForm.description']).fill('Reposts of one woman’s photos, with her phone number.');
    await tab.getByLabel(en['caseForm.alias']).fill('A.');
    await tab.getByRole('button', { name: en['caseForm.create'] }).click();
    await expect
      .poll(() => tab.locator('[data-testid="case-created"]').textContent())
      .toBe(formatMessage('en', en['cases.createdNotice'], { name: CASE_NAME }));
    await expect.poll(() => tab.locator('[data-testid="case-card"] h2').textContent()).toBe(CASE_NAME);
    // The form is empty again, for the next case.
    expect(await tab.getByLabel(en['caseForm.name']).inputValue()).toBe('');

    const cases = await session.worker.evaluate(() => globalThis.dokaz.listCases());
    expect(cases).toHaveLength(1);
    expect(cases[0]).toMatchObject({ name: CASE_NAME, personAlias: 'A.', status: 'open' });
    caseId = cases[0]!.id;
    expect(await tab.locator('[data-testid="active-case"]').textContent()).toBe(en['cases.activeNone']);
    await tab.close();
  });

  it('makes it the active case in the popup', async () => {
    const popup = await openTab('popup.html');
    const choice = popup.locator('[data-testid="popup-case"]');
    await expect.poll(() => choice.count()).toBe(1);
    expect(await choice.inputValue()).toBe('');
    await choice.selectOption(caseId);
    await expect.poll(() => session.worker.evaluate(() => globalThis.dokaz.getActiveCase())).toBe(caseId);
    await expect.poll(() => choice.inputValue()).toBe(caseId);
    await popup.screenshot({ path: join(ARTIFACTS_DIR, 'popup-case.png') });
    await popup.close();
  });

  it('puts a documented Telegram message into the active case', async () => {
    const fixture = readTelegramFixture('tme', 'smokva_test-103');
    const tab = await session.open(fixture.url);
    await rightClickOn(tab, fixture.cases[0]!.target);
    const { id, error } = await captureVia(session.worker, tab);
    expect(error).toBeUndefined();
    captureId = id!;
    const inCase = await session.worker.evaluate((caseId) => globalThis.dokaz.search('', { caseId }), caseId);
    expect(inCase).toEqual([captureId]);
    const annotation = await session.worker.evaluate((id) => globalThis.dokaz.getAnnotation(id), captureId);
    expect(annotation).toMatchObject({ caseId, tags: [], categories: [], note: '' });
  });

  it("annotates it through the capture page's form, each change in the custody log", async () => {
    const tab = await openTab(`dashboard.html#/capture/${encodeURIComponent(captureId)}`);
    const form = tab.locator('[data-testid="annotation-form"]');
    await form.waitFor();
    expect(await form.getByLabel(en['annotation.case'], { exact: true }).inputValue()).toBe(caseId);
    await form.getByLabel(en['annotation.tags'], { exact: true }).fill('photo, phone number');
    await form.getByLabel(CATALOGS.en.categories['intimate-images']).check();
    await form.getByLabel(CATALOGS.en.categories.doxxing).check();
    await form.getByLabel(en['annotation.note'], { exact: true }).fill('Her number is in the caption.');
    await form.getByRole('button', { name: en['annotation.save'], exact: true }).click();
    await expect
      .poll(() => form.locator('[data-testid="annotation-status"]').textContent())
      .toBe(en['annotation.saved']);
    // The form shows what was stored, tidied.
    expect(await form.getByLabel(en['annotation.tags'], { exact: true }).inputValue()).toBe('photo, phone number');
    await tab.screenshot({ path: join(ARTIFACTS_DIR, 'capture-annotated.png'), fullPage: true });
    await tab.close();

    const annotation = await session.worker.evaluate((id) => globalThis.dokaz.getAnnotation(id), captureId);
    expect(annotation).toMatchObject({
      captureId,
      caseId,
      tags: ['photo', 'phone number'],
      categories: ['intimate-images', 'doxxing'],
      note: 'Her number is in the caption.',
    });

    const log = await session.worker.evaluate(() => globalThis.dokaz.custodyLog());
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
    const verdict = await session.worker.evaluate(() => globalThis.dokaz.verifyCustody());
    expect(verdict).toMatchObject({ intact: true, length: log.length });

    const custody = await openTab('dashboard.html#/custody');
    await expect
      .poll(() => custody.locator('[data-testid="annotated-fields"]').allTextContents())
      .toEqual(['Changed: case', 'Changed: tags, abuse categories, note']);
    await custody.close();
  });

  it('counts the capture in its case on the cases page', async () => {
    const tab = await openTab('dashboard.html#/cases');
    const card = tab.locator(`[data-testid="case-card"][data-case-id="${caseId}"]`);
    await expect
      .poll(() => card.locator('[data-testid="case-captures"]').textContent())
      .toBe(formatMessage('en', en['cases.captures'], { count: 1 }));
    expect(await tab.locator('[data-testid="active-case"]').textContent()).toBe(
      formatMessage('en', en['cases.activeIs'], { name: CASE_NAME }),
    );
    expect(await card.getByRole('link', { name: en['cases.showCaptures'] }).getAttribute('href')).toBe(
      `#/?case=${encodeURIComponent(caseId)}`,
    );
    await tab.screenshot({ path: join(ARTIFACTS_DIR, 'cases.png'), fullPage: true });

    // Saved from the page too, through the downloads API.
    await card.getByRole('button', { name: en['cases.export'] }).click();
    await expect
      .poll(() => card.locator('[data-testid="export-saved"]').textContent(), { timeout: 30_000 })
      .toMatch(/dokaz-case-smokva-test-channel-\d{4}-\d\d-\d\d\.zip/);

    // Stopping: new captures go into no case.
    await card.getByRole('button', { name: en['cases.stopActive'] }).click();
    await expect.poll(() => session.worker.evaluate(() => globalThis.dokaz.getActiveCase())).toBeNull();
    await expect.poll(() => tab.locator('[data-testid="active-case"]').textContent()).toBe(en['cases.activeNone']);
    await tab.close();
  });

  it("exports the case's pack, whose custody.jsonl holds the annotated events", async () => {
    const base64 = await session.worker.evaluate((caseId) => globalThis.dokaz.exportPack({ caseId }), caseId);
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
