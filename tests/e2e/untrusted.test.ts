import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  canaryHits,
  canaryHitsOutsideWebPages,
  injectHostileMarkup,
  pageState,
  recordCspViolations,
  watchCspViolations,
  type PageState,
} from './canary';
import { captureVia, EXTENSION_DIR, getCapture, launchChromium, rightClickOn, type ChromiumSession } from './chromium';
import { countOf, type ExtensionDriver } from './driver';
import { BROWSERS } from './launch';
import { startServer, type TestServer } from './server';

/**
 * What was captured is the abuser's: a page built to attack whoever looks at
 * it is captured, then shown in every place Dokaz shows captures (the list,
 * the capture page with its previews, the popup, the report in a pack), and
 * none of its scripts may run there. See tests/e2e/canary.ts for how a script
 * that ran would show.
 */
const run = promisify(execFile);

let session: ChromiumSession;
let server: TestServer;
let dir: string;
const ids: string[] = [];
/** What the hostile page shows as text, where a careless renderer would make an element of it. */
const HOSTILE_TEXT = '<img src=x onerror=';
const HOSTILE_SCRIPT_TEXT = "<script>document.documentElement.setAttribute('data-pwned','text-script')</script>";

const extensionPage = (path: string) => `chrome-extension://${session.extensionId}/${path}`;

beforeAll(async () => {
  [session, server] = await Promise.all([launchChromium(), startServer()]);
  await recordCspViolations(session.context);
  dir = await mkdtemp(join(tmpdir(), 'dokaz-untrusted-'));
  const tab = await session.open(`${server.origin}/hostile/post.html`);
  await tab.waitForLoadState('load');
  const link = (await tab.locator('#js-link').getAttribute('href'))!;
  const src = (selector: string) => tab.locator(selector).evaluate((img: HTMLImageElement) => img.src);
  // The post's text, selected; a javascript: link; a scripted SVG photo; an SVG program that says it is a PNG.
  const clicks = [
    ['#post-text', { selectionText: (await tab.locator('#post-text').textContent())! }],
    ['#js-link', { linkUrl: link }],
    ['#svg-image', { srcUrl: await src('#svg-image'), mediaType: 'image' }],
    ['#disguised', { srcUrl: await src('#disguised'), mediaType: 'image' }],
  ] as const;
  for (const [selector, info] of clicks) {
    await rightClickOn(tab, selector);
    const { id, error } = await captureVia(session.worker, tab, info);
    expect(error, selector).toBeUndefined();
    ids.push(id!);
  }
}, 120_000);

