import { browser } from 'wxt/browser';

/**
 * Test builds only (`wxt build --mode e2e`): keeps open the page through which the Firefox end-to-end driver reaches
 * globalThis.dokaz (entrypoints/e2e). A quick exit sends every Dokaz page away, this one included, as it must; the
 * page then comes back, in the background, so that the driver can go on.
 */
const CHECK_MS = 300;

export function keepDriverPageOpen(): void {
  const url = new URL('e2e.html', browser.runtime.getURL('/')).href;
  let opening = false;
  const check = async () => {
    const views = browser.extension.getViews({ type: 'tab' }) as unknown as { location: Location }[];
    const open = views.some((view) => view.location.href === url);
    if (open || opening) return;
    opening = true;
    try {
      const tab = await browser.tabs.create({ url, active: false });
      // Until it has loaded, getViews does not list it.
      for (let i = 0; i < 50 && !browser.extension.getViews({ tabId: tab.id }).length; i++)
        await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      opening = false;
    }
  };
  void check();
  setInterval(() => void check(), CHECK_MS);
}
