import { createServer, request as forward, type IncomingMessage } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { access, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countOf, textOf, type ExtensionPage } from './driver';
import { launchFirefox, type FirefoxSession } from './firefox';
import { startServer, type TestServer } from './server';

/**
 * Dokaz sends nothing anywhere (README, "Permissions"), in real Firefox: what tests/e2e/no-network.test.ts proves in
 * Chromium. Firefox has no request listener to drive from outside, so the whole browser is put behind a recording
 * HTTP proxy on 127.0.0.1 instead, and every request it makes, whoever makes it, is asked of the proxy: plain HTTP
 * by its full URL, HTTPS and WebSockets as a CONNECT to host:port. The proxy forwards what goes to 127.0.0.1 (the
 * test servers) and answers 502 to anything else, which it records as leaving.
 *
 * How nothing goes around the proxy:
 * - `no_proxies_on` is empty and `allow_hijacking_localhost` is on, so 127.0.0.1 itself goes through it too: the
 *   first test sees the test server's pages in the recording.
 * - `network.proxy.allow_bypass` is off: Firefox's own services (remote settings, for one) otherwise retry a request
 *   the proxy failed directly, out of its sight.
 * - With an HTTP proxy Firefox hands it the host name and never looks it up itself: the probe host in the first
 *   test is a name that exists nowhere, and its request is recorded all the same. A lookup would tell a name to the
 *   network too, so Firefox's resolver log (MOZ_LOG=nsHostResolver) is read as well: it names only the loopback.
 * - MOZ_DISABLE_NONLOCAL_CONNECTIONS=1, as Mozilla's own test harnesses run Firefox: a connection Firefox would
 *   open to anything but a local address, around the proxy, aborts Firefox ("Non-local network connections are
 *   disabled"), and every test after it fails.
 *
 * Firefox's own requests. A control run (this browser, the extension installed, nothing done, 70 s) showed Firefox
 * asking for one host by itself: firefox.settings.services.mozilla.com, its remote settings (blocklists, search
 * configuration, tracking lists, experiments...), about 25 collections at start and a poll after 30 s. Puppeteer's
 * `services.settings.server` pref, meant to send them to a dummy host, is ignored by release builds unless
 * MOZ_DISABLE_NONLOCAL_CONNECTIONS is set; with it, the server `data:,#remote-settings-dummy/v1` (again as
 * Mozilla's harnesses have it) switches remote settings off. Everything else Puppeteer's own prefs already switch
 * off (Safe Browsing, updates, telemetry, Normandy). With these the control run asked the proxy for nothing at all,
 * so nothing here is filtered out: every request recorded counts, whoever made it.
 *
 * What this cannot see: UDP sent to an address given as a number, i.e. WebRTC's STUN or TURN over UDP to an IP
 * literal (tried: it goes around the proxy, and Firefox does not stop it). WebRTC's TURN over TCP is seen (a
 * CONNECT), and a STUN server given by name is seen in the resolver log. Dokaz's code and builds use no WebRTC
 * (no RTCPeerConnection); `media.peerconnection.ice.proxy_only` would silence WebRTC rather than show it, so it is
 * not set.
 */
interface Asked {
  /** `GET http://host:port/path` or `CONNECT host:port`. */
  request: string;
  host: string;
  /** The Origin or Referer Firefox sent, when it did: a hint, in failure messages, of which page asked. */
  from?: string;
}

interface RecordingProxy {
  port: number;
  asked: Asked[];
  /** When the proxy was last asked for anything. */
  lastAskedAt(): number;
  close(): Promise<void>;
}

/** The one host requests may go to: the test servers listen on it. */
const LOCAL_HOST = '127.0.0.1';
const PROBE_HOST = 'recorder-probe.test';

