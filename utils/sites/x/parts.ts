import { originalPhoto, parseProfileUrl, parseStatusUrl, permalinkOf, urlOf } from './ids';
import { SEL } from './selectors';
import type { XCount, XMedia, XStatusPost, XUserRef } from './types';
import { note, type Note } from '../../notes/note';

/**
 * The parts of one X post, each read from the post's own elements: never from the post it quotes (a card inside it,
 * with a name, text, time and photos of its own), nor from the page around it.
 */
export interface Scope {
  post: Element;
  quote: Element | null;
  pageUrl: string;
}

/** The card of the post a post quotes, if it quotes one. */
export function quoteIn(post: Element): Element | null {
  const named = post.querySelector(SEL.quote);
  if (named) return named;
  // Otherwise the card around the second name in the post: the first is the post's author.
  const second = post.querySelectorAll(SEL.userName)[1];
  return second?.closest(SEL.quoteCard) ?? null;
}

const inside = (el: Element, container: Element | null) => !!container && container.contains(el);

/** The elements of the post itself that match: not in a quoted post, nor in a post nested in it. */
export function own(scope: Scope, selector: string): Element[] {
  return Array.from(scope.post.querySelectorAll(selector)).filter(
    (el) => !inside(el, scope.quote) && el.closest(SEL.post) === scope.post,
  );
}

/** Text as shown: an emoji drawn as a picture counts as its alt text. */
export function shownText(el: Element): string {
  let text = '';
  const walk = (node: Node) => {
    if (node.nodeType === 3) text += node.nodeValue ?? '';
    else if (node.nodeType === 1) {
      const element = node as Element;
      if (element.tagName === 'IMG') text += element.getAttribute('alt') ?? '';
      else if (element.tagName === 'BR') text += '\n';
      else element.childNodes.forEach(walk);
    }
  };
  walk(el);
  return text;
}

/** The name, handle and (when a follow button carries it) the numeric id shown in a User-Name block. */
export function userIn(block: Element | null, pageUrl: string, followers: Element[]): XUserRef {
  if (!block) return { name: null, handle: null, userId: null };
  const links = Array.from(block.querySelectorAll('a[href]'));
  const profile = links.find((a) => parseProfileUrl(a.getAttribute('href') ?? '', pageUrl));
  // A card without links (a quoted post's) shows the handle as a text of its own, "@handle", after the name, which
  // may itself read "@someone": the last such text, unless X's avatar container names the account.
  const avatar = /^UserAvatar-Container-([A-Za-z0-9_]{1,15})$/.exec(
    block
      .closest(SEL.quoteCard)
      ?.querySelector('[data-testid^="UserAvatar-Container-"]')
      ?.getAttribute('data-testid') ?? '',
  )?.[1];
  const handleText =
    avatar ??
    Array.from(block.querySelectorAll('span'))
      .map((span) => /^@([A-Za-z0-9_]{1,15})$/.exec(span.textContent?.trim() ?? '')?.[1])
      .filter(Boolean)
      .at(-1) ??
    null;
  const handle = (profile && parseProfileUrl(profile.getAttribute('href')!, pageUrl)) ?? handleText;
  // The name is the first text of the block that is not the handle, the time or a separator.
  const nameEl = profile ?? block;
  const name = shownText(nameEl.querySelector('span') ?? nameEl).trim() || null;
  const follow = followers
    .map((el) => /^(\d{1,20})-(?:un)?follow$/.exec(el.getAttribute('data-testid') ?? '')?.[1])
    .find(Boolean);
  return { name: name && name !== `@${handle}` ? name : null, handle, userId: follow ?? null };
}

/** The post's time and the address its link gives: the first time of the post that is not in its text. */
export function timeOf(scope: Scope) {
  const time = own(scope, 'time[datetime]').find((t) => !t.closest(SEL.text));
  if (!time) return null;
  const link = time.closest('a[href]');
  const status = link ? parseStatusUrl(link.getAttribute('href') ?? '', scope.pageUrl) : null;
  const datetime = time.getAttribute('datetime') ?? '';
  const at = new Date(datetime);
  return {
    date: {
      iso: Number.isNaN(at.getTime()) ? null : at.toISOString(),
      text: time.textContent?.trim() || null,
      source: 'time[datetime]',
    },
    status,
  };
}

/** The text of the post and each link in it (a mention, a hashtag, an address X shortened to t.co). */
export function textOf(scope: Scope, notes: Note[]): Pick<XStatusPost, 'text' | 'links'> {
  const block = own(scope, SEL.text)[0];
  if (!block) return { text: '', links: [] };
  const links = Array.from(block.querySelectorAll('a[href]')).flatMap((a) => {
    const url = urlOf(a.getAttribute('href')!, scope.pageUrl);
    return url ? [{ text: shownText(a).trim(), url: url.href }] : [];
  });
  if (links.length > MAX_LINKS) notes.push(note('xLinksCut', { max: MAX_LINKS }));
  // "Show more": a long post's text is cut on the page; the rest is on the post's own page.
  if (own(scope, SEL.showMore).length) notes.push(note('xTextCut'));
  return { text: shownText(block), links: links.slice(0, MAX_LINKS) };
}

