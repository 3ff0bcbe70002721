import { createServer, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

/**
 * The test pages, served from 127.0.0.1 only. Beside the fixture files it
 * serves a few made-up resources: a missing photo, one that is not an image, a
 * 50 MB photo and a page of 100,000 nodes.
 */
export const FIXTURES = join(process.cwd(), 'tests/fixtures');
export const BIG_IMAGE_BYTES = 50 * 1024 * 1024;
export const HUGE_PAGE_NODES = 100_000;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.png': 'image/png',
  '.json': 'application/json',
};

export interface TestServer {
  origin: string;
  close(): Promise<void>;
}

export async function startServer(): Promise<TestServer> {
  const server: Server = createServer((req, res) => {
    void handle(req.url ?? '/', res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function handle(url: string, res: ServerResponse): Promise<void> {
  const path = new URL(url, 'http://x').pathname;
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
  if (path === '/huge.html') return void res.writeHead(200, { 'content-type': TYPES['.html'] }).end(hugePage());
  const file = normalize(join(FIXTURES, path === '/photo.png' ? 'photo.png' : path));
  if (!file.startsWith(FIXTURES)) return void res.writeHead(403).end();
  try {
    const body = await readFile(file);
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
