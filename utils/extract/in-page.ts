import { bytesToBase64 } from '../base64';
import { note, type Note } from '../notes/note';
import { cappedFetch } from '../capped-fetch';
import type { PostInfo, PostMedia } from '../evidence/record';
import { LAST_TARGET_KEY, type LastTarget } from '../marker-protocol';
import { extractPost as extractPost_ } from '../extract';
import { chatView, clickedMessage, scrollChat, settleChat } from './chat-view';
import {
  cssPath,
  describeMedia,
  MAX_POST_MEDIA,
  mediaIn,
  mediaLeftOutNote,
  pageInfo,
  sanitizedHtml,
  textOf,
} from './generic';
import { isTall, placeInTab, scrollIntoView, scrollToSlice, viewportRect } from './geometry';
import { siteMedia, type StructuredPost } from '../sites';
import type { ExtractRequest, ExtractResult, InPageApi, MediaFetchResult } from './protocol';

/** The part of the extractor that touches the live page: scrolling, frames, fetching. */
const MAX_POST_HTML = 2_000_000;

export function createInPageApi(): InPageApi {
  return { extract, fetchMedia, slice, chatView, scrollChat, settleChat, clickedMessage };
}

async function extract(request: ExtractRequest): Promise<ExtractResult> {
  const notes: Note[] = [];
  readingMs = 0;
  const post = request.post === 'none' ? null : await extractPost(request, notes);
  return {
    readingMs,
    page: pageInfo(document, location.href),
    post,
    viewport: { width: innerWidth, height: innerHeight, devicePixelRatio },
    locale: navigator.language,
    dom: request.dom ? serializeDom() : null,
    notes,
  };
}

/** The element of the last right-click the marker saw, if it is still in the page. */
export function lastClicked(): Element | null {
  const element = lastTarget()?.element;
  return element?.isConnected ? element : null;
}

function lastTarget(): LastTarget | undefined {
  return (globalThis as Record<string, unknown>)[LAST_TARGET_KEY] as LastTarget | undefined;
}

/**
 * The element Firefox opened its context menu on, by the id the menu click carries
 * (https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/API/menus/getTargetElement). Unlike the
 * marker's note it cannot be redirected by a contextmenu event the page dispatches itself, and it needs no script of
 * Dokaz's in the page at the time of the click. Null in Chrome, which has no such API, and once another menu was opened.
 */
function menuTarget(targetElementId: number | null): Element | null {
  if (targetElementId === null) return null;
  type Menus = { getTargetElement?: (id: number) => Element | null };
  const menus = (globalThis as { browser?: { menus?: Menus } }).browser?.menus;
  try {
    return menus?.getTargetElement?.(targetElementId) ?? null;
  } catch {
    return null;
  }
}

function findTarget(request: ExtractRequest, notes: Note[]): Element | null {
  if (request.post === 'page') return null;
  const named = menuTarget(request.targetElementId);
  if (named) return named;
  const last = lastTarget();
  if (last?.element?.isConnected) return last.element;
  const byUrl =
    (request.srcUrl &&
      [...document.querySelectorAll('img, video, audio')].find(
        (m) =>
          describeMedia(m, location.href)?.src === request.srcUrl ||
          (m as HTMLImageElement).currentSrc === request.srcUrl,
      )) ||
    (request.linkUrl &&
      [...document.querySelectorAll('a[href]')].find((a) => (a as HTMLAnchorElement).href === request.linkUrl));
  if (byUrl) return byUrl;
  notes.push(note(last ? 'rightClickGone' : 'rightClickUnseen'));
  return null;
}

/** The post's element of the last extraction in this document, for the slices of a tall one. */
let currentPost: Element | null = null;
/** How long reading the post from the DOM took (the extractor, its HTML, text and media), for the benchmark. */
let readingMs = 0;

async function extractPost(request: ExtractRequest, notes: Note[]): Promise<PostInfo> {
  const target = findTarget(request, notes);
  const start = performance.now();
  const read = readPost(target, request, notes);
  const element = read.element;
  currentPost = element;
  readingMs = performance.now() - start;

  const isPage = element === document.body || element === document.documentElement;
  if (!isPage) await scrollIntoView(element);
  const placed = isPage ? null : await placeInTab(element, notes);
  const tall = !isPage && placed !== null && isTall(element);
  return { ...read.post, rect: isPage ? viewportRect() : (placed?.visible ?? null), tall };
}

