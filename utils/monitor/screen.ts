import { browser } from 'wxt/browser';
import { callInPage } from '../capture/in-page-call';
import { captureAllowed, captureViewport, cropBitmap } from '../capture/screenshot';
import { hasPageCapture, saveMhtml } from '../capture/snapshot';
import type { ChatView, ChatViewMessage } from '../evidence/page-answer';
import { validateChatView } from '../evidence/page-answer';
import type { ChatScroll } from '../extract/protocol';
import type { RunFile, RunFiles } from './message-record';
import type { RunControl } from './run-state';

/**
 * A run's hold on the chat's page (utils/monitor/run.ts): what the chat shows, scrolling it, waiting for the client
 * to load more, and the screenshot of a screen, taken only while the chat's tab is the one on screen and kept only
 * when the page did not move under it.
 */

/** How long a run waits at an end of the loaded history for the page to bring more, before it calls it the end. */
export const END_WAIT_MS = 2_500;
const POLL_MS = 100;
/** How many screens a run scrolls to find the message it starts from, at most. */
const MAX_SEEK = 400;

/** The tab a run goes through, the address it must keep, and whether it shows the chat's whole history. */
export interface RunPlace {
  tabId: number;
  url: string;
  wholeHistory: boolean;
}

/** One screen's screenshot, the window it was taken in, and the page's snapshot made with it. */
export interface Shot {
  png: Blob;
  /** The screenshot decoded, once for every crop of the screen; closed once the screen's messages are documented. */
  bitmap: ImageBitmap;
  viewport: RunFile & { width: number; height: number };
  snapshot: Promise<(RunFile & { kind: 'page-mhtml' | 'page-html' }) | null>;
}

export async function view(tabId: number, skip: number[], dom: boolean): Promise<ChatView | null> {
  const answer = await callInPage(tabId, 0, 'chatView', [{ now: new Date().toISOString(), skip, dom }]);
  return validateChatView(answer);
}

export async function scroll(tabId: number, to: ChatScroll): Promise<boolean> {
  const answer = (await callInPage(tabId, 0, 'scrollChat', [to])) as { moved?: unknown } | null;
  return answer?.moved === true;
}

/** The message the last right-click in the tab was on (the menu's "Document this chat…"), or null. */
export async function clickedMessage(tabId: number): Promise<number | null> {
  const id = await callInPage(tabId, 0, 'clickedMessage', []).catch(() => null);
  return typeof id === 'number' && Number.isSafeInteger(id) ? id : null;
}

/** The ids of the messages on screen. */
export function ids(seen: ChatView): number[] {
  return seen.messages.flatMap((m) => (m.messageId === null || !m.rect ? [] : [m.messageId]));
}

/** The ids of every message the page holds. */
export function allIds(seen: ChatView): number[] {
  return seen.messages.flatMap((m) => (m.messageId === null ? [] : [m.messageId]));
}

/**
 * The message the run has passed up to: going older, the oldest of the newest messages the page holds that the run
 * has all handled (going newer, the newest of the oldest); -Infinity/Infinity when it has handled none of them.
 */
export function passedEdge(seen: ChatView, handled: ReadonlySet<number>, older: boolean): number {
  const shown = allIds(seen);
  const fromEnd = older ? [...shown].sort((a, b) => b - a) : [...shown].sort((a, b) => a - b);
  let edge = older ? -Infinity : Infinity;
  for (const id of fromEnd) {
    if (!handled.has(id)) break;
    edge = id;
  }
  return edge;
}

/** Scrolls towards the message the run starts from until the page shows it. */
export async function seek(tabId: number, from: number, look: () => Promise<ChatView>): Promise<void> {
  for (let i = 0; i < MAX_SEEK; i++) {
    const seen = await look();
    const shown = ids(seen);
    if (shown.includes(from) || shown.length === 0) return;
    const older = Math.min(...shown) > from;
    const anchor = older ? Math.min(...shown) : Math.max(...shown);
    if (!(await scroll(tabId, { to: older ? 'older' : 'newer', anchor }))) {
      if (!(await waitForMore(tabId, older, anchor, look))) return;
    }
  }
}

/**
 * Scrolls to the chat's newest message: to the end of what the page holds, again while the page brings newer ones (a
 * virtualised client that shows an older part of the history loads the newer slices as its end comes into view).
 */
export async function toNewest(tabId: number, look: () => Promise<ChatView>): Promise<void> {
  let newest = -Infinity;
  for (let i = 0; i < MAX_SEEK; i++) {
    const before = await look();
    // Already at the end of the history, as a chat opens: that is its newest message.
    if (i === 0 && before.scroll.top >= before.scroll.max - 1) return;
    await scroll(tabId, { to: 'newest' });
    const shown = allIds(await look());
    const last = shown.length ? Math.max(...shown) : -Infinity;
    if (last > newest) {
      newest = last;
      continue;
    }
    const until = Date.now() + END_WAIT_MS;
    let more = false;
    while (!more && Date.now() < until) {
      await pause(POLL_MS);
      const seen = await look();
      more = allIds(seen).some((id) => id > newest) || seen.scroll.top < seen.scroll.max - 1;
    }
    if (!more) return;
  }
}

