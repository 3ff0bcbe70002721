import { browser } from 'wxt/browser';

/**
 * Test builds only (`wxt build --mode e2e`): keeps open the page through which the Firefox end-to-end driver reaches
 * globalThis.dokaz (entrypoints/e2e). A quick exit sends every Dokaz page away, this one included, as it must; the
 * page then comes back, in the background, so that the driver can go on.
 */
const CHECK_MS = 300;
/** How long a page being opened is given to load before another is opened. */
const OPENING_MS = 5_000;

export function keepDriverPageOpen(): void {
  const url = new URL('e2e.html', browser.runtime.getURL('/')).href;
  let openedAt = -Infinity;
  /** The tab the page was opened in. */
  let driverTab: number | undefined;

  /**
   * Back in the tab it was sent away from, while that tab is there: Firefox's automation (WebDriver BiDi) now and
   * then never reports a tab an extension makes (no browsingContext.contextCreated, though the tab loads), and the
   * driver, which knows only the tabs reported, would then never find the page. A tab it knows, it follows.
   */
  const reopen = async () => {
    const back =
      driverTab !== undefined &&
      (await browser.tabs.update(driverTab, { url }).then(
        () => true,
        () => false, // closed meanwhile
      ));
    if (back) return;
    const tab = await browser.tabs.create({ url, active: false }).catch(() => undefined);
    driverTab = tab?.id;
  };

  const check = () => {
    const views = browser.extension.getViews({ type: 'tab' }) as unknown as (Window & { dokazE2e?: unknown })[];
    // Open and running: its script has set up the driver's way in.
    const open = views.some((view) => view.location.href === url && view.dokazE2e !== undefined);
    // Given a time to load rather than awaited: a page that loads but never comes up must not stop every later try.
    if (open || Date.now() - openedAt < OPENING_MS) return;
    openedAt = Date.now();
    void reopen();
  };
  check();
  setInterval(check, CHECK_MS);
}
