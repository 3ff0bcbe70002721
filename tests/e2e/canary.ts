import type { BrowserContext } from 'playwright-core';
import type { TestServer } from './server';

/** A page a script can be run in: Playwright's, or the shared driver's (tests/e2e/driver.ts). */
interface Evaluates {
  evaluate<T, A>(script: (arg: A) => T, arg: A): Promise<Awaited<T>>;
}

/**
 * How tests/e2e/untrusted.test.ts knows whether a hostile script ran. The
 * fixtures under tests/fixtures/hostile/ report every script and handler
 * three ways: `data-pwned` on <html>, localStorage "dokaz-pwned" and a call to
 * the test server's /canary?how=…&where=<protocol>. A report's CSP would stop
 * the call, not the other two; an extension page would stop none of them.
 */
export interface CanaryHit {
  how: string;
  where: string;
}

/** The /canary calls the server has had, in order. */
export function canaryHits(server: TestServer): CanaryHit[] {
  return server.requests
    .filter((url) => url.startsWith('/canary?'))
    .map((url) => {
      const params = new URL(url, 'http://x').searchParams;
      return { how: params.get('how') ?? '?', where: params.get('where') ?? '?' };
    });
}

/** The calls that did not come from a web page (http: or https:): from an extension page, a report, a blob. */
export function canaryHitsOutsideWebPages(server: TestServer): CanaryHit[] {
  return canaryHits(server).filter((hit) => hit.where !== 'http:' && hit.where !== 'https:');
}

export interface CspViolation {
  directive: string;
  blocked: string;
  policy: string;
  sample: string;
}

declare global {
  interface Window {
    __cspViolations?: CspViolation[];
  }
}

/** Every document of the context, extension pages and file: pages included, keeps the CSP violations it sees. */
export async function recordCspViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(listenForCspViolations);
}

/**
 * The page keeps the CSP violations it sees from now on (where no script can be put into every new document first:
 * Firefox's driver). Documents the page makes later (an SVG in an <object>) are not watched.
 */
export async function watchCspViolations(page: Evaluates): Promise<void> {
  await page.evaluate(listenForCspViolations, undefined);
}

function listenForCspViolations(): void {
  if (window.__cspViolations) return;
  window.__cspViolations = [];
  document.addEventListener(
    'securitypolicyviolation',
    (event) =>
      window.__cspViolations!.push({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        policy: event.originalPolicy,
        sample: event.sample,
      }),
    true,
  );
}

export interface PageState {
  url: string;
  pwned: string | null;
  storage: string | null;
  violations: CspViolation[] | null;
  /**
   * Elements that only hostile markup would have made here: event-handler attributes, scripts not from the page's
   * own origin or inline, javascript: links, plugins and frames. Seen in the DOM, so in every browser, whether or
   * not its CSP violations could be recorded from the start.
   */
  foreign: string[];
}

/** Whether a hostile script ran in the page (its marks), and what its CSP blocked. */
export async function pageState(page: Evaluates): Promise<PageState> {
  return page.evaluate(() => {
    let storage: string | null = null;
    try {
      storage = localStorage.getItem('dokaz-pwned');
    } catch {
      storage = null; // an opaque origin has no storage, nor could a script have written there
    }
    const foreign: string[] = [];
    for (const element of document.querySelectorAll('*')) {
      const tag = element.tagName.toLowerCase();
      for (const name of element.getAttributeNames()) if (/^on/i.test(name)) foreign.push(`${tag}[${name}]`);
      if (tag === 'script') {
        const src = element.getAttribute('src');
        if (!src || new URL(src, location.href).origin !== location.origin) foreign.push(`script ${src ?? 'inline'}`);
      }
      if (tag === 'object' || tag === 'embed' || tag === 'iframe') foreign.push(tag);
      const href = element.getAttribute('href') ?? element.getAttribute('xlink:href');
      if (href && /^\s*javascript:/i.test(href)) foreign.push(`${tag}[href=javascript:]`);
    }
    return {
      url: location.href,
      foreign,
      pwned: document.documentElement.getAttribute('data-pwned'),
      storage,
      violations: window.__cspViolations ?? null,
    };
  }, undefined);
}

/**
 * Puts into an extension page, the way a careless renderer would, everything
 * a captured page could try: an inline script, an event handler through
 * innerHTML, a javascript: link clicked, eval, a script and an SVG document
 * from the web, an SVG document made in the extension's own origin, a srcdoc
 * frame. Resolves once they had time to run.
 */
export interface InjectionOutcome {
  eval: boolean;
  fn: boolean;
  /**
   * The SVG document made in the extension's origin, if the page let the <object> load it; its CSP violations when
   * they were recorded in every document (recordCspViolations), else null.
   */
  ownSvg: { pwned: string | null; violations: string[] | null } | null;
}

export function injectHostileMarkup(page: Evaluates, origin: string): Promise<InjectionOutcome> {
  return page.evaluate(async (origin) => {
    const canary = (how: string) =>
      `document.documentElement.setAttribute('data-pwned','${how}');localStorage.setItem('dokaz-pwned','${how}');` +
      `(new Image).src='${origin}/canary?how=${how}&where='+location.protocol`;
    const box = document.createElement('div');
    document.body.append(box);
    const inline = document.createElement('script');
    inline.textContent = canary('injected-inline-script');
    box.append(inline);
    box.insertAdjacentHTML('beforeend', `<img src="x" onerror="${canary('injected-onerror')}">`);
    const link = document.createElement('a');
    link.href = `javascript:${canary('injected-javascript-url')}`;
    box.append(link);
    link.click();
    const remote = document.createElement('script');
    remote.src = `${origin}/hostile/canary.js`;
    box.append(remote);
    const webSvg = document.createElement('object');
    webSvg.type = 'image/svg+xml';
    webSvg.data = `${origin}/hostile/scripted.svg`;
    box.append(webSvg);
    const xml = (how: string) => canary(how).replaceAll('&', '&amp;');
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" onload="${xml('injected-blob-svg')}"><script>${xml(
      'injected-blob-svg-script',
    )}</script></svg>`;
    const ownSvg = document.createElement('object');
    ownSvg.type = 'image/svg+xml';
    ownSvg.data = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    box.append(ownSvg);
    const frame = document.createElement('iframe');
    frame.srcdoc = `<script>${canary('injected-srcdoc')}</script>`;
    box.append(frame);
    // After a task, not in DevTools' own evaluation, which may always eval.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    let evalRan = false;
    let fnRan = false;
    try {
      evalRan = eval('true') as boolean;
    } catch {
      // refused by the CSP, as it should be
    }
    try {
      fnRan = (new Function('return true') as () => boolean)();
    } catch {
      // refused by the CSP, as it should be
    }
    const svgDocument = ownSvg.contentDocument;
    const svgWindow = ownSvg.contentWindow as (Window & typeof globalThis) | null;
    return {
      eval: evalRan,
      fn: fnRan,
      ownSvg: svgDocument
        ? {
            pwned: svgDocument.documentElement.getAttribute('data-pwned'),
            violations: svgWindow?.__cspViolations
              ? [...new Set(svgWindow.__cspViolations.map((v) => `${v.directive} ${v.blocked}`))]
              : null,
          }
        : null,
    };
  }, origin);
}