afterAll(async () => {
  await session?.close();
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** No mark of a hostile script in the page, no call from outside a web page, and nothing the CSP had to stop. */
async function expectUntouched(page: Page): Promise<PageState> {
  const state = await pageState(page);
  expect(state, `a hostile script ran in ${state.url}`).toMatchObject({ pwned: null, storage: null });
  expect(canaryHitsOutsideWebPages(server), 'calls from outside a web page').toEqual([]);
  // A violation would mean hostile markup reached the page, and only the CSP stopped it.
  expect(state.violations, `CSP violations in ${state.url}`).toEqual([]);
  return state;
}

async function openExtensionPage(path: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(extensionPage(path));
  await page.locator('#app > *').first().waitFor();
  return page;
}

describe('a hostile page, captured', () => {
  it('runs its scripts on the page itself, so the canary works', async () => {
    const ran = new Set(canaryHits(server).map((hit) => `${hit.how} ${hit.where}`));
    for (const how of ['script', 'body-onload', 'img-onerror', 'img-onload', 'svg-onload', 'svg-script']) {
      expect(ran, how).toContain(`${how} http:`);
    }
    const record = (await getCapture(session.worker, ids[0]!))!;
    expect(record.page.title).toContain(HOSTILE_TEXT);
    expect(record.page.canonicalUrl).toMatch(/^javascript:/);
    expect(record.post.text).toContain(HOSTILE_TEXT);
    // Every capture of the post keeps its photos: the scripted SVG, and the SVG that its server calls a PNG.
    const media = (await getCapture(session.worker, ids[3]!))!.artifacts.filter((a) => a.kind === 'media');
    expect(media.find((a) => a.sourceUrl?.endsWith('/scripted.svg'))).toMatchObject({ mime: 'image/svg+xml' });
    expect(media.find((a) => a.sourceUrl?.endsWith('/disguised.png'))).toMatchObject({ mime: 'image/png' });
  });

  it('is listed and searched as text', async () => {
    const list = await openExtensionPage('dashboard.html');
    await list.locator('[data-testid="capture-row"]').first().waitFor();
    expect(await list.locator('[data-testid="capture-row"]').count()).toBe(ids.length);
    expect(await list.locator('main').innerText()).toContain(HOSTILE_TEXT);
    await expectUntouched(list);
    await list.goto(extensionPage('dashboard.html#/?q=onerror'));
    await list.locator('[data-testid="capture-row"]').first().waitFor();
    expect(await list.locator('main').innerText()).toContain(HOSTILE_TEXT);
    await expectUntouched(list);
    await list.close();
  });

  it('shows each capture as text, previews only raster images, and hands the SVG over as a download', async () => {
    for (const id of ids) {
      const record = (await getCapture(session.worker, id))!;
      const page = await openExtensionPage(`dashboard.html#/capture/${id}`);
      await page.locator('[data-testid="artifact-row"] a[download]').first().waitFor();
      await expectUntouched(page);
      const main = await page.locator('main').innerText();
      expect(await page.locator('h1').innerText()).toContain(HOSTILE_TEXT);
      expect(main).toContain(HOSTILE_TEXT);
      expect(main).toContain(HOSTILE_SCRIPT_TEXT);
      expect(main).toContain(record.page.canonicalUrl!);
      if (record.post.linkUrl) expect(main).toContain(record.post.linkUrl);
      expect(await page.locator('a[href^="javascript:" i]').count(), 'a javascript: link').toBe(0);

      for (const artifact of record.artifacts) {
        const row = page.locator(`[data-testid="artifact-row"]:has(.artifact-name:text-is("${artifact.name}"))`);
        const href = (await row.locator('a[download]').getAttribute('href'))!;
        const type = await page.evaluate(async (url) => (await (await fetch(url)).blob()).type, href);
        const raster = /^image\/(png|jpeg|gif|webp|avif|bmp)$/.test(artifact.mime);
        // Only a raster image is ever previewed or opened; anything else leaves as bytes to save.
        expect(type, artifact.name).toBe(raster ? artifact.mime : 'application/octet-stream');
        const view = row.getByRole('button', { name: 'View' });
        expect(await view.count(), artifact.name).toBe(raster ? 1 : 0);
        if (!raster) continue;
        await view.click();
        await page.locator('.preview-row img').waitFor();
        await page.waitForTimeout(300);
        await expectUntouched(page);
      }
      // The SVG program that calls itself a PNG, opened full size in a tab of its own.
      const disguised = record.artifacts.find((a) => a.sourceUrl?.endsWith('/disguised.png'));
      if (disguised) {
        const [tab] = await Promise.all([
          session.context.waitForEvent('page'),
          page.getByRole('link', { name: 'Open full size in a new tab' }).last().click(),
        ]);
        await tab.waitForLoadState('load');
        await tab.waitForTimeout(500);
        expect((await pageState(tab)).url).toMatch(/^blob:chrome-extension:/);
        await expectUntouched(tab);
        await tab.close();
      }
      await page.close();
    }
  });

  it('is named as text in the popup and the custody log', async () => {
    for (const path of ['popup.html', 'dashboard.html#/custody']) {
      const page = await openExtensionPage(path);
      await page.waitForTimeout(500);
      if (path === 'popup.html') expect(await page.locator('body').innerText()).toContain(HOSTILE_TEXT);
      await expectUntouched(page);
      await page.close();
    }
  });

  it("is shown as text in the pack's report.html, opened from the disk", async () => {
    const base64 = await session.worker.evaluate(() => globalThis.dokaz.exportPack({ all: true }));
    const zip = join(dir, 'pack.zip');
    await writeFile(zip, Buffer.from(base64, 'base64'));
    await run('unzip', ['-q', zip, '-d', join(dir, 'pack')]);
    const page = await session.context.newPage();
    await page.goto(`file://${join(dir, 'pack', 'report.html')}`);
    const text = await page.locator('body').innerText();
    expect(text).toContain(HOSTILE_TEXT);
    expect(text).toContain(HOSTILE_SCRIPT_TEXT);
    expect(text).toContain("javascript:document.documentElement.setAttribute('data-pwned','canonical')");
    const html = await readFile(join(dir, 'pack', 'report.html'), 'utf8');
    const found = await page.evaluate(() => ({
      scripts: document.scripts.length,
      handlers: [...document.querySelectorAll('*')].flatMap((el) =>
        el.getAttributeNames().filter((name) => name.startsWith('on')),
      ),
      links: [...document.links].map((a) => a.protocol).filter((p) => p !== 'http:' && p !== 'https:' && p !== 'file:'),
      // The screenshots are inlined as data:image/…; nothing else is loaded.
      sources: [...document.querySelectorAll('[src]')]
        .map((el) => el.getAttribute('src')!)
        .filter((src) => !src.startsWith('data:image/')),
    }));
    expect(found).toEqual({ scripts: 0, handlers: [], links: [], sources: [] });
    expect(html).not.toMatch(/<script|<svg|<object|<iframe|<embed/i);
    await expectUntouched(page);
    await page.close();
  });
});

describe.each(BROWSERS)("the extension pages' Content-Security-Policy, in real %s", (name, launch) => {
  let driver: ExtensionDriver;

  beforeAll(async () => {
    driver = await launch({ recordCsp: true });
  }, 60_000);

  afterAll(async () => {
    await driver?.close();
  });

  it('stops scripts put into the dashboard, popup and verify page: inline, handlers, javascript:, eval, remote', async () => {
    const policies = new Set<string>();
    for (const path of ['dashboard.html', 'popup.html', 'verify.html']) {
      const page = await driver.openPage(path);
      await expect.poll(() => countOf(page, '#app > *')).toBeGreaterThan(0);
      await watchCspViolations(page); // Firefox's driver; Chromium's records them from the start
      const ran = await injectHostileMarkup(page, server.origin);
      const state = await pageState(page);
      expect(ran, `eval in ${path}`).toMatchObject({ eval: false, fn: false });
      // object-src 'self' lets an SVG document of the extension's own origin (a blob:) load; the policy it
      // inherits still stops its scripts. object-src 'none' would stop it loading (see the CSP proposal).
      if (ran.ownSvg) {
        expect(ran.ownSvg.pwned, `the blob: SVG's script in ${path}`).toBeNull();
        // Seen where every document records its violations (Chromium's driver).
        if (name === 'chromium')
          expect(ran.ownSvg.violations).toEqual(
            expect.arrayContaining(['script-src-attr inline', 'script-src-elem inline']),
          );
      }
      expect(state, `a script ran in ${path}`).toMatchObject({ pwned: null, storage: null });
      expect(canaryHitsOutsideWebPages(server)).toEqual([]);
      // The CSP is what stopped them: each attempt left its violation.
      const blocked = new Set(state.violations!.map((v) => `${v.directive} ${v.blocked.replace(server.origin, '')}`));
      expect([...blocked].sort(), path).toEqual(
        expect.arrayContaining([
          'script-src-elem inline',
          'script-src-attr inline',
          'script-src-elem /hostile/canary.js',
          'script-src eval',
          // Firefox names only the origin of a blocked document from another origin, as CSP 3 allows.
          name === 'chromium' ? 'object-src /hostile/scripted.svg' : 'object-src ',
        ]),
      );
      for (const violation of state.violations!) policies.add(violation.policy);
      await page.close();
    }
    // Without a policy in the manifest, Chrome's default for an unpacked extension allows scripts from
    // http://127.0.0.1:* and localhost; the MV3 minimum it enforces beside it ("script-src 'self';") does not.
    const selfOnly = [...policies].filter((policy) => /(^|;)\s*script-src 'self'\s*(;|$)/.test(policy));
    expect(selfOnly, [...policies].join('\n')).not.toEqual([]);
  });
});

describe('the policies the manifests declare', () => {
  it("declares no policy in the manifest weaker than the browser's default", async () => {
    const policies: string[] = [];
    const chromeManifest = JSON.parse(await readFile(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
      content_security_policy?: { extension_pages?: string };
    };
    policies.push(chromeManifest.content_security_policy?.extension_pages ?? "script-src 'self'");
    const firefox = await readFile(join(EXTENSION_DIR, '../firefox-mv2/manifest.json'), 'utf8').catch(() => null);
    if (firefox) {
      const manifest = JSON.parse(firefox) as { content_security_policy?: string };
      policies.push(manifest.content_security_policy ?? "script-src 'self'");
    }
    for (const policy of policies) {
      const scriptSrc = /(?:^|;)\s*script-src ([^;]*)/.exec(policy)?.[1] ?? '';
      // No 'unsafe-inline' or 'unsafe-eval', no host, scheme or wildcard: the extension's own files only.
      expect(scriptSrc.trim().split(/\s+/), policy).not.toEqual(
        expect.arrayContaining([expect.stringMatching(/^'unsafe-|[*:]/)]),
      );
    }
  });
});
