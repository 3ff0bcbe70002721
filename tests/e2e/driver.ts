import type { DokazApi } from '../../utils/background/api';

/**
 * The built extension in one real browser, driven as a person would. Chromium (tests/e2e/chromium.ts) and Firefox
 * (tests/e2e/firefox.ts) each implement it, so that one suite (tests/e2e/browsers.test.ts) runs in both.
 */
export interface ExtensionDriver {
  readonly name: 'chromium' | 'firefox';
  /** Closes every tab and opens `url` in a new one, on screen (captureVisibleTab shows the active tab). */
  open(url: string): Promise<void>;
  /** A real right-click on `selector` in the open tab; resolves to what choosing "Document this" then hands over. */
  rightClick(selector: string): Promise<MenuClick>;
  /** `dokaz.capture(click, tab)` with the open tab, as the menu click calls it: the capture's id, or the error's message. */
  capture(click: MenuClick): Promise<{ id?: string; error?: string }>;
  /** `globalThis.dokaz[name](...args)` in the background, for functions that answer plain data. */
  callApi<K extends ApiName>(name: K, ...args: Parameters<DokazApi[K]>): Promise<Awaited<ReturnType<DokazApi[K]>>>;
  /** Runs `script(arg)` in the open tab's page, as the page's own script would. */
  evaluate<T, A = undefined>(script: (arg: A) => T, arg?: A): Promise<Awaited<T>>;
  /** A stored artifact's bytes. */
  artifactBytes(artifactId: string): Promise<Buffer>;
  close(): Promise<void>;
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
}

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
 * another post. Runs in the page (Playwright's and Puppeteer's `evaluate` send its source), so it must stay
 * self-contained, with no inner functions.
 */
export function rightClickPoint(target: Element): { x: number; y: number } | null {
  const box = target.getBoundingClientRect();
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
