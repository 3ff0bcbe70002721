import { createDokazApi, MENU_ITEM_ID } from '@/utils/background/api';
import { errorText } from '@/utils/errors';
import { currentLocale, watchLanguageSetting } from '@/utils/i18n/language-setting';
import { createTranslator } from '@/utils/i18n/translate';
import { isRequest } from '@/utils/messages';
import { createStore } from '@/utils/store';

declare global {
  // The extension's test API: the same functions the menu, shortcut and pages use.
  var dokaz: ReturnType<typeof createDokazApi>;
}

export default defineBackground(() => {
  const dokaz = createDokazApi(createStore());
  globalThis.dokaz = dokaz;

  browser.runtime.onInstalled.addListener(() => {
    void browser.contextMenus.removeAll().then(async () =>
      browser.contextMenus.create({
        id: MENU_ITEM_ID,
        title: await menuTitle(),
        contexts: ['page', 'selection', 'link', 'image', 'video', 'audio', 'frame'],
      }),
    );
  });
  // The menu speaks the language chosen in Settings, from the moment it is chosen (and after a browser restart).
  const retitle = () =>
    void menuTitle()
      .then((title) => browser.contextMenus.update(MENU_ITEM_ID, { title }))
      .catch(() => undefined); // not created yet: onInstalled will use the language
  browser.runtime.onStartup.addListener(retitle);
  watchLanguageSetting(retitle);

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ITEM_ID) dokaz.capture(info, tab).catch(() => undefined); // feedback already shown
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === MENU_ITEM_ID) dokaz.captureShortcut(tab).catch(() => undefined);
  });

  browser.runtime.onMessage.addListener((message, sender) => {
    // Only the extension's own pages may ask; content scripts and web pages may not.
    if (sender.id !== browser.runtime.id || sender.tab?.url?.startsWith('http') || !isRequest(message))
      return undefined;
    const work =
      message.type === 'deleteCapture'
        ? dokaz.deleteCapture(message.args.id, message.args.reason).then(() => null)
        : dokaz.exportPackToOutbox(message.args.selection, message.args.language);
    return work.then(
      (value) => ({ ok: true, value }),
      (error: unknown) => ({ ok: false, error: errorText(error) }),
    );
  });
});

async function menuTitle(): Promise<string> {
  return createTranslator(await currentLocale().catch(() => 'en' as const)).t('menu.documentThis');
}
