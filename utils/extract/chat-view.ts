import type { ChatView, ChatViewMessage } from '../evidence/page-answer';
import type { Rect } from '../evidence/record';
import { note, type Note } from '../notes/note';
import { chatWalkerFor } from '../sites';
import type { ChatWalker } from '../sites/site';
import { pageInfo } from './generic';
import { nextPaint } from './geometry';
import { lastClicked, readPost, serializeDom } from './in-page';
import type { ChatScroll, ChatViewRequest } from './protocol';

/**
 * A run through a chat, in the page (utils/monitor/ drives it): what the chat shows now, each message with its place
 * on screen, and each one whole on screen and not yet handled read as a post; and the scrolling, by the client's own
 * scroller, one screen at a time. Top frame only: the Telegram clients are no frame's guests.
 */
/** How many messages one view reads as posts at most: the rest wait for the next view. */
const MAX_READ = 200;
/** How long a scroll waits for the page to load and paint what it brought, at most. */
const SETTLE_MS = 1_500;

function walker(): ChatWalker | null {
  try {
    return chatWalkerFor(new URL(location.href));
  } catch {
    return null;
  }
}

/** The part of the window the chat's history shows: the scroller's box, within the viewport. */
function visibleArea(scroller: Element): Rect {
  const isDocument = scroller === document.scrollingElement;
  const box = isDocument
    ? { top: 0, left: 0, bottom: innerHeight, right: innerWidth }
    : scroller.getBoundingClientRect();
  const top = Math.max(0, box.top);
  const left = Math.max(0, box.left);
  const bottom = Math.min(innerHeight, box.bottom);
  const right = Math.min(innerWidth, box.right);
  return { x: left, y: top, width: Math.max(0, right - left), height: Math.max(0, bottom - top) };
}

function clip(rect: DOMRect, area: Rect): Rect | null {
  const x = Math.max(rect.left, area.x);
  const y = Math.max(rect.top, area.y);
  const right = Math.min(rect.right, area.x + area.width);
  const bottom = Math.min(rect.bottom, area.y + area.height);
  return right > x && bottom > y ? { x, y, width: right - x, height: bottom - y } : null;
}

export async function chatView(request: ChatViewRequest): Promise<ChatView | null> {
  const chat = walker();
  const scroller = chat?.scroller(document);
  if (!chat || !scroller) return null;
  const area = visibleArea(scroller);
  const skip = new Set(request.skip);
  const messages: ChatViewMessage[] = [];
  let read = 0;
  for (const element of chat.messages(scroller)) {
    const messageId = chat.messageId(element);
    const box = element.getBoundingClientRect();
    const visible = clip(box, area);
    const tall = box.height > area.height;
    // Whole on screen; or, taller than the screen, its top on it (the crop shows its beginning).
    const whole = visible !== null && box.top >= area.y - 1 && (box.bottom <= area.y + area.height + 1 || tall);
    let post: ChatViewMessage['post'] = null;
    const notes: Note[] = [];
    if (messageId !== null && !skip.has(messageId) && read < MAX_READ) {
      read += 1;
      const found = readPost(element, { linkUrl: null, srcUrl: null, now: request.now }, notes, element);
      if (tall) notes.push(note('postTooLong'));
      post = { ...found.post, selection: '', rect: visible, tall: false };
    }
    messages.push({ messageId, rect: visible, whole, post, notes });
  }
  return {
    page: pageInfo(document, location.href),
    viewport: { width: innerWidth, height: innerHeight, devicePixelRatio },
    locale: navigator.language,
    scroll: { top: scroller.scrollTop, max: Math.max(0, scroller.scrollHeight - scroller.clientHeight) },
    visible: !document.hidden,
    dom: request.dom ? serializeDom() : null,
    messages,
  };
}

/**
 * Scrolls the history one screen towards older or newer messages: the anchor (the last message the view showed
 * whole on that side) ends at the far edge, so that the message beyond it comes whole into view; then waits for the
 * page to load and paint. To an end: the newest or the oldest the page holds.
 */
export async function scrollChat(scroll: ChatScroll): Promise<{ moved: boolean }> {
  const chat = walker();
  const scroller = chat?.scroller(document);
  if (!chat || !scroller) return { moved: false };
  const before = scroller.scrollTop;
  const area = visibleArea(scroller);
  let delta: number;
  // The client's own way to its newest message skips the slices between; the page then moves by itself.
  if (scroll.to === 'newest' && chat.jumpToNewest?.(document)) return { moved: true };
  if (!('anchor' in scroll)) delta = scroll.to === 'newest' ? scroller.scrollHeight : -scroller.scrollHeight;
  else {
    const anchor =
      scroll.anchor === null
        ? undefined
        : chat.messages(scroller).find((element) => chat.messageId(element) === scroll.anchor);
    const box = anchor?.getBoundingClientRect();
    const screen = Math.max(40, area.height - 40);
    if (scroll.to === 'older') delta = box ? box.top - (area.y + area.height) : -screen;
    else delta = box ? box.bottom - area.y : screen;
    // An anchor already at the edge would not move the view: a screen at least, less a little overlap.
    if (Math.abs(delta) < 20) delta = scroll.to === 'older' ? -screen : screen;
  }
  scroller.scrollTop = before + delta;
  await nextPaint();
  return { moved: Math.abs(scroller.scrollTop - before) >= 1 };
}

/**
 * Waits for the pictures now in view to load (a client loads them as they come into view), before a screenshot: only
 * then, as a run that only counts unchanged messages takes none.
 */
export async function settleChat(): Promise<void> {
  const until = performance.now() + SETTLE_MS;
  for (const img of document.images) {
    if (performance.now() > until) break;
    const box = img.getBoundingClientRect();
    if (img.complete || box.bottom < 0 || box.top > innerHeight) continue;
    await Promise.race([
      img.decode().catch(() => undefined),
      new Promise((r) => setTimeout(r, until - performance.now())),
    ]);
  }
  await nextPaint();
}

/** The id of the message the last right-click was on (the menu's "Document this chat…"), or null. */
export async function clickedMessage(): Promise<number | null> {
  const chat = walker();
  const scroller = chat?.scroller(document);
  const target = lastClicked();
  if (!chat || !scroller || !target) return null;
  const message = chat.messages(scroller).find((element) => element.contains(target));
  return message ? chat.messageId(message) : null;
}
