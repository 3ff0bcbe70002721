import { browser } from 'wxt/browser';
import type { Request } from '../messages';
import { NEUTRAL_URL } from './neutral-site';

/**
 * Quick exit (the victim-safety issue): every Dokaz page gives way at once to
 * a neutral site (neutral-site.ts), for when someone walks in. This file is
 * the pages' part; utils/background/quick-exit.ts is the background's.
 */

/** The keyboard shortcut's command (wxt.config.ts). */
export const QUICK_EXIT_COMMAND = 'quick-exit';

/**
 * Sent by the background to every Dokaz page. Without `tabId` every page
 * leaves; with it, the page in that tab leaves and answers `true`, so that the
 * background knows which tabs it must navigate itself.
 */
export interface QuickExitNotice {
  type: 'quick-exit';
  tabId?: number;
}

/** Sent by the background after a wipe: pages show the empty store. */
export interface WipedNotice {
  type: 'wiped';
}

export function isQuickExitNotice(value: unknown): value is QuickExitNotice {
  const notice = value as Partial<QuickExitNotice> | null;
  return notice?.type === 'quick-exit' && (notice.tabId === undefined || typeof notice.tabId === 'number');
}

function isWipedNotice(value: unknown): value is WipedNotice {
  return (value as Partial<WipedNotice> | null)?.type === 'wiped';
}

/** The extension's pages this context can reach directly: all of them, in the same process (MV2, and MV3 pages). */
function dokazViews(): { tabs: Window[]; popups: Window[] } {
  try {
    // The API's own Window type is a stub: these are the pages' real windows.
    const views = (type: 'tab' | 'popup') => browser.extension.getViews({ type }) as unknown as Window[];
    return { tabs: views('tab'), popups: views('popup') };
  } catch {
    // Chrome's service worker has no getViews; the background reaches pages by message there.
    return { tabs: [], popups: [] };
  }
}

/**
 * Replaces a Dokaz page with the neutral site, without a history entry to go
 * back to; a popup also closes (a popup opened as a tab cannot, and shows the
 * neutral site instead).
 */
export function leaveWindow(view: Window, popup: boolean): void {
  try {
    view.location.replace(NEUTRAL_URL);
    if (popup) view.close();
  } catch {
    // A page already gone.
  }
}

/** Every Dokaz page this context can reach, but `except`; synchronous, so none is left waiting on a promise. */
export function leaveViews(except?: Window): void {
  const { tabs, popups } = dokazViews();
  for (const view of tabs) if (view !== except) leaveWindow(view, false);
  for (const view of popups) if (view !== except) leaveWindow(view, true);
}

/**
 * The quick-exit button: the background is told first (it locks Dokaz and
 * reaches what a page cannot), the message leaves before the page does; then
 * every other Dokaz page, then this one.
 */
export function quickExitFromPage(self: Window = window): void {
  const request: Request<'quickExit'> = { type: 'quickExit', args: {} };
  browser.runtime.sendMessage(request).catch(() => undefined);
  leaveViews(self);
  leaveWindow(self, isPopup(self));
}

function isPopup(self: Window): boolean {
  return dokazViews().popups.includes(self);
}

/**
 * What a Dokaz page does when the background says so: leave at once (the
 * shortcut, or a quick exit from another page), or show the empty store
 * after a wipe. Call it before the page renders, so that it listens from the
 * start.
 */
export function listenForSafetyNotices({ onWiped }: { onWiped?: () => void } = {}): void {
  let ownTabId: number | undefined;
  void (async () => (ownTabId = (await browser.tabs.getCurrent())?.id))().catch(() => undefined);
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (isQuickExitNotice(message)) {
      if (message.tabId === undefined) leaveWindow(window, isPopup(window));
      else if (message.tabId === ownTabId) {
        leaveWindow(window, false);
        return Promise.resolve(true);
      }
    } else if (isWipedNotice(message)) onWiped?.();
    // Not ours to answer: other listeners (the export's progress) and pages go on.
    return undefined;
  });
}