/**
 * Waits a little for the page to load more history past `edge`; true when it did and the view moved on. Only a
 * scroll that moved counts: a page that shows new ids without letting the view move does not hold the run.
 */
export async function waitForMore(
  tabId: number,
  older: boolean,
  edge: number,
  look: () => Promise<ChatView>,
): Promise<boolean> {
  const until = Date.now() + END_WAIT_MS;
  while (Date.now() < until) {
    await pause(POLL_MS);
    const seen = await look();
    const { top, max } = seen.scroll;
    const beyond = Number.isFinite(edge) && ids(seen).some((id) => (older ? id < edge : id > edge));
    if (beyond || (older ? top > 1 : top < max - 1)) {
      if (await scroll(tabId, { to: older ? 'older' : 'newer', anchor: Number.isFinite(edge) ? edge : null }))
        return true;
    }
  }
  return false;
}

/**
 * The window the chat's tab is on screen in, once it is (the tab may have been moved to another window); meanwhile
 * the run is paused, never failed. `waited` says that the page may have changed since `seen`.
 */
export async function onScreen(
  control: RunControl,
  place: RunPlace,
  seen: ChatView,
  look: () => Promise<ChatView>,
): Promise<{ seen: ChatView; windowId: number; waited: boolean }> {
  let current = seen;
  let waited = false;
  for (;;) {
    const info = await browser.tabs.get(place.tabId);
    const win = await browser.windows.get(info.windowId).catch(() => null);
    if (info.active && current.visible && win && win.state !== 'minimized') {
      control.shown();
      return { seen: current, windowId: info.windowId, waited };
    }
    control.hidden();
    waited = true;
    await pause(500);
    current = await look();
  }
}

/**
 * The screenshot of the screen `seen` describes, or null when it cannot be trusted to: the tab is no longer the one
 * on screen in that window, or shows another address, or a message moved (or came or went) while it was taken.
 * The caller then looks again.
 */
export async function takeShot(
  place: RunPlace,
  windowId: number,
  seen: ChatView,
  files: RunFiles,
): Promise<Shot | null> {
  // The pictures first, then the quota's next slot, then a look: a page that moved meanwhile (a client that loaded
  // more history while the run waited) is seen before a screenshot is spent on it (two a second in all).
  await callInPage(place.tabId, 0, 'settleChat', []);
  await captureAllowed();
  const before = await view(place.tabId, allIds(seen), false);
  if (!before || moved(seen, before)) return null;
  const png = await captureViewport(windowId);
  const info = await browser.tabs.get(place.tabId);
  if (!info.active || info.windowId !== windowId || info.url !== place.url) return null;
  const after = await view(place.tabId, allIds(seen), !hasPageCapture);
  if (!after || moved(seen, after)) return null;
  const snapshot = (async () => {
    if (hasPageCapture) {
      const mhtml = await saveMhtml(place.tabId).catch(() => null);
      return mhtml ? { ...(await files.file(mhtml)), kind: 'page-mhtml' as const } : null;
    }
    if (after.dom === null) return null;
    const html = new Blob([after.dom], { type: 'text/html' });
    return { ...(await files.file(html)), kind: 'page-html' as const };
  })();
  snapshot.catch(() => undefined); // awaited by each capture of the screen
  const bitmap = await createImageBitmap(png);
  const viewport = { ...(await files.file(png)), width: bitmap.width, height: bitmap.height };
  return { png, bitmap, viewport, snapshot };
}

/** Whether a message of `seen` is gone from `now`, or stands elsewhere on screen, or is no longer whole. */
function moved(seen: ChatView, now: ChatView): boolean {
  const where = (m: Pick<ChatViewMessage, 'rect' | 'whole'>) => JSON.stringify([m.rect, m.whole]);
  const at = new Map(now.messages.map((m) => [m.messageId, m]));
  return seen.messages.some((m) => {
    const found = at.get(m.messageId);
    return !found || where(found) !== where(m);
  });
}

/** A message's crop from its screen's screenshot. */
export async function cropOf(
  shot: Shot,
  rect: ChatViewMessage['rect'],
  viewportWidth: number,
  files: RunFiles,
): Promise<(RunFile & { width: number; height: number }) | null> {
  const crop = rect ? await cropBitmap(shot.bitmap, rect, viewportWidth) : null;
  return crop ? { ...(await files.file(crop.blob)), width: crop.width, height: crop.height } : null;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
