import { createDokazApi, MENU_ITEM_ID, type DokazApi } from '@/utils/background/api';
import { keepDriverPageOpen } from '@/utils/background/e2e-driver-page';
import { CHAT_MENU_ITEM_ID, CHAT_PAGES, openRunPanel } from '@/utils/background/run-panel';
import { clearFeedback } from '@/utils/capture/feedback';
import { errorText } from '@/utils/errors';
import { currentLocale, LANGUAGE } from '@/utils/i18n/language-setting';
import { createTranslator } from '@/utils/i18n/translate';
import { parseRequest } from '@/utils/messages';
import { answerRequest, createRequestHandlers } from '@/utils/background/requests';
import { DISCREET_MODE } from '@/utils/settings';
import { QUICK_EXIT_COMMAND } from '@/utils/safety/quick-exit';
import { createStore } from '@/utils/store';
import { browserSession } from '@/utils/store/browser-session';

declare global {
  // The extension's test API: the same functions the menu, shortcut and pages use.
  var dokaz: ReturnType<typeof createDokazApi>;
}

export default defineBackground(() => {
  // One object for the background's whole life: after a wipe its functions are made again, on a new store.
  const dokaz = {} as DokazApi;
  const open = () => {
    const store = createStore({ session: browserSession() });
    Object.assign(dokaz, createDokazApi(store, { reopen: open }));
    return store;
  };
  // A re-sealing cut short by a closed browser, captures made while locked: finished as soon as Dokaz is unlocked.
  void open()
    .resume()
    // A run through a chat that the browser's closing cut short ends as interrupted, keeping what it documented.
    .then(() => dokaz.endInterruptedRuns())
    .catch(() => undefined);
  globalThis.dokaz = dokaz;
  const handlers = createRequestHandlers(dokaz);
  // Test builds only (`wxt build --mode e2e`): the page through which the Firefox end-to-end driver reaches globalThis.dokaz.
  if (import.meta.env.MODE === 'e2e') keepDriverPageOpen();

  browser.runtime.onInstalled.addListener(() => {
    void browser.contextMenus.removeAll().then(async () => {
      browser.contextMenus.create({
        id: MENU_ITEM_ID,
        title: await menuTitle(),
        contexts: ['page', 'selection', 'link', 'image', 'video', 'audio', 'frame'],
      });
      // Monitor mode: only on the chats a run can go through.
      browser.contextMenus.create({
        id: CHAT_MENU_ITEM_ID,
        title: await menuTitle('menu.documentChat'),
        contexts: ['page', 'selection', 'link', 'image', 'video', 'audio'],
        documentUrlPatterns: CHAT_PAGES,
      });
    });
  });
  // The menu speaks the language chosen in Settings, from the moment it is chosen (and after a browser restart).
  const retitle = () => {
    for (const [id, key] of [
      [MENU_ITEM_ID, 'menu.documentThis'],
      [CHAT_MENU_ITEM_ID, 'menu.documentChat'],
    ] as const) {
      void menuTitle(key)
        .then((title) => browser.contextMenus.update(id, { title }))
        .catch(() => undefined); // not created yet: onInstalled will use the language
    }
  };
  browser.runtime.onStartup.addListener(retitle);
  LANGUAGE.watch(retitle);

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ITEM_ID) dokaz.capture(info, tab).catch(() => undefined); // feedback already shown
    // At once, in answer to the click: the browser opens a side panel only then.
    if (info.menuItemId === CHAT_MENU_ITEM_ID)
      void openRunPanel({ tabId: tab?.id, windowId: tab?.windowId }).catch(() => undefined);
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === MENU_ITEM_ID) dokaz.captureShortcut(tab).catch(() => undefined);
    if (command === QUICK_EXIT_COMMAND) void dokaz.quickExit(tab);
  });
  // Turning discreet mode on also takes back the badges and notifications already shown.
  DISCREET_MODE.watch((discreet) => discreet && void clearFeedback().catch(() => undefined));

  browser.runtime.onMessage.addListener((message, sender) => {
    // Only the extension's own pages may ask; content scripts and web pages may not.
    // Only Dokaz's own pages, never a content script in a web page (http:, file:, anything else).
    const fromOwnPage = sender.id === browser.runtime.id && (sender.url ?? '').startsWith(browser.runtime.getURL('/'));
    const request = fromOwnPage ? parseRequest(message) : null;
    if (!request) return undefined;
    const work = answerRequest(handlers, request, sender.tab?.id);
    return work.then(
      (value) => ({ ok: true, value }),
      (error: unknown) => ({ ok: false, error: errorText(error) }),
    );
  });
});

async function menuTitle(key: 'menu.documentThis' | 'menu.documentChat' = 'menu.documentThis'): Promise<string> {
  return createTranslator(await currentLocale().catch(() => 'en' as const)).t(key);
}