/** The schema's bounds (schema.ts): more is cut, with a warning, rather than refused. */
const MAX_LINKS = 1_000;
const MAX_HANDLES = 50;

/** The post's photos (at full size beside the size shown), GIFs and videos, in the order shown. */
export function mediaOf(scope: Scope, notes: Note[]): XMedia[] {
  const found: XMedia[] = [];
  const items = own(scope, `${SEL.photo}, ${SEL.video}`);
  for (const el of items) {
    if (el.tagName === 'IMG') {
      const shown = (el as HTMLImageElement).currentSrc || (el as HTMLImageElement).src;
      const full = originalPhoto(shown);
      if (!full) continue; // a video's preview image or an emoji, not a photo of the post
      found.push({ kind: 'photo', src: full, shownSrc: shown, alt: el.getAttribute('alt') });
      continue;
    }
    const video = el as HTMLVideoElement;
    const src = video.currentSrc || video.getAttribute('src') || video.querySelector('source')?.getAttribute('src');
    const poster = video.getAttribute('poster');
    const absolute = (value: string | null | undefined) => (value ? (urlOf(value, scope.pageUrl)?.href ?? null) : null);
    // A video's aria-label is X's own ("Embedded video"), not a description its author gave: no alt.
    if (src && /^https:\/\/video\.twimg\.com\/tweet_video\//.test(absolute(src) ?? '')) {
      found.push({
        kind: 'gif',
        src: absolute(src),
        shownSrc: absolute(poster),
        alt: null,
      });
    } else {
      found.push({ kind: 'video', src: null, shownSrc: absolute(poster), alt: null });
      notes.push(note('xVideoStreamed', { n: found.length }));
    }
  }
  return found;
}

/** A count as the button's label states it ("12 Replies. Reply": exact, in any language), and as shown ("1.2K"). */
function countOf(scope: Scope, selector: string): XCount {
  const button = own(scope, selector)[0];
  if (!button) return { count: null, text: null };
  const label = button.getAttribute('aria-label') ?? '';
  // "12 Replies", "12 Одговори", "12": a plain number followed by a space or nothing; "1,2K", "12K", "1'234" are not.
  const exact = /^\s*(\d{1,15})(?=\s|$)(?![\s\u00a0\u202f]+\d)/.exec(label)?.[1];
  const shown = button.querySelector(SEL.shownCount)?.textContent?.trim() || null;
  return { count: exact === undefined ? null : Number(exact), text: shown };
}

export function countsOf(scope: Scope): XStatusPost['counts'] {
  const c = SEL.counts;
  return {
    replies: countOf(scope, c.replies),
    reposts: countOf(scope, c.reposts),
    likes: countOf(scope, c.likes),
    bookmarks: countOf(scope, c.bookmarks),
    views: countOf(scope, c.views),
  };
}

/** The post it quotes: its author, id and text, as the card shows them. */
export function quotedOf(scope: Scope, notes: Note[]): XStatusPost['quoted'] {
  const quote = scope.quote;
  if (!quote) return null;
  const link = Array.from(quote.querySelectorAll('a[href]'))
    .map((a) => parseStatusUrl(a.getAttribute('href') ?? '', scope.pageUrl))
    .find(Boolean);
  if (!link) notes.push(note('xQuotedNoLink'));
  const text = quote.querySelector(SEL.text);
  return {
    statusId: link?.statusId ?? null,
    permalink: link ? permalinkOf(link.handle, link.statusId) : null,
    author: userIn(quote.querySelector(SEL.userName), scope.pageUrl, []),
    text: text ? shownText(text) : null,
  };
}

/** "<name> reposted" above a post of a timeline: the account that reposted it, by its link. */
export function repostedByOf(scope: Scope): XUserRef | null {
  const context = own(scope, SEL.socialContext)[0];
  const link = context?.closest('a[href]') ?? context?.querySelector('a[href]');
  const handle = link ? parseProfileUrl(link.getAttribute('href') ?? '', scope.pageUrl) : null;
  return handle ? { name: null, handle, userId: null } : null;
}

/**
 * The handles a reply names ("Replying to @a @b", in the page's language): links to a profile whose text is the
 * handle, outside the author's name, the text, the quoted post and the repost line.
 */
export function replyHandles(scope: Scope, notes: Note[]): string[] {
  const handles: string[] = [];
  for (const a of own(scope, 'a[href]')) {
    if (a.closest(`${SEL.userName}, ${SEL.text}, ${SEL.socialContext}`)) continue;
    const handle = parseProfileUrl(a.getAttribute('href') ?? '', scope.pageUrl);
    if (handle && a.textContent?.trim() === `@${handle}` && !handles.includes(handle)) handles.push(handle);
  }
  if (handles.length > MAX_HANDLES) notes.push(note('xRepliedCut', { max: MAX_HANDLES }));
  return handles.slice(0, MAX_HANDLES);
}
