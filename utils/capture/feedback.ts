import { browser } from 'wxt/browser';
import { describeError } from '../errors';

/**
 * Tells the user what became of a capture, in plain words: a badge on the
 * tab's action with the details in its title, and a notification when it failed.
 */
const OK_COLOR = '#1a7f37';
const WARN_COLOR = '#9a6700';
const ERROR_COLOR = '#cf222e';

export async function showDocumented(tabId: number, warnings: number): Promise<void> {
  const title = warnings
    ? `Documented, with ${warnings} note${warnings === 1 ? '' : 's'}: open Dokaz to see what could not be kept.`
    : 'Documented: the post, its page and screenshots are stored and hashed.';
  await setBadge(tabId, '✓', warnings ? WARN_COLOR : OK_COLOR, `Dokaz — ${title}`);
}

export async function showFailed(tabId: number | undefined, error: unknown): Promise<void> {
  const message = describeError(error);
  if (tabId !== undefined)
    await setBadge(tabId, '!', ERROR_COLOR, `Dokaz — not documented: ${message}`).catch(() => undefined);
  await browser.notifications.create({
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: 'Dokaz: not documented',
    message,
  });
}

async function setBadge(tabId: number, text: string, color: string, title: string): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  await Promise.all([
    action.setBadgeText({ tabId, text }),
    action.setBadgeBackgroundColor({ tabId, color }),
    action.setTitle({ tabId, title }),
  ]);
}
