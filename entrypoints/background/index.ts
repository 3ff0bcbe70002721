import { createDokazApi, MENU_ITEM_ID, type DokazApi } from '@/utils/background/api';
import { errorText } from '@/utils/errors';
import { currentLocale, watchLanguageSetting } from '@/utils/i18n/language-setting';
import { createTranslator } from '@/utils/i18n/translate';
import { isRequest, type Request } from '@/utils/messages';
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
    const work = answer(dokaz, message);
    return work.then(
      (value) => ({ ok: true, value }),
      (error: unknown) => ({ ok: false, error: errorText(error) }),
    );
  });
});

async function menuTitle(): Promise<string> {
  return createTranslator(await currentLocale().catch(() => 'en' as const)).t('menu.documentThis');
}

/** What the background does for a page's request: the same functions as the test API. */
function answer(dokaz: DokazApi, message: Request): Promise<unknown> {
  switch (message.type) {
    case 'deleteCapture':
      return dokaz.deleteCapture(message.args.id, message.args.reason).then(() => null);
    case 'exportPack':
      return dokaz.exportPackToOutbox(message.args.selection, message.args.language);
    case 'createCase':
      return dokaz.createCase(message.args.input);
    case 'updateCase':
      return dokaz.updateCase(message.args.id, message.args.patch);
    case 'setActiveCase':
      return dokaz.setActiveCase(message.args.id).then(() => null);
    case 'annotate':
      return dokaz.annotate(message.args.captureId, message.args.patch);
    case 'updateCatalogueEntry':
      return dokaz.updateCatalogueEntry(message.args.kind, message.args.key, message.args.patch);
  }
}
