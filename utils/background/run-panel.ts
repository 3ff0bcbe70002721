import { browser } from 'wxt/browser';

/** The menu item that opens monitor mode's side panel on a chat ("Document this chat…"). */
export const CHAT_MENU_ITEM_ID = 'document-chat';

/** The pages a run can go through (utils/sites/telegram/chat-walkers.ts): the menu item shows only there. */
export const CHAT_PAGES = ['https://web.telegram.org/k/*', 'https://web.telegram.org/a/*', 'https://t.me/s/*'];

type SidePanelApi = { open(options: { tabId?: number; windowId?: number }): Promise<void> };
type SidebarApi = { open(): Promise<void> };

/**
 * Opens the side panel (Chrome) or the sidebar (Firefox) with monitor mode's page, which goes through the chat in the
 * window's tab on screen. Both browsers open it only in answer to a click (the menu's, the popup's): nothing may be
 * awaited before.
 */
export function openRunPanel(target: { tabId?: number; windowId?: number }): Promise<void> {
  const api = browser as unknown as { sidePanel?: SidePanelApi; sidebarAction?: SidebarApi };
  if (api.sidePanel) return api.sidePanel.open(target);
  if (api.sidebarAction) return api.sidebarAction.open();
  return Promise.resolve();
}