/**
 * The post around `target` as the page holds it, without its place on screen: its extractor's reading, text, HTML
 * made safe and media. Shared by a capture of one post and a run through a chat (./chat-view.ts).
 */
export function readPost(
  target: Element | null,
  request: Pick<ExtractRequest, 'linkUrl' | 'srcUrl' | 'now'>,
  notes: Note[],
  /** The message as the chat's list holds it: the post when no site's extractor reads it (a service message). */
  message: Element | null = null,
): { element: Element; post: Omit<PostInfo, 'rect' | 'tall'> } {
  // Dates shown relative to the day are resolved against the capture's time, which the date then records.
  const found = extractPost_(target, location.href, new Date(request.now));
  notes.push(...found.notes);
  const element = found.structured === null && message ? message : found.element;
  const { html, truncated } = sanitizedHtml(element, location.href, MAX_POST_HTML);
  if (truncated) {
    notes.push(note('htmlCut', { max: MAX_POST_HTML }));
  }
  const targetMedia = target ? describeMedia(target, location.href) : null;
  const isPage = element === document.body || element === document.documentElement;
  return {
    element,
    post: {
      frameUrl: location.href,
      container: isPage ? null : { tag: element.tagName.toLowerCase(), path: cssPath(element) },
      text: textOf(element),
      html,
      htmlTruncated: truncated,
      selection: getSelection()?.toString() ?? '',
      linkUrl: request.linkUrl ?? (target?.closest('a[href]') as HTMLAnchorElement | null)?.href ?? null,
      mediaUrl: request.srcUrl ?? targetMedia?.shownSrc ?? targetMedia?.src ?? null,
      media: mediaToKeep(found.structured, element, targetMedia, notes),
      extractor: found.extractor,
      structured: found.structured,
    },
  };
}

/** A site extractor names the post's media itself (avatars and emoji are not evidence); otherwise all in the post. */
function mediaToKeep(
  structured: StructuredPost | null,
  element: Element,
  targetMedia: PostMedia | null,
  notes: Note[],
): PostMedia[] {
  if (structured) return siteMedia(structured, location.href);
  const found = mediaIn(element, location.href);
  let { leftOut } = found;
  const media = found.media;
  // The right-clicked item is kept first, even past the limit: in its place goes the last of the others.
  const shownOf = (m: PostMedia) => m.shownSrc ?? m.src;
  if (targetMedia && !media.some((m) => shownOf(m) === shownOf(targetMedia))) {
    media.unshift(targetMedia);
    if (media.length > MAX_POST_MEDIA) {
      media.pop();
      leftOut += 1;
    }
  }
  if (leftOut > 0) notes.push(mediaLeftOutNote(media.length + leftOut, leftOut));
  return media;
}

/** Slice `step` of the last extracted post, for the stitched screenshot of a tall one. */
async function slice(step: number) {
  if (!currentPost?.isConnected) return null;
  return scrollToSlice(currentPost, step);
}

export function serializeDom(): string {
  const doctype = document.doctype ? `<!DOCTYPE ${document.doctype.name}>\n` : '';
  return doctype + document.documentElement.outerHTML;
}

/** Fetches a media item as the page would (its cookies, its blob: URLs), up to a size limit. */
/**
 * The page's own fetch, which asks as the page does (its CORS, its cookies). In Firefox a content script's `fetch`
 * has the extension's privileges instead (any origin, with her cookies), and `content.fetch` is the page's
 * (https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/Content_scripts#xhr_and_fetch).
 */
function pageFetch(): typeof fetch {
  const page = (globalThis as { content?: { fetch?: typeof fetch } }).content;
  return page?.fetch ? page.fetch.bind(page) : fetch;
}

/**
 * A size the page offered but never showed (`offered`) is asked for without cookies and follows no redirect: the page
 * never asked for it, so it is not a request to make in her name, nor one to send elsewhere.
 */
async function fetchMedia(url: string, maxBytes: number, offered = false): Promise<MediaFetchResult> {
  const result = offered
    ? await cappedFetch(url, maxBytes, { fetcher: pageFetch(), credentials: 'omit', redirect: 'error' })
    : await cappedFetch(url, maxBytes, { fetcher: pageFetch() });
  if (!result.ok) return result;
  return { ok: true, base64: bytesToBase64(result.bytes), mime: result.mime, size: result.size };
}
