import { CAPTURE_SCHEMA, type ArtifactMeta, type CaptureRecord } from '../utils/evidence/record';
import type { TelegramChat, TelegramMessagePost, TelegramPeerRef } from '../utils/sites/telegram/types';
import { sha256Hex } from '../utils/hash';

/** A capture record and its artifact bytes, as the capture pipeline would hand them to the store. */
export async function makeCapture(
  overrides: Partial<CaptureRecord> = {},
  artifactTexts: string[] = ['viewport bytes', 'post bytes'],
): Promise<{ record: CaptureRecord; data: Map<string, Blob> }> {
  const data = new Map<string, Blob>();
  const artifacts: ArtifactMeta[] = [];
  for (const [i, text] of artifactTexts.entries()) {
    const blob = new Blob([text], { type: 'image/png' });
    const id = crypto.randomUUID();
    data.set(id, blob);
    artifacts.push({
      id,
      kind: i === 0 ? 'viewport-screenshot' : 'post-screenshot',
      name: i === 0 ? 'viewport.png' : `post-${i}.png`,
      mime: 'image/png',
      size: blob.size,
      sha256: await sha256Hex(blob),
    });
  }
  const record: CaptureRecord = {
    schema: CAPTURE_SCHEMA,
    id: crypto.randomUUID(),
    capturedAt: '2026-11-23T12:34:56.789Z',
    capturedAtLocal: '2026-11-23T13:34:56.789+01:00',
    timeZone: 'Europe/Skopje',
    actor: 'install-test',
    trigger: { source: 'menu', frameId: 0, mediaType: null, linkUrl: null, srcUrl: null, selectionText: null },
    page: {
      url: 'http://127.0.0.1/post',
      title: 'A post',
      canonicalUrl: null,
      lang: 'mk',
      description: null,
      meta: {},
    },
    post: {
      frameUrl: 'http://127.0.0.1/post',
      container: { tag: 'article', path: 'article' },
      text: 'Објава со фотографија',
      html: '<article>Објава со фотографија</article>',
      htmlTruncated: false,
      selection: '',
      linkUrl: null,
      mediaUrl: null,
      media: [],
      rect: { x: 0, y: 0, width: 100, height: 50 },
      tall: false,
      extractor: 'generic@1',
      structured: null,
    },
    environment: {
      browser: { name: 'Chromium', version: '156' },
      os: 'linux x86-64',
      extensionVersion: '0.1.0',
      userAgent: 'test',
      window: { width: 1280, height: 800 },
      viewport: { width: 1280, height: 720, devicePixelRatio: 1 },
      locale: 'mk-MK',
    },
    artifacts,
    skipped: [],
    warnings: [],
    notes: [],
    previousCaptureId: null,
    run: null,
    ...overrides,
  };
  // A record of an earlier version has none of the members dokaz-capture/3 added.
  if (record.schema !== CAPTURE_SCHEMA) {
    for (const name of ['notes', 'previousCaptureId', 'run'] as const) {
      if (!Object.hasOwn(overrides, name)) delete record[name];
    }
  }
  return { record, data };
}

/** A Telegram message as an extractor reads it, for catalogue and search tests. */
export function telegramMessage(
  options: {
    chat?: Partial<TelegramChat>;
    sender?: Partial<TelegramPeerRef & { signature: string | null }> | null;
    forwardedFrom?: Partial<TelegramPeerRef> | null;
    text?: string;
    messageId?: number;
  } = {},
): TelegramMessagePost {
  return {
    platform: 'telegram',
    client: 'web-k',
    extractor: 'telegram-web-k@1',
    warnings: [],
    notes: [],
    kind: 'message',
    chat: {
      title: 'Smokva',
      peerId: -1001987654321,
      username: 'smokva_grupa',
      usernameSource: 'address #@username',
      type: 'supergroup',
      memberCount: 1234,
      memberCountText: '1 234 members',
      ...options.chat,
    },
    messageId: options.messageId ?? 2047,
    sender:
      options.sender === null
        ? null
        : { name: 'Marko', peerId: 5551234, username: 'marko_x', signature: null, ...options.sender },
    date: {
      iso: '2026-11-20T15:30:00.000Z',
      text: '16:30',
      precision: 'second',
      source: 'data-timestamp',
      reference: null,
    },
    edited: false,
    text: options.text ?? 'Слики од Смоква',
    entities: [],
    forwardedFrom: options.forwardedFrom
      ? { name: null, peerId: null, username: null, date: null, ...options.forwardedFrom }
      : null,
    replyTo: null,
    views: null,
    viewsText: null,
    reactions: [],
    media: [],
    permalink: 'https://t.me/smokva_grupa/2047',
  };
}

/** A Telegram message's media item as an extractor reads it: a photo of 800×600 whose bytes the page does not hold. */
export function telegramMediaItem(
  overrides: Partial<TelegramMessagePost['media'][number]> = {},
): TelegramMessagePost['media'][number] {
  return {
    kind: 'photo',
    messageId: null,
    src: null,
    width: 800,
    height: 600,
    duration: null,
    fileName: null,
    fileSizeText: null,
    thumbnail: false,
    ...overrides,
  };
}
