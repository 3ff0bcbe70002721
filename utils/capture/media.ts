import { base64ToBytes } from '../base64';
import { cappedFetch } from '../capped-fetch';
import type { MediaFetchResult } from '../extract/protocol';
import { validateMediaFetch } from '../extract/validate';
import { callInPage } from './in-page-call';
import { KEPT_MEDIA, refusedExtensionFetch } from './media-policy';
import type { PostMedia } from './record';

/** One media item's bytes, or why it was not kept. */
export type MediaOutcome =
  | { ok: true; media: PostMedia; bytes: Blob; fetchedVia: 'page' | 'extension' }
  | { ok: false; media: PostMedia; reason: string };

/** A photo or video larger than this is recorded as skipped, with its size, not kept. */
export const MAX_MEDIA_BYTES = 32 * 1024 * 1024;
const PARALLEL = 4;

/** Each media item of the post in the frame at `frameUrl`: through the page, or else by the extension (media-policy.ts). */
export async function fetchPostMedia(
  tabId: number,
  frameId: number,
  frameUrl: string,
  items: PostMedia[],
): Promise<MediaOutcome[]> {
  const outcomes: MediaOutcome[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      outcomes[index] = await fetchOne(tabId, frameId, frameUrl, items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, items.length) }, worker));
  return outcomes;
}

async function fetchOne(tabId: number, frameId: number, frameUrl: string, media: PostMedia): Promise<MediaOutcome> {
  let inPage: MediaFetchResult;
  try {
    inPage = validateMediaFetch(await callInPage(tabId, frameId, 'fetchMedia', [media.src, MAX_MEDIA_BYTES]));
  } catch (error) {
    inPage = { ok: false, reason: `the page could not hand it over (${String(error)})`, size: null, retry: true };
  }
  if (inPage.ok) {
    return {
      ok: true,
      media,
      bytes: new Blob([base64ToBytes(inPage.base64)], { type: inPage.mime }),
      fetchedVia: 'page',
    };
  }
  if (!inPage.retry || !/^https?:/.test(media.src)) return { ok: false, media, reason: inPage.reason };
  // The page may not read a cross-origin photo without CORS; the extension's host permission may: without her
  // cookies, never on her own network for a page from elsewhere, and only a photo, video or sound is kept.
  const refused = refusedExtensionFetch(media.src, frameUrl);
  if (refused) return { ok: false, media, reason: refused };
  const direct = await cappedFetch(media.src, MAX_MEDIA_BYTES, { credentials: 'omit' });
  if (!direct.ok) return { ok: false, media, reason: direct.reason };
  // A redirect may lead where the address itself may not.
  const redirected = refusedExtensionFetch(direct.url, frameUrl);
  if (redirected) return { ok: false, media, reason: redirected };
  if (!KEPT_MEDIA.test(direct.mime))
    return { ok: false, media, reason: `it is not a photo, video or sound (${direct.mime})` };
  return { ok: true, media, bytes: new Blob([direct.bytes], { type: direct.mime }), fetchedVia: 'extension' };
}

const EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/avif': 'avif',
  'image/svg+xml': 'svg',
  'video/mp4': 'mp4',
  'video/webm': 'webm',
  'audio/mpeg': 'mp3',
  'audio/ogg': 'ogg',
};

export function fileExtension(mime: string, url: string): string {
  const known = EXTENSIONS[mime];
  if (known) return known;
  const fromUrl = /\.([a-z0-9]{2,5})(?:[?#]|$)/i.exec(url)?.[1];
  return fromUrl ? fromUrl.toLowerCase() : 'bin';
}
