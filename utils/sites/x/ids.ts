import { HANDLE, X_HOSTS } from './selectors';

/**
 * X's addresses and ids. A post's id is a "snowflake" above 2^53: it is kept as its decimal digits, never as a number,
 * which would round it.
 */
export const isHandle = (value: string) => HANDLE.test(value);

const STATUS_PATH = /^\/([A-Za-z0-9_]{1,15})\/status\/(\d{1,20})(?:\/(?:photo\/\d|video\/\d|analytics))?\/?$/;
/** A post's own page: /<handle>/status/<id>, or X's addresses without the handle, /i/web/status/<id>, /i/status/<id>. */
const PAGE_PATH = /^\/(?:[A-Za-z0-9_]{1,15}|i\/web|i)\/status\/(\d{1,20})\/?$/;

/** An address, or null when it is none (a page's link may be anything). */
export function urlOf(href: string, base: string): URL | null {
  try {
    return new URL(href, base);
  } catch {
    return null;
  }
}

/** The handle and post id an address of X names (https://x.com/<handle>/status/<id>), or null. */
export function parseStatusUrl(href: string, base: string): { handle: string; statusId: string } | null {
  const url = urlOf(href, base);
  if (!url || !X_HOSTS.test(url.hostname) || (url.protocol !== 'https:' && url.protocol !== 'http:')) return null;
  const match = STATUS_PATH.exec(url.pathname);
  // "i" is X's own path (/i/status/<id>), not an account.
  return match && match[1] !== 'i' ? { handle: match[1]!, statusId: match[2]! } : null;
}

/** The id of the post whose own page an address is (not its photo viewer, not a timeline), or null. */
export function pagePostId(pageUrl: string): string | null {
  const url = urlOf(pageUrl, pageUrl);
  if (!url || !X_HOSTS.test(url.hostname)) return null;
  return PAGE_PATH.exec(url.pathname)?.[1] ?? null;
}

/** The handle a profile link names (/<handle>), or null. */
export function parseProfileUrl(href: string, base: string): string | null {
  const url = urlOf(href, base);
  if (!url || !X_HOSTS.test(url.hostname)) return null;
  const match = /^\/([A-Za-z0-9_]{1,15})\/?$/.exec(url.pathname);
  return match && !RESERVED.has(match[1]!.toLowerCase()) ? match[1]! : null;
}

/** Paths of X that look like a handle and are not one. */
const RESERVED = new Set(['home', 'explore', 'search', 'notifications', 'messages', 'settings', 'i', 'compose']);

export const permalinkOf = (handle: string, statusId: string) => `https://x.com/${handle}/status/${statusId}`;

/** Where the page shows posts: a post's own page, search results, or else a timeline. */
export function viewOf(pageUrl: string): 'status' | 'timeline' | 'search' {
  const url = urlOf(pageUrl, pageUrl);
  if (url && /^\/search\/?$/.test(url.pathname)) return 'search';
  return url && (STATUS_PATH.test(url.pathname) || PAGE_PATH.test(url.pathname)) ? 'status' : 'timeline';
}

/** A photo of pbs.twimg.com/media at its original size: the same address with `name=orig`. */
export function originalPhoto(src: string): string | null {
  const url = urlOf(src, src);
  if (!url || url.protocol !== 'https:' || url.hostname !== 'pbs.twimg.com' || !url.pathname.startsWith('/media/'))
    return null;
  url.searchParams.set('name', 'orig');
  return url.href;
}
