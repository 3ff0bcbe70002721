import type { PageInfo, PostMedia } from '../evidence/record';
import { note, type Note } from '../notes/note';

/**
 * The generic extractor: from the right-clicked element to the post around it.
 * Pure: it reads the DOM it is given and changes nothing, so it runs the same on
 * a live page and on a fixture in a test.
 */

/** Elements that are a post by their own declaration. */
const SEMANTIC_CONTAINER = 'article, [role="article"], li, [role="listitem"], blockquote, figure, tr, dd';
/** Elements that never make a block of their own. */
const INLINE_TAGS = new Set(
  'A ABBR B BDI BDO BR CITE CODE DATA DFN EM I IMG KBD LABEL MARK PICTURE Q S SAMP SMALL SOURCE SPAN STRONG SUB SUP SVG TIME U VAR VIDEO AUDIO CANVAS'.split(
    ' ',
  ),
);
/** A block needs this much text (or a photo or video) to stand as a post. */
const MIN_POST_TEXT = 60;
/** A feed item may be short ("ok 👍"), but not empty. */
const MIN_ITEM_TEXT = 2;
/** Past this much text an ancestor is a page section, not a post. */
const MAX_POST_TEXT = 20_000;
/**
 * The most photos, videos and sounds kept of one post: a Telegram album holds up to 10, a gallery on a web page a few
 * dozen; each is fetched and stored (up to 32 MB each), so a "post" of hundreds is a page section, and the snapshot of
 * the page shows it whole. Beyond this, what is left out is counted and said in the capture's warnings.
 */
export const MAX_POST_MEDIA = 100;

export function textOf(element: Element): string {
  const text = (element as HTMLElement).innerText ?? element.textContent ?? '';
  return text.replace(/[ \t]+\n/g, '\n').trim();
}

function textLength(element: Element): number {
  return (element.textContent ?? '').trim().length;
}

function hasMedia(element: Element): boolean {
  return element.matches('img, video, picture, audio') || element.querySelector('img, video, audio') !== null;
}

function isRoot(element: Element): boolean {
  return element === element.ownerDocument.body || element === element.ownerDocument.documentElement;
}

/**
 * The nearest meaningful container of the target: a declared post (article,
 * list item, …) of sensible size; else the nearest item of a repeated
 * structure (a feed's posts share tag and class); else the nearest block that
 * holds enough text or a photo; else the page body.
 */
export function chooseContainer(target: Element | null, doc: Document): Element {
  const body = doc.body ?? doc.documentElement;
  if (!target || isRoot(target)) return body;
  const semantic = target.closest(SEMANTIC_CONTAINER);
  if (semantic && !isRoot(semantic) && textLength(semantic) <= MAX_POST_TEXT) return semantic;
  return nearest(target, isFeedItem) ?? nearest(target, isSubstantialBlock) ?? body;
}

/** The first element from the target up (below body) that passes, while the text stays post-sized. */
function nearest(target: Element, test: (element: Element) => boolean): Element | null {
  for (let el: Element | null = target; el && !isRoot(el); el = el.parentElement) {
    if (textLength(el) > MAX_POST_TEXT) return null;
    if (test(el)) return el;
  }
  return null;
}

function isBlock(element: Element): boolean {
  return !INLINE_TAGS.has(element.tagName.toUpperCase());
}

function isSubstantialBlock(element: Element): boolean {
  return isBlock(element) && (textLength(element) >= MIN_POST_TEXT || hasMedia(element));
}

const TEXT_BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'PRE', 'UL', 'OL']);

/** One of several siblings of the same tag and class, with parts of its own: a post in a feed. */
function isFeedItem(element: Element): boolean {
  if (!isBlock(element) || TEXT_BLOCKS.has(element.tagName.toUpperCase())) return false;
  if (element.children.length < 2 && !hasMedia(element)) return false;
  if (textLength(element) < MIN_ITEM_TEXT && !hasMedia(element)) return false;
  const parent = element.parentElement;
  if (!parent) return false;
  const signature = `${element.tagName}.${element.className}`;
  let same = 0;
  for (const sibling of parent.children) if (`${sibling.tagName}.${sibling.className}` === signature) same++;
  return same >= 2;
}

/** A short CSS path (tag, id, nth-of-type) that finds the container again in the page snapshot. */
export function cssPath(element: Element): string {
  const parts: string[] = [];
  for (let el: Element | null = element; el && parts.length < 12; el = el.parentElement) {
    if (el.id) {
      parts.unshift(`#${CSS.escape(el.id)}`);
      break;
    }
    const tag = el.tagName.toLowerCase();
    const parent = el.parentElement;
    if (!parent) {
      parts.unshift(tag);
      break;
    }
    const siblings = Array.from(parent.children).filter((c) => c.tagName === el!.tagName);
    parts.unshift(siblings.length > 1 ? `${tag}:nth-of-type(${siblings.indexOf(el) + 1})` : tag);
  }
  return parts.join(' > ');
}