async function startRecordingProxy(): Promise<RecordingProxy> {
  const asked: Asked[] = [];
  let lastAskedAt = Date.now();
  const tunnels = new Set<Socket>();
  const record = (request: string, host: string, req: IncomingMessage) => {
    const from = req.headers.origin ?? req.headers.referer;
    asked.push({ request, host, ...(from ? { from } : {}) });
    lastAskedAt = Date.now();
  };

  const server = createServer((req, res) => {
    let url: URL | null = null;
    try {
      url = new URL(req.url ?? '');
    } catch {
      // Not a proxy request (a path alone): recorded under the host it names, so that it counts as leaving.
    }
    record(`${req.method} ${url?.href ?? req.url}`, url?.hostname ?? `?${req.headers.host ?? ''}`, req);
    if (url?.hostname !== LOCAL_HOST || url.protocol !== 'http:') {
      res.writeHead(502, { 'content-type': 'text/plain' }).end('not forwarded: this test lets nothing leave');
      return;
    }
    const headers = { ...req.headers };
    delete headers['proxy-connection'];
    const upstream = forward(
      { host: LOCAL_HOST, port: url.port || 80, method: req.method, path: url.pathname + url.search, headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.headersSent || res.writeHead(502).end());
    req.pipe(upstream);
  });

  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    const target = req.url ?? '';
    const at = target.lastIndexOf(':');
    const host = at > 0 ? target.slice(0, at).replace(/^\[|\]$/g, '') : target;
    record(`CONNECT ${target}`, host, req);
    if (host !== LOCAL_HOST) return void client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
    const upstream = connect(Number(target.slice(at + 1)), LOCAL_HOST, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client).pipe(upstream);
    });
    for (const socket of [client, upstream]) {
      tunnels.add(socket);
      socket.on('error', () => socket.destroy());
      socket.on('close', () => tunnels.delete(socket));
    }
  });

  await new Promise<void>((resolve) => server.listen(0, LOCAL_HOST, resolve));
  return {
    port: (server.address() as AddressInfo).port,
    asked,
    lastAskedAt: () => lastAskedAt,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of tunnels) socket.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Everything the proxy was asked, in order, with what would leave marked ✗. */
function listing(asked: Asked[]): string {
  if (asked.length === 0) return '  (nothing)';
  return asked
    .map(
      ({ request, host, from }) => `  ${host === LOCAL_HOST ? ' ' : '✗'} ${request}${from ? `  (from ${from})` : ''}`,
    )
    .join('\n');
}

let proxy: RecordingProxy;
let server: TestServer;
let otherOrigin: TestServer;
let driver: FirefoxSession;
let dir: string;
let resolverLog: string;

/** Waits until the proxy has been asked for nothing for a second, so that what a step started late is counted. */
async function settle(): Promise<void> {
  const end = Date.now() + 10_000;
  while (Date.now() - proxy.lastAskedAt() < 1_000 && Date.now() < end) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The host names Firefox's resolver was asked for, from its log (one file per process). */
async function lookedUp(): Promise<string[]> {
  const names = new Set<string>();
  for (const file of await readdir(resolverLog)) {
    const log = await readFile(join(resolverLog, file), 'utf8');
    for (const [, name] of log.matchAll(/Resolving host \[([^\]]*)\]/g)) names.add(name!);
  }
  return [...names].sort();
}

/** What the browser itself resolves: the remote agent's `localhost` (from /etc/hosts), and the proxy's address. */
const LOOPBACK_NAMES = ['localhost', LOCAL_HOST];

async function expectOnlyLocal(): Promise<void> {
  await settle();
  const outside = proxy.asked.filter(({ host }) => host !== LOCAL_HOST);
  expect(outside, `requests that would have left the machine (✗), among all:\n${listing(proxy.asked)}`).toEqual([]);
  const names = await lookedUp();
  expect(
    names.filter((name) => !LOOPBACK_NAMES.includes(name)),
    `host names looked up: ${names.join(', ')}`,
  ).toEqual([]);
}

/** The request for `url` was made through the proxy: it was watched. */
function expectAsked(url: string): void {
  expect(
    proxy.asked.map(({ request }) => request),
    `the proxy was not asked for ${url}; it was asked for:\n${listing(proxy.asked)}`,
  ).toContain(`GET ${url}`);
}

