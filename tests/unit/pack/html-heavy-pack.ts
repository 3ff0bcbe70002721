import type { ArtifactMeta, StoredCaptureView } from '../../../utils/evidence/record';
import type { CustodyEvent } from '../../../utils/custody';
import { sha256Hex } from '../../../utils/hash';
import { makeCapture } from '../../factories';
import { addCaptured, signAndBuild } from './genuine-pack';

/**
 * A genuine pack at the edge of what Dokaz captures: every post is a chat of
 * Telegram messages as HTML, 2,000,000 characters (the most a capture keeps,
 * utils/extract/in-page.ts), and each capture has what a real one has beside
 * its record: the page as MHTML (the post's HTML again, deflated) and the
 * screenshots (PNG, incompressible, stored). The kept-file budgets
 * (utils/pack/verify/read-limits.ts) must never refuse such a pack.
 */
export const POST_HTML_CHARS = 2_000_000;

/** A small deterministic generator, so that the pack deflates the same on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'објава фотографија група канал порака денес утре вечер каде сите слики нова стара таа тој ние вие ' +
  'доказ пријава полиција адреса телефон лице град скопје битола охрид видео линк ова тоа многу малку ' +
  'post photo group see here link now who this that she they later tonight send more'
).split(' ');
const NAMES = ['Смоква', 'Марко П.', 'anon_1987', 'Ана', 'Dragan', 'Јована С.', 'user5521', 'Бобан'];

/** A chat of Telegram Web K messages, as the post's HTML, exactly `chars` characters long. */
export function chatHtml(seed: number, chars = POST_HTML_CHARS): string {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const parts: string[] = ['<div class="bubbles-inner">'];
  let length = parts[0]!.length;
  for (let mid = 1000 + seed * 10_000; length < chars; mid++) {
    const words = Array.from({ length: 3 + Math.floor(next() * 30) }, () => pick(WORDS)).join(' ');
    const time = `${String(Math.floor(next() * 24)).padStart(2, '0')}:${String(Math.floor(next() * 60)).padStart(2, '0')}`;
    const message =
      `<div class="bubble${next() < 0.3 ? ' is-out' : ''}" data-mid="${mid}" data-peer-id="-100${1_000_000 + seed}" ` +
      `data-timestamp="${1_790_000_000 + mid * 37}"><div class="bubble-content-wrapper"><div class="bubble-content">` +
      `<div class="name" data-peer-id="${Math.floor(next() * 1e9)}">${pick(NAMES)}</div>` +
      `<div class="message spoilers-container" dir="auto">${words}<span class="time tgico">` +
      `<span class="i18n" dir="auto">${time}</span></span></div></div></div></div>`;
    parts.push(message);
    length += message.length;
  }
  return parts.join('').slice(0, chars);
}

/** Random bytes, like a PNG's compressed data. */
function incompressible(size: number, seed: number): Uint8Array<ArrayBuffer> {
  const next = random(seed);
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) bytes[i] = Math.floor(next() * 256);
  return bytes;
}

async function artifact(
  kind: ArtifactMeta['kind'],
  name: string,
  mime: string,
  bytes: Uint8Array<ArrayBuffer>,
): Promise<[ArtifactMeta, Blob]> {
  const blob = new Blob([bytes], { type: mime });
  const meta = { id: crypto.randomUUID(), kind, name, mime, size: bytes.length, sha256: await sha256Hex(bytes) };
  return [meta, blob];
}

export async function makeHtmlHeavyPack(captures: number): Promise<Uint8Array<ArrayBuffer>> {
  const actor = crypto.randomUUID();
  const views: StoredCaptureView[] = [];
  const events: CustodyEvent[] = [];
  const blobs = new Map<string, Blob>();
  const encoder = new TextEncoder();
  for (let i = 0; i < captures; i++) {
    const html = chatHtml(i);
    const mhtml = encoder.encode(
      'From: <Saved by Blink>\r\nSubject: Smokva\r\nMIME-Version: 1.0\r\n' +
        'Content-Type: multipart/related; type="text/html"; boundary="----MultipartBoundary"\r\n\r\n' +
        '------MultipartBoundary\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: 8bit\r\n\r\n' +
        `<!doctype html><html><body><div class="chat">${html}</div></body></html>\r\n------MultipartBoundary--\r\n`,
    );
    const made = await Promise.all([
      artifact('viewport-screenshot', 'viewport.png', 'image/png', incompressible(180_000, i)),
      artifact('post-screenshot', 'post-1.png', 'image/png', incompressible(60_000, i + 1000)),
      artifact('page-mhtml', 'page.mhtml', 'multipart/related', mhtml),
    ]);
    for (const [meta, blob] of made) blobs.set(meta.id, blob);
    const base = (await makeCapture({ actor }, [])).record;
    const record = { ...base, post: { ...base.post, html }, artifacts: made.map(([meta]) => meta) };
    await addCaptured(views, events, record, actor);
  }
  return signAndBuild(views, events, actor, async (id) => blobs.get(id)!);
}
