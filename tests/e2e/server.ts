import { execFile } from 'node:child_process';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { promisify } from 'node:util';
import { join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

/**
 * The test pages, served from 127.0.0.1 only. Beside the fixture files it
 * serves a few made-up resources: a missing photo, one that is not an image, a
 * 50 MB photo and a page of 100,000 nodes. In the hostile fixtures,
 * `%ORIGIN%` becomes the server's origin, so that their scripts can call back
 * (tests/e2e/untrusted.test.ts counts the calls in `requests`).
 */
export const FIXTURES = join(process.cwd(), 'tests/fixtures');
export const BIG_IMAGE_BYTES = 50 * 1024 * 1024;
export const HUGE_PAGE_NODES = 100_000;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.png': 'image/png',
  '.webm': 'video/webm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.js': 'text/javascript',
};

export interface TestServer {
  origin: string;
  /** Every request's path and query, in the order they came. */
  requests: string[];
  /** The Cookie header of every request that carried one, by path and query. */
  cookies: Map<string, string>;
  close(): Promise<void>;
}

export async function startServer(): Promise<TestServer> {
  const server: Server = createServer((req, res) => {
    void handle(req.url ?? '/', res, `http://${req.headers.host}`);
  });
  return listen(server, 'http');
}

/** The hosts the Telegram fixtures are served under, in the browser, through --host-resolver-rules. */
export const TELEGRAM_HOSTS = ['web.telegram.org', 't.me'];
/** The hosts of the X fixtures (tests/fixtures/x/): the site, and the servers of its photos and GIFs. */
export const X_HOSTS = ['x.com', 'twitter.com', 'pbs.twimg.com', 'video.twimg.com'];
/** Where a quick exit goes (utils/safety/neutral-site.ts), answered by the same server with a page about the weather. */
export const NEUTRAL_HOST = 'www.google.com';
/** Every host name the HTTPS test server answers for. */
export const SERVED_HOSTS = [...TELEGRAM_HOSTS, ...X_HOSTS, NEUTRAL_HOST];
export const NEUTRAL_PAGE_TITLE = 'Weather';

/**
 * An HTTPS server on 127.0.0.1 with a throw-away self-signed certificate for
 * Telegram's host names (and the quick exit's neutral site): the browser is
 * told to resolve those names here and to ignore the certificate, so the
 * fixtures load under their real URLs, and no request leaves the machine.
 */
export async function startTelegramServer(): Promise<TestServer & { port: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'dokaz-cert-'));
  await promisify(execFile)('openssl', [
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:prime256v1',
    '-nodes',
    '-days',
    '2',
    '-keyout',
    join(dir, 'key.pem'),
    '-out',
    join(dir, 'cert.pem'),
    '-subj',
    '/CN=web.telegram.org',
    '-addext',
    `subjectAltName=${SERVED_HOSTS.map((h) => `DNS:${h}`).join(',')}`,
  ]);
  const [key, cert] = await Promise.all([readFile(join(dir, 'key.pem')), readFile(join(dir, 'cert.pem'))]);
  await rm(dir, { recursive: true, force: true });
  const server = createHttpsServer({ key, cert }, (req, res) => {
    void handle(telegramPath(req), res);
  });
  const started = await listen(server, 'https');
  return { ...started, port: Number(new URL(started.origin).port) };
}

/** Each X fixture by the address it stands for (its JSON's `url`, path and query): x/<name>.html. */
function xFixtureAt(url: URL): string | null {
  const dir = join(FIXTURES, 'x');
  for (const file of existsSync(dir) ? readdirSync(dir) : []) {
    if (!file.endsWith('.json')) continue;
    const at = new URL((JSON.parse(readFileSync(join(dir, file), 'utf8')) as { url: string }).url);
    if (at.pathname + at.search === url.pathname + url.search) return `/x/${file.replace(/\.json$/, '.html')}`;
  }
  return null;
}

/**
 * Maps a Telegram URL to its fixture: /k/?fixture=x → telegram/web-k/x.html, t.me/s/ch → telegram/tme/ch.html,
 * /long-chat.js → telegram/long-chat.js; an X
 * address to the X fixture that stands for it; a photo of X's (pbs.twimg.com/media/…, any size) to photo.png and a
 * GIF (video.twimg.com/tweet_video/…) to clip.webm; and /hostile/x.html under any of the names to that fixture.
 */