const DROPPED_ELEMENTS = 'script, style, noscript, template, iframe, frame, object, embed, link, meta, base';
const URL_ATTRIBUTES = ['href', 'src', 'poster', 'action', 'cite'];

/**
 * The container's HTML made safe to keep and show: no scripts, no event
 * handlers, no javascript: URLs; relative URLs made absolute so the HTML still
 * points where it pointed on the page.
 */
export function sanitizedHtml(
  element: Element,
  baseUrl: string,
  maxChars: number,
): { html: string; truncated: boolean } {
  const clone = element.cloneNode(true) as Element;
  clone.querySelectorAll(DROPPED_ELEMENTS).forEach((el) => el.remove());
  for (const el of [clone, ...clone.querySelectorAll('*')]) {
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on') || name === 'srcdoc' || name === 'formaction') {
        el.removeAttribute(attr.name);
      } else if (URL_ATTRIBUTES.includes(name) || name === 'xlink:href') {
        const absolute = absoluteUrl(attr.value, baseUrl);
        if (absolute === null || /^\s*(javascript|vbscript):/i.test(absolute)) el.removeAttribute(attr.name);
        else el.setAttribute(attr.name, absolute);
      }
    }
  }
  const html = clone.outerHTML;
  return html.length > maxChars ? { html: html.slice(0, maxChars), truncated: true } : { html, truncated: false };
}

function absoluteUrl(value: string, baseUrl: string): string | null {
  try {
    return new URL(value, baseUrl).href;
  } catch {
    return null;
  }
}

interface Candidate {
  url: string;
  /** The width ("800w") or the density ("2x") it is offered for; a bare address is 1x. */
  size: number;
  unit: 'w' | 'x';
}

/** The candidates of a srcset attribute, as absolute addresses (HTML's "parse a srcset attribute", simplified). */
export function srcsetCandidates(srcset: string, baseUrl: string): Candidate[] {
  const found: Candidate[] = [];
  for (const candidate of srcset.split(/,\s+/)) {
    const [raw, descriptor = '1x'] = candidate.trim().replace(/,$/, '').split(/\s+/);
    const url = raw ? absoluteUrl(raw, baseUrl) : null;
    const match = /^(\d+(?:\.\d+)?)([wx])$/.exec(descriptor);
    if (url && match && Number(match[1]) > 0) found.push({ url, size: Number(match[1]), unit: match[2] as 'w' | 'x' });
  }
  return found;
}

/** The largest candidate: by width when the srcset gives widths, else by density. Null when there is none. */
export function largestSrcsetCandidate(srcset: string, baseUrl: string): string | null {
  return largestOf(srcsetCandidates(srcset, baseUrl));
}

function largestOf(candidates: Candidate[]): string | null {
  const widths = candidates.filter((c) => c.unit === 'w');
  const pool = widths.length ? widths : candidates;
  return pool.reduce<Candidate | null>((best, c) => (!best || c.size > best.size ? c : best), null)?.url ?? null;
}

/**
 * The candidates among which the browser chose what it shows: the one set that offers the shown address, of the
 * <source> elements of a <picture> and the image's own srcset and src (1x). The browser's choice is always among the
 * set it chose, so a set that alone offers it is that one; when several do (a <source> the browser passed over may
 * name it too), or none does (a script changed it since), only the shown address is known to be chosen.
 */
function chosenCandidates(img: HTMLImageElement, shown: string, baseUrl: string): Candidate[] {
  const sets: Candidate[][] = [];
  const picture = img.parentElement?.tagName === 'PICTURE' ? img.parentElement : null;
  for (const source of picture ? Array.from(picture.children) : []) {
    if (source === img) break;
    if (source.tagName === 'SOURCE') sets.push(srcsetCandidates(source.getAttribute('srcset') ?? '', baseUrl));
  }
  sets.push(ownCandidates(img, baseUrl));
  const offering = sets.filter((set) => set.some((c) => c.url === shown));
  return offering.length === 1 ? offering[0]! : [];
}

/** The image's own srcset and its src (as 1x). */
function ownCandidates(img: HTMLImageElement, baseUrl: string): Candidate[] {
  const own = srcsetCandidates(img.getAttribute('srcset') ?? '', baseUrl);
  const src = img.getAttribute('src')?.trim();
  const srcUrl = src ? absoluteUrl(src, baseUrl) : null;
  if (srcUrl && !own.some((c) => c.url === srcUrl)) own.push({ url: srcUrl, size: 1, unit: 'x' });
  return own;
}

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/** The capture's note when a post shows more than MAX_POST_MEDIA items. */
export function mediaLeftOutNote(shown: number, leftOut: number): Note {
  return note('mediaLeftOut', { count: shown, max: MAX_POST_MEDIA, left: leftOut });
}

