import type { DokazApi } from '../../utils/background/api';

/**
 * The built extension in one real browser, driven as a person would. Chromium (tests/e2e/chromium.ts) and Firefox
 * (tests/e2e/firefox.ts) each implement it, so that one suite (tests/e2e/browsers.test.ts) runs in both.
 */
export interface ExtensionDriver {
  readonly name: 'chromium' | 'firefox';
  /** Closes every tab and opens `url` in a new one, on screen (captureVisibleTab shows the active tab). */
  open(url: string): Promise<void>;
  /**
   * A real right-click on `selector` in the open tab (inside the iframe `frame` selects, if given), scrolled into
   * view first if it is not on screen; at `at` from the element's top left corner, or where the element itself is
   * hit. Resolves to what choosing "Document this" then hands over.
   */
  rightClick(selector: string, options?: RightClickOptions): Promise<MenuClick>;
  /**
   * `dokaz.capture(click, tab)` with the open tab, as the menu click calls it: the capture's id, or the error's
   * message. With `closeTab`, the tab is closed as soon as the capture has started.
   */
  capture(click: MenuClick, options?: { closeTab?: boolean }): Promise<CaptureOutcome>;
  /** `dokaz.captureShortcut(tab)` with the open tab, as the keyboard shortcut calls it. */
  shortcut(): Promise<CaptureOutcome>;
  /** The title of Dokaz's toolbar button on the open tab: where Dokaz says what became of a capture. */
  badgeTitle(): Promise<string>;
  /**
   * Runs `script(arg)` in an extension context of Dokaz's (Chromium: the service worker; Firefox: the test page),
   * which shares the extension's IndexedDB: as another program with access to the profile could reach it.
   */
  inExtension<T, A = undefined>(script: (arg: A) => T, arg?: A): Promise<Awaited<T>>;
  /** `globalThis.dokaz[name](...args)` in the background, for functions that answer plain data. */
  callApi<K extends ApiName>(name: K, ...args: Parameters<DokazApi[K]>): Promise<Awaited<ReturnType<DokazApi[K]>>>;
  /** Runs `script(arg)` in the open tab's page (in the iframe `frame` selects, if given), as the page's own script would. */
  evaluate<T, A = undefined>(script: (arg: A) => T, arg?: A, options?: { frame?: string }): Promise<Awaited<T>>;
  /** A picture of the open tab (a file from disk, say, that `open` showed). */
  screenshot(path: string, options?: { fullPage?: boolean }): Promise<void>;
  /** Opens one of Dokaz's own pages (e.g. 'dashboard.html#/custody') in a new tab or window, on screen. */
  openPage(path: string): Promise<ExtensionPage>;
  /**
   * How many of Dokaz's pages are open (the Firefox driver's own page aside), as the browser's automation sees the
   * tabs (Chromium: and as the extension lists its pages, each counted again).
   */
  dokazPagesOpen(): Promise<number>;
  /** A stored artifact's bytes. */
  artifactBytes(artifactId: string): Promise<Buffer>;
  close(): Promise<void>;
}

export interface RightClickOptions {
  frame?: string;
  at?: { x: number; y: number };
}

/**
 * An element on a page: a CSS selector, or found as a person finds it: a form field by its label's text, a button or
 * a link by its name (each exact, spaces folded), optionally within the element `within` selects.
 */
export type Target =
  string | { label: string; within?: string } | { button: string; within?: string } | { link: string; within?: string };