function telegramPath(req: IncomingMessage): string {
  const url = new URL(req.url ?? '/', `https://${req.headers.host ?? 'web.telegram.org'}`);
  if (url.pathname === '/photo.png' || url.pathname === '/clip.webm') return url.pathname;
  // The script the long-chat fixtures share (tests/fixtures/telegram/long-chat.js), on either Telegram host.
  if (url.pathname === '/long-chat.js' && TELEGRAM_HOSTS.includes(url.hostname)) return '/telegram/long-chat.js';
  if (url.hostname === NEUTRAL_HOST && url.pathname === '/search') return '/neutral';
  // A hostile fixture under a public name (tests/fixtures/hostile/), for what a page from elsewhere may not do.
  if (/^\/hostile\/[\w-]+\.html$/.test(url.pathname)) return url.pathname;
  if (url.hostname === 'pbs.twimg.com') return '/photo.png';
  if (url.hostname === 'video.twimg.com' && url.pathname.startsWith('/tweet_video/')) return '/clip.webm';
  if (url.hostname === 'x.com' || url.hostname === 'twitter.com') return xFixtureAt(url) ?? '/not-found';
  if (url.hostname === 'web.telegram.org') {
    const client = /^\/(k|a)\//.exec(url.pathname)?.[1];
    const fixture = url.searchParams.get('fixture');
    if (client && fixture) return `/telegram/web-${client}/${fixture}.html`;
  }
  if (url.hostname === 't.me') {
    const channel = /^\/s\/([\w]+)\/?$/.exec(url.pathname)?.[1];
    if (channel) return `/telegram/tme/${channel}.html`;
    const post = /^\/([\w]+)\/(\d+)\/?$/.exec(url.pathname);
    if (post) return `/telegram/tme/${post[1]}-${post[2]}.html`;
  }
  return '/not-found';
}

async function listen(server: Server | HttpsServer, scheme: 'http' | 'https'): Promise<TestServer> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const requests: string[] = [];
  const cookies = new Map<string, string>();
  server.on('request', (req: IncomingMessage) => {
    requests.push(req.url ?? '/');
    if (req.headers.cookie) cookies.set(req.url ?? '/', req.headers.cookie);
  });
  return {
    origin: `${scheme}://127.0.0.1:${port}`,
    requests,
    cookies,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function handle(url: string, res: ServerResponse, origin?: string): Promise<void> {
  const path = new URL(url, 'http://x').pathname;
  if (path === '/canary') return void res.writeHead(204).end(); // a hostile fixture's script calling home
  if (path === '/missing.png') return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  if (path === '/garbage.png') {
    return void res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from('this is not a PNG at all'));
  }
  if (path === '/big.png') {
    res.writeHead(200, { 'content-type': 'image/png', 'content-length': String(BIG_IMAGE_BYTES) });
    const chunk = Buffer.alloc(1024 * 1024, 7);
    let sent = 0;
    const write = () => {
      while (sent < BIG_IMAGE_BYTES) {
        sent += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', write);
      }
      res.end();
    };
    res.on('close', () => (sent = BIG_IMAGE_BYTES));
    return write();
  }
  if (path === '/neutral') {
    const page = `<!doctype html><title>${NEUTRAL_PAGE_TITLE}</title><p>Sunny, 21 °C</p>`;
    return void res.writeHead(200, { 'content-type': TYPES['.html'] }).end(page);
  }
  if (path === '/huge.html') return void res.writeHead(200, { 'content-type': TYPES['.html'] }).end(hugePage());
  const file = normalize(join(FIXTURES, path));
  if (!file.startsWith(FIXTURES)) return void res.writeHead(403).end();
  try {
    let body = await readFile(file);
    if (origin && path.startsWith('/hostile/'))
      body = Buffer.from(body.toString('utf8').replaceAll('%ORIGIN%', origin));
    res
      .writeHead(200, { 'content-type': TYPES[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream' })
      .end(body);
  } catch {
    res.writeHead(404).end();
  }
}

/** 100,000 elements: 25,000 posts of four elements each. */
function hugePage(): string {
  const posts: string[] = [];
  for (let i = 0; i < HUGE_PAGE_NODES / 4; i++) {
    posts.push(`<div class="post" id="p${i}"><b>user${i}</b><span>message number ${i}</span><i>12:${i % 60}</i></div>`);
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Huge page</title></head><body><main id="feed">${posts.join('')}</main></body></html>`;
}