beforeAll(async () => {
  [server, otherOrigin, proxy] = await Promise.all([startServer(), startServer(), startRecordingProxy()]);
  dir = await mkdtemp(join(tmpdir(), 'dokaz-no-network-'));
  resolverLog = join(dir, 'resolver-log');
  await mkdir(resolverLog);
  driver = await launchFirefox({
    firefox: {
      prefs: {
        // Every request, of every kind and to every host, 127.0.0.1 included, through the proxy (manual settings).
        'network.proxy.type': 1,
        'network.proxy.http': LOCAL_HOST,
        'network.proxy.http_port': proxy.port,
        'network.proxy.share_proxy_settings': true,
        'network.proxy.ssl': LOCAL_HOST,
        'network.proxy.ssl_port': proxy.port,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': true,
        'network.proxy.allow_bypass': false,
        // Firefox's remote settings, off (see above); the only one of its own requests the control run showed.
        'services.settings.server': 'data:,#remote-settings-dummy/v1',
      },
      env: {
        MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1',
        // Every name Firefox resolves, written as it happens (sync), so that it is on disk when a test reads it.
        MOZ_LOG: 'nsHostResolver:4,sync',
        MOZ_LOG_FILE: join(resolverLog, 'firefox'),
      },
    },
  });
}, 60_000);