/** One of Dokaz's own pages in a tab: what the shared suites do there (Playwright's and Puppeteer's pages both can). */
export interface ExtensionPage {
  evaluate<T, A = undefined>(script: (arg: A) => T, arg?: A): Promise<Awaited<T>>;
  /** A real click on the target, once it is there. */
  click(target: Target): Promise<void>;
  /** A real click on the target (a link to a new tab), and the page it opens, once loaded. */
  clickToOpen(target: Target): Promise<ExtensionPage>;
  /** Types `value` into the field, as a person would (replacing what it held). */
  fill(target: Target, value: string): Promise<void>;
  /** Chooses the option whose value is `value` in the <select>. */
  select(target: Target, value: string): Promise<void>;
  /** Ticks (or unticks) the checkbox, with a real click if it is not so already. */
  check(target: Target, checked?: boolean): Promise<void>;
  /** The field's current value. */
  value(target: Target): Promise<string>;
  /** Chooses the file at `path` in the file input `selector` matches. */
  upload(selector: string, path: string): Promise<void>;
  /** Where the tab is now (it may have left Dokaz). */
  location(): Promise<string>;
  /** The browser's Back button. */
  goBack(): Promise<void>;
  /** The page's viewport, in CSS pixels (a narrow window: 720). */
  resize(width: number, height: number): Promise<void>;
  screenshot(path: string, options?: { fullPage?: boolean }): Promise<void>;
  close(): Promise<void>;
}

/**
 * Finds a target that is not a CSS selector and marks it with a `data-e2e-target` attribute; the selector of that
 * mark, or null while there is no such element. Runs in the page; self-contained.
 */
export function markTarget(target: Exclude<Target, string>): string | null {
  const root = target.within ? document.querySelector(target.within) : document;
  if (!root) return null;
  const fold = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
  /** A label's own words, without the text of the field it may wrap (a <select>'s options). */
  const labelText = (label: Element) =>
    fold(
      [...label.childNodes]
        .filter((node) => !(node instanceof HTMLSelectElement || node instanceof HTMLTextAreaElement))
        .map((node) => node.textContent)
        .join(' '),
    );
  let found: Element | null = null;
  if ('label' in target) {
    for (const label of root.querySelectorAll('label'))
      if (labelText(label) === target.label && label.control) found ??= label.control;
    found ??=
      [...root.querySelectorAll('[aria-label]')].find((e) => e.getAttribute('aria-label') === target.label) ?? null;
  } else {
    const [selector, name] =
      'button' in target ? ['button, [role="button"]', target.button] : ['a[href], [role="link"]', target.link];
    found =
      [...root.querySelectorAll(selector)].find((e) => fold(e.getAttribute('aria-label') ?? e.textContent) === name) ??
      null;
  }
  if (!found) return null;
  const mark =
    found.getAttribute('data-e2e-target') ?? String(document.querySelectorAll('[data-e2e-target]').length + 1);
  found.setAttribute('data-e2e-target', mark);
  return `[data-e2e-target="${mark}"]`;
}

/**
 * The CSS selector of a target, waiting up to `timeoutMs` for it to appear; `mark` runs markTarget in the page.
 */
