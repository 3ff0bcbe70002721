import { browser } from 'wxt/browser';
import { describeError } from '../errors';
import { currentLocale } from '../i18n/language-setting';
import { createTranslator } from '../i18n/translate';
import { DISCREET_MODE } from '../settings';

/**
 * Tells the user what became of a capture, in plain words and in their
 * language: a badge on the tab's action with the details in its title, and a
 * notification when it failed. In discreet mode nothing at all: the popup and
 * the dashboard still show the last capture.
 */
const OK_COLOR = '#1a7f37';
const WARN_COLOR = '#9a6700';
const ERROR_COLOR = '#cf222e';

async function translator() {
  return createTranslator(await currentLocale().catch(() => 'en' as const));
}

export async function showDocumented(tabId: number, warnings: number): Promise<void> {
  if (await DISCREET_MODE.read()) return;
  const { t } = await translator();
  const title = warnings ? t('badge.documentedWithNotes', { count: warnings }) : t('badge.documented');
  await setBadge(tabId, '✓', warnings ? WARN_COLOR : OK_COLOR, title);
}

export async function showFailed(tabId: number | undefined, error: unknown): Promise<void> {
  if (await DISCREET_MODE.read()) return;
  const { t, say } = await translator();
  const message = describeError(error, say);
  if (tabId !== undefined)
    await setBadge(tabId, '!', ERROR_COLOR, t('badge.failed', { reason: message })).catch(() => undefined);
  await browser.notifications.create({
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: t('notification.failedTitle'),
    message,
  });
}

/**
 * Takes back every badge, title and notification Dokaz has shown: on a quick
 * exit, a wipe, or when discreet mode is turned on. Tab ids need no `tabs`
 * permission; an empty title shows the extension's name.
 */
export async function clearFeedback(): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  const [tabs, shown] = await Promise.all([browser.tabs.query({}), browser.notifications.getAll()]);
  await Promise.all([
    ...tabs.flatMap(({ id: tabId }) =>
      tabId === undefined
        ? []
        : [action.setBadgeText({ tabId, text: '' }), action.setTitle({ tabId, title: '' })].map((done) =>
            done.catch(() => undefined),
          ),
    ),
    ...Object.keys(shown).map((id) => browser.notifications.clear(id)),
  ]);
}

async function setBadge(tabId: number, text: string, color: string, title: string): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  await Promise.all([
    action.setBadgeText({ tabId, text }),
    action.setBadgeBackgroundColor({ tabId, color }),
    action.setTitle({ tabId, title }),
  ]);
}
