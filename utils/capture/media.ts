import { base64ToBytes } from '../base64';
import { cappedFetch } from '../capped-fetch';
import type { MediaFetchResult } from '../extract/protocol';
import { validateMediaFetch } from '../evidence/page-answer';
import { callInPage } from './in-page-call';
import { KEPT_MEDIA, refusedExtensionFetch } from './media-policy';
import type { PostMedia } from '../evidence/record';
import { note, type Note } from '../notes/note';

/**
 * One fetch of a media item: the bytes of `src` (what the page showed, or a larger size it offered, `offered`), or
 * why they were not kept.
 */
export type MediaOutcome =
  | { ok: true; media: PostMedia; src: string; offered: boolean; bytes: Blob; fetchedVia: 'page' | 'extension' }
  | { ok: false; media: PostMedia; src: string; offered: boolean; reason: Note };

/** A photo or video larger than this is recorded as skipped, with its size, not kept. */
export const MAX_MEDIA_BYTES = 32 * 1024 * 1024;
const PARALLEL = 4;
/** What a size the page offered but never showed must be to be kept: a picture. */
const OFFERED_MEDIA = /^image\/[\w.+-]+$/i;

interface Job {
  media: PostMedia;
  src: string;
  offered: boolean;
}

/**
 * The fetches a post's media need, each address once: each item's address; for a photo, what the browser showed, and
 * beside it the larger size it offered (a photo not shown yet: only that). An address one item showed is fetched as
 * shown, even where another offers it.
 */
export function mediaJobs(items: PostMedia[]): Job[] {
  const shownOf = (media: PostMedia) => (media.shownSrc === undefined ? media.src : media.shownSrc);
  const shown = new Set(items.map(shownOf).filter((src): src is string => src !== null));
  const seen = new Set<string>();
  return items.flatMap((media): Job[] => {
    const wanted: Job[] = [];
    const asShown = shownOf(media);
    if (asShown !== null) wanted.push({ media, src: asShown, offered: false });
    if (media.src !== asShown && !shown.has(media.src)) wanted.push({ media, src: media.src, offered: true });
    return wanted.filter((job) => !seen.has(job.src) && seen.add(job.src));
  });
}

/** Each fetch the post's media need, in the frame at `frameUrl`: through the page, or else by the extension. */
export async function fetchPostMedia(
  tabId: number,
  frameId: number,
  frameUrl: string,
  items: PostMedia[],
): Promise<MediaOutcome[]> {
  const jobs = mediaJobs(items);
  const outcomes: MediaOutcome[] = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const index = next++;
      const job = jobs[index]!;
      outcomes[index] = { ...job, ...(await fetchOne(tabId, frameId, frameUrl, job.src, job.offered)) };
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, jobs.length) }, worker));
  return outcomes;
}

type Fetched = { ok: true; bytes: Blob; fetchedVia: 'page' | 'extension' } | { ok: false; reason: Note };

/**
 * One address, through the page first (as the page asks: its CORS, and its cookies unless the page never showed it),
 * then, when the page may not read it, by the extension (media-policy.ts). What the page never showed is kept only
 * as a picture.
 */
async function fetchOne(tabId: number, frameId: number, frameUrl: string, src: string, offered: boolean) {
  const fetched = await fetchAddress(tabId, frameId, frameUrl, src, offered);
  if (!fetched.ok || !offered || OFFERED_MEDIA.test(fetched.bytes.type)) return fetched;
  const mime = fetched.bytes.type || 'application/octet-stream';
  return { ok: false as const, reason: note('skippedNotPicture', { mime }) };
}

async function fetchAddress(
  tabId: number,
  frameId: number,
  frameUrl: string,
  src: string,
  offered: boolean,
): Promise<Fetched> {
  let inPage: MediaFetchResult;
  try {
    inPage = validateMediaFetch(await callInPage(tabId, frameId, 'fetchMedia', [src, MAX_MEDIA_BYTES, offered]));
  } catch (error) {
    inPage = { ok: false, reason: note('skippedHandOver', { detail: String(error) }), size: null, retry: true };
  }
  if (inPage.ok) {
    return { ok: true, bytes: new Blob([base64ToBytes(inPage.base64)], { type: inPage.mime }), fetchedVia: 'page' };
  }
  if (!inPage.retry || !/^https?:/.test(src)) return { ok: false, reason: inPage.reason };
  // The page may not read a cross-origin photo without CORS; the extension's host permission may: without her
  // cookies, never on her own network for a page from elsewhere, and only a photo, video or sound is kept.
  const refused = refusedExtensionFetch(src, frameUrl);
  if (refused) return { ok: false, reason: refused };
  // What the page never showed is taken only from where it says, not wherever a redirect points.
  const direct = await cappedFetch(src, MAX_MEDIA_BYTES, {
    credentials: 'omit',
    redirect: offered ? 'error' : 'follow',
  });
  if (!direct.ok) return { ok: false, reason: direct.reason };
  // A redirect may lead where the address itself may not.
  const redirected = refusedExtensionFetch(direct.url, frameUrl);
  if (redirected) return { ok: false, reason: redirected };
  if (!KEPT_MEDIA.test(direct.mime)) return { ok: false, reason: note('skippedNotMedia', { mime: direct.mime }) };
  return { ok: true, bytes: new Blob([direct.bytes], { type: direct.mime }), fetchedVia: 'extension' };
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