export async function selectorOf(
  target: Target,
  mark: (target: Exclude<Target, string>) => Promise<string | null>,
  timeoutMs = 10_000,
): Promise<string> {
  if (typeof target === 'string') return target;
  const end = Date.now() + timeoutMs;
  for (;;) {
    const selector = await mark(target);
    if (selector) return selector;
    if (Date.now() > end) throw new Error(`no element for ${JSON.stringify(target)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** How many elements `selector` matches on an extension page. */
export const countOf = (page: ExtensionPage, selector: string) =>
  page.evaluate((selector) => document.querySelectorAll(selector).length, selector);

/** The text of the first element `selector` matches, or null. */
export const textOf = (page: ExtensionPage, selector: string) =>
  page.evaluate((selector) => document.querySelector(selector)?.textContent ?? null, selector);

export interface CaptureOutcome {
  id?: string;
  error?: string;
  /** Firefox's driver: how long the capture took, measured in the extension (bin/bench-firefox.ts). */
  ms?: number;
}

/** How to start a browser for the shared suite. */
export interface DriverOptions {
  /** The browser's time zone, e.g. 'Europe/Belgrade'. */
  timeZone?: string;
  /**
   * Host names to serve from 127.0.0.1:`port` over HTTPS, with a self-signed certificate the browser then accepts
   * (the Telegram fixtures under their real names: tests/e2e/server.ts).
   */
  hosts?: { names: string[]; port: number };
  /**
   * Every document keeps the CSP violations it sees (tests/e2e/canary.ts), where the browser's automation can put a
   * script into every new document first: Chromium's. Elsewhere call watchCspViolations on the page.
   */
  recordCsp?: boolean;
  /**
   * The browser profile's folder: made if missing, kept when the browser closes, and started again by the next
   * launch given it (a browser restart). By default a new one, removed at close.
   */
  profile?: string;
  /** Firefox only: preferences and environment variables to start it with, over the driver's own. */
  firefox?: { prefs?: Record<string, string | number | boolean>; env?: Record<string, string> };
}

/** Where each browser keeps the page itself: MHTML where it can make one (Chrome's pageCapture), else the DOM. */
export const SNAPSHOT_KIND = { chromium: 'page-mhtml', firefox: 'page-html' } as const;

/** The test API's functions (utils/background/api.ts); `getArtifactData` answers a Blob: use `artifactBytes`. */
export type ApiName = Exclude<keyof DokazApi, 'getArtifactData'>;

/** What the context menu hands the background (menus.OnClickData), as far as a capture reads it. */
export interface MenuClick {
  menuItemId: 'document-this';
  frameId: number;
  pageUrl: string;
  frameUrl?: string;
  srcUrl?: string;
  linkUrl?: string;
  mediaType?: string;
  selectionText?: string;
  /** Firefox only: the element the menu was opened on, for menus.getTargetElement. */
  targetElementId?: number;
}

/**
 * Where to right-click `target` so that the target itself is hit: the centre of a container may show a child, or
 * another post; `at` is a point chosen from the element's top left corner instead. Null when no such point is on
 * screen. Runs in the page (Playwright's and Puppeteer's `evaluate` send its source), so it must stay
 * self-contained, with no inner functions.
 */
export function rightClickPoint(
  target: Element,
  at?: { x: number; y: number } | null,
): { x: number; y: number } | null {
  const box = target.getBoundingClientRect();
  if (at) {
    const point = { x: box.left + at.x, y: box.top + at.y };
    return point.y >= 0 && point.y < innerHeight && point.x >= 0 && point.x < innerWidth ? point : null;
  }
  let inside: { x: number; y: number } | null = null;
  for (let fy = 0.5, i = 0; i < 40; i++, fy = (i * 0.618034) % 1) {
    for (const fx of [0.5, 0.1, 0.9, 0.3, 0.7]) {
      const x = box.left + Math.max(1, Math.min(box.width - 1, box.width * fx));
      const y = box.top + Math.max(1, Math.min(box.height - 1, box.height * fy));
      if (y < 0 || y >= innerHeight || x < 0 || x >= innerWidth) continue;
      const hit = document.elementFromPoint(x, y);
      if (hit === target) return { x, y };
      if (hit && target.contains(hit)) inside ??= { x, y };
    }
  }
  return inside;
}

/**
 * Scrolls `target` into view as a person scrolls to what they want to right-click (when no point of it is on
 * screen). Runs in the page.
 */
export function scrollIntoView(target: Element): void {
  target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

/**
 * What a browser's menu click carries besides the frame, read at the clicked point as Chrome reads it: the selection,
 * the image, video or audio under the pointer, the link around it. Runs in the page; self-contained.
 */
export function menuContextAt(point: { x: number; y: number }): Partial<MenuClick> {
  const hit = document.elementFromPoint(point.x, point.y);
  const context: Partial<MenuClick> = {};
  const selection = getSelection()?.toString();
  if (selection) context.selectionText = selection;
  if (hit instanceof HTMLImageElement || hit instanceof HTMLVideoElement || hit instanceof HTMLAudioElement) {
    context.srcUrl = hit.currentSrc || hit.src;
    context.mediaType = hit instanceof HTMLImageElement ? 'image' : hit instanceof HTMLVideoElement ? 'video' : 'audio';
  }
  const link = hit?.closest('a[href]');
  if (link instanceof HTMLAnchorElement) context.linkUrl = link.href;
  return context;
}

/** Where an iframe's content starts in its page's viewport (inside its border). Runs in the page; self-contained. */
export function frameContentOffset(frame: Element): { x: number; y: number } {
  const box = frame.getBoundingClientRect();
  return { x: box.left + frame.clientLeft, y: box.top + frame.clientTop };
}