/**
 * Every photo, video and sound in the container, as the page shows it, once each: the first MAX_POST_MEDIA, and how
 * many more there were.
 */
export function mediaIn(container: Element, baseUrl: string): { media: PostMedia[]; leftOut: number } {
  const found = new Map<string, PostMedia>();
  const beyond = new Set<string>();
  const nodes = container.matches('img, video, audio')
    ? [container]
    : Array.from(container.querySelectorAll('img, video, audio'));
  for (const node of nodes) {
    const media = describeMedia(node, baseUrl);
    // Once each by what the page showed: two photos shown apart are two items, whatever larger size they offer.
    const key = media ? (media.shownSrc ?? media.src) : null;
    if (!media || !key || found.has(key)) continue;
    if (found.size < MAX_POST_MEDIA) found.set(key, media);
    else beyond.add(key);
  }
  return { media: [...found.values()], leftOut: beyond.size };
}

export function describeMedia(node: Element, baseUrl: string): PostMedia | null {
  if (node instanceof HTMLImageElement || node.tagName === 'IMG') {
    const img = node as HTMLImageElement;
    // What the page shows is the candidate the browser chose and loaded (currentSrc): Dokaz keeps it, and beside it
    // the largest size the same source offers on the same server (media.ts fetches that one as a page would fetch a
    // photo it never showed: without cookies, kept only as a picture). An image not loaded yet (lazy) has shown
    // nothing: its src, or else the largest size it offers, fetched the same way.
    const shown = img.currentSrc ? absoluteUrl(img.currentSrc, baseUrl) : null;
    let src: string | null;
    if (shown) {
      // Only on the web server that served what was shown: never another one, nor a data:, blob: or file: address.
      const origin = /^https?:/.test(shown) ? originOf(shown) : null;
      const sameServer = (c: Candidate) => origin !== null && /^https?:/.test(c.url) && originOf(c.url) === origin;
      src = largestOf(chosenCandidates(img, shown, baseUrl).filter(sameServer)) ?? shown;
    } else {
      const attribute = img.getAttribute('src')?.trim();
      src = (attribute ? absoluteUrl(attribute, baseUrl) : null) ?? largestOf(ownCandidates(img, baseUrl));
    }
    if (!src) return null;
    // shownSrc is written only when it says something src does not: another address, or none shown (null).
    return {
      kind: 'image',
      src,
      ...(shown === src ? {} : { shownSrc: shown }),
      width: img.naturalWidth || null,
      height: img.naturalHeight || null,
    };
  }
  if (node.tagName === 'VIDEO' || node.tagName === 'AUDIO') {
    const media = node as HTMLMediaElement;
    const raw = media.currentSrc || media.getAttribute('src') || media.querySelector('source')?.getAttribute('src');
    const src = raw ? absoluteUrl(raw, baseUrl) : null;
    if (!src) return null;
    const video = node.tagName === 'VIDEO' ? (node as HTMLVideoElement) : null;
    return {
      kind: video ? 'video' : 'audio',
      src,
      width: video?.videoWidth || null,
      height: video?.videoHeight || null,
    };
  }
  return null;
}

/** How many of the page's meta tags a record keeps. */
export const MAX_PAGE_META = 200;

/** The page's own statements about itself: title, canonical URL, language, OpenGraph and Twitter cards. */
export function pageInfo(doc: Document, url: string): PageInfo {
  const meta: Record<string, string> = {};
  let kept = 0;
  for (const tag of doc.querySelectorAll('meta[property], meta[name]')) {
    const key = (tag.getAttribute('property') ?? tag.getAttribute('name') ?? '').toLowerCase();
    const content = tag.getAttribute('content');
    if (content === null || !/^(og|twitter|article):/.test(key)) continue;
    // The first tags only (the record's bound, utils/evidence/record.ts): a page cannot refuse its capture with more.
    if (Object.hasOwn(meta, key)) meta[key] = content;
    else if (kept < MAX_PAGE_META) {
      meta[key] = content;
      kept++;
    }
  }
  const canonical = doc.querySelector('link[rel~="canonical"]')?.getAttribute('href');
  return {
    url,
    title: doc.title,
    canonicalUrl: canonical ? absoluteUrl(canonical, url) : null,
    lang: doc.documentElement.getAttribute('lang') || null,
    description: doc.querySelector('meta[name="description"]')?.getAttribute('content') ?? null,
    meta,
  };
}
