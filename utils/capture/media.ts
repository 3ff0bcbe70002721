import { base64ToBytes } from '../base64';
import { cappedFetch } from '../capped-fetch';
import type { MediaFetchResult } from '../extract/protocol';
import { validateMediaFetch } from '../extract/validate';
import { callInPage } from './in-page-call';
import { KEPT_MEDIA, refusedExtensionFetch } from './media-policy';
import type { PostMedia } from './record';

/**
 * One media item's bytes and the address they came from (`src`, or what the page showed when the largest size could
 * not be had, with why: `largestNotKept`), or why it was not kept.
 */
export type MediaOutcome =
  | {
      ok: true;
      media: PostMedia;
      src: string;
      bytes: Blob;
      fetchedVia: 'page' | 'extension';
      largestNotKept?: string;
    }
  | { ok: false; media: PostMedia; reason: string };

type Fetched = { ok: true; bytes: Blob; fetchedVia: 'page' | 'extension' } | { ok: false; reason: string };

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
  const largest = await fetchAddress(tabId, frameId, frameUrl, media.src);
  if (largest.ok) return { ...largest, media, src: media.src };
  if (!media.shownSrc) return { ok: false, media, reason: largest.reason };
  const shown = await fetchAddress(tabId, frameId, frameUrl, media.shownSrc);
  if (!shown.ok) return { ok: false, media, reason: largest.reason };
  return { ...shown, media, src: media.shownSrc, largestNotKept: largest.reason };
}

async function fetchAddress(tabId: number, frameId: number, frameUrl: string, src: string): Promise<Fetched> {
  let inPage: MediaFetchResult;
  try {
    inPage = validateMediaFetch(await callInPage(tabId, frameId, 'fetchMedia', [src, MAX_MEDIA_BYTES]));
  } catch (error) {
    inPage = { ok: false, reason: `the page could not hand it over (${String(error)})`, size: null, retry: true };
  }
  if (inPage.ok) {
    return { ok: true, bytes: new Blob([base64ToBytes(inPage.base64)], { type: inPage.mime }), fetchedVia: 'page' };
  }
  if (!inPage.retry || !/^https?:/.test(src)) return { ok: false, reason: inPage.reason };
  // The page may not read a cross-origin photo without CORS; the extension's host permission may: without her
  // cookies, never on her own network for a page from elsewhere, and only a photo, video or sound is kept.
  const refused = refusedExtensionFetch(src, frameUrl);
  if (refused) return { ok: false, reason: refused };
  const direct = await cappedFetch(src, MAX_MEDIA_BYTES, { credentials: 'omit' });
  if (!direct.ok) return { ok: false, reason: direct.reason };
  // A redirect may lead where the address itself may not.
  const redirected = refusedExtensionFetch(direct.url, frameUrl);
  if (redirected) return { ok: false, reason: redirected };
  if (!KEPT_MEDIA.test(direct.mime)) return { ok: false, reason: `it is not a photo, video or sound (${direct.mime})` };
  return { ok: true, bytes: new Blob([direct.bytes], { type: direct.mime }), fetchedVia: 'extension' };
}

/** The capture's warning when the largest size of a photo could not be had (notes.largestNotKept in the catalogs). */
export function largestNotKeptNote(src: string, reason: string): string {
  return `The largest size the page offers of a photo (${src}) could not be fetched (${reason}); the size it showed was kept.`;
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