afterAll(async () => {
  await driver?.close();
  await proxy?.close();
  await server?.close();
  await otherOrigin?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** One of Dokaz's pages, opened and drawn. */
async function openExtensionPage(path: string): Promise<ExtensionPage> {
  const page = await driver.openPage(path);
  await expect.poll(() => countOf(page, '#app > *'), { timeout: 10_000 }).toBeGreaterThan(0);
  return page;
}

describe('no request leaves the machine, in real Firefox', () => {
  it('is watched: the proxy sees what the extension and a page ask for, and flags another host', async () => {
    const port = new URL(server.origin).port;
    const probe = `http://${PROBE_HOST}:${port}/probe?from=extension`;
    // From the extension's own context (the test page, beside the background page), and from the background page.
    const fetchStatus = (url: string) =>
      fetch(url).then(
        (response) => response.status,
        (error: unknown) => String(error),
      );
    expect(await driver.inExtension(fetchStatus, probe)).toBe(502);
    const fromBackground = `http://${PROBE_HOST}:${port}/probe?from=background`;
    const backgroundStatus = await driver.inExtension(async (url) => {
      const runtime = (globalThis as unknown as { browser: { runtime: { getBackgroundPage(): Promise<Window> } } })
        .browser.runtime;
      return (await runtime.getBackgroundPage()).fetch(url).then((response) => response.status);
    }, fromBackground);
    expect(backgroundStatus).toBe(502);

    const dashboard = await openExtensionPage('dashboard.html');
    expect(await dashboard.evaluate(fetchStatus, `${server.origin}/probe?from=page`)).toBe(404);
    await dashboard.close();
    await driver.open(`${server.origin}/generic/article.html`);
    expect(await driver.evaluate(fetchStatus, `${server.origin}/probe?from=web-page`)).toBe(404);

    expectAsked(probe);
    expectAsked(fromBackground);
    expectAsked(`${server.origin}/probe?from=page`);
    expectAsked(`${server.origin}/generic/article.html`);
    expectAsked(`${server.origin}/probe?from=web-page`);
    // 127.0.0.1 reached the server through the proxy; the probe host reached nothing.
    expect(server.requests).toContain('/probe?from=page');
    expect(
      server.requests.filter((path) => path.includes('from=extension') || path.includes('from=background')),
    ).toEqual([]);
    await settle();
    expect(
      proxy.asked.filter(({ host }) => host !== LOCAL_HOST).map(({ request }) => request),
      listing(proxy.asked),
    ).toEqual([`GET ${probe}`, `GET ${fromBackground}`]);
    // The resolver log is read (it has the proxy's address), and the probe host was handed over, never looked up.
    expect(await lookedUp()).toContain(LOCAL_HOST);
    expect(await lookedUp()).not.toContain(PROBE_HOST);
    proxy.asked.length = 0;
  });

  it('while a post with photos is captured, its own photo and one from another origin', async () => {
    await driver.open(`${server.origin}/generic/feed.html`);
    expect((await driver.capture(await driver.rightClick('#photo-2'))).error).toBeUndefined();
    expectAsked(`${server.origin}/photo.png`);

    // A photo the page may not read (no CORS): the extension fetches it itself, with its host permission.
    const foreign = `${otherOrigin.origin}/photo.png`;
    await driver.open(`${server.origin}/generic/feed.html`);
    await driver.evaluate(async (src) => {
      const img = document.querySelector<HTMLImageElement>('#photo-2')!;
      img.src = src;
      await img.decode();
    }, foreign);
    const { id, error } = await driver.capture(await driver.rightClick('#photo-2'));
    expect(error).toBeUndefined();
    const media = (await driver.callApi('getCapture', id!))!.artifacts.find((a) => a.kind === 'media');
    expect(media).toMatchObject({ sourceUrl: foreign });
    expectAsked(foreign);
    await expectOnlyLocal();
  });

  it("while every one of the extension's pages is open", async () => {
    const [capture] = await driver.callApi('listCaptures', { limit: 1 });
    const pages = ['popup.html', 'dashboard.html', `dashboard.html#/capture/${capture!.id}`, 'dashboard.html#/custody'];
    pages.push('dashboard.html#/settings', 'dashboard.html#/cases', 'dashboard.html#/groups');
    pages.push('dashboard.html#/accounts', 'verify.html');
    for (const path of pages) {
      const page = await openExtensionPage(path);
      if (path.includes('/capture/')) {
        // Each artifact's preview, one after another (the table shows one at a time).
        await expect
          .poll(() => countOf(page, '[data-testid="artifact-row"] button[aria-controls]:not([disabled])'), {
            timeout: 10_000,
          })
          .toBeGreaterThan(0);
        const previews = await countOf(page, '[data-testid="artifact-row"] button[aria-controls]');
        for (let i = 0; i < previews; i++) {
          const loaded = await page.evaluate(async (i) => {
            const button = document.querySelectorAll<HTMLButtonElement>(
              '[data-testid="artifact-row"] button[aria-controls]',
            )[i]!;
            button.click();
            const end = Date.now() + 10_000;
            for (;;) {
              const img = document.querySelector<HTMLImageElement>(`#${button.getAttribute('aria-controls')} img`);
              if (img?.complete && img.naturalWidth > 0) return true;
              if (Date.now() > end) return false;
              await new Promise((resolve) => setTimeout(resolve, 50));
            }
          }, i);
          expect(loaded, `preview ${i}`).toBe(true);
        }
      }
      await page.close();
    }
    await expectOnlyLocal();
  });

  it('while a pack is exported, saved from the dashboard, and checked on the verify page', async () => {
    const base64 = await driver.callApi('exportPack', { all: true });

    const dashboard = await openExtensionPage('dashboard.html');
    const exportAll = '[data-testid="export-button"]';
    await expect
      .poll(() => textOf(dashboard, exportAll), { timeout: 10_000 })
      .toBe('Export all as a signed evidence pack');
    await dashboard.click(exportAll);
    await expect
      .poll(() => textOf(dashboard, '[data-testid="export-saved"]'), { timeout: 30_000 })
      .toMatch(/Saved as /);
    await dashboard.close();
    // The downloads API copies a blob: URL the page made; its sources are checked here, and the file is on disk.
    const saved = await driver.inExtension(async () => {
      type Downloads = { search(query: object): Promise<{ url: string; filename: string }[]> };
      const { downloads } = (globalThis as unknown as { browser: { downloads: Downloads } }).browser;
      return (await downloads.search({})).map(({ url, filename }) => ({ url, filename }));
    });
    expect(saved.length).toBeGreaterThan(0);
    expect(saved.filter(({ url }) => !url.startsWith('blob:moz-extension:') && !url.startsWith('data:'))).toEqual([]);
    await expect
      .poll(
        () =>
          access(saved[0]!.filename).then(
            () => true,
            () => false,
          ),
        { timeout: 10_000 },
      )
      .toBe(true);

    const verify = await openExtensionPage('verify.html');
    const zip = join(dir, 'pack.zip');
    await writeFile(zip, Buffer.from(base64, 'base64'));
    await verify.upload('[data-testid="pack-file"]', zip);
    await expect
      .poll(
        () =>
          verify.evaluate(
            () => document.querySelector('[data-testid="pack-verdict"]')?.getAttribute('data-ok') ?? null,
          ),
        { timeout: 30_000 },
      )
      .toBe('true');
    await verify.close();
    await expectOnlyLocal();
  });
});
