/// <reference types="chrome" />
/**
 * npm run bench: capture latency of the real extension in Debian's Chromium,
 * beside the bare browser calls a capture cannot do without
 * (captureVisibleTab and pageCapture.saveAsMHTML), measured in the same run.
 *
 * A capture here is the whole path the menu click takes: extraction in the
 * page, scrolling, screenshot and crop, MHTML, the post's photo fetched
 * through the page, SHA-256 of everything, and the IndexedDB transaction.
 * Results go to stdout (Markdown) and bench-results/capture.json.
 */
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumSession } from '../tests/e2e/chromium';
import { startServer, startTelegramServer, TELEGRAM_HOSTS } from '../tests/e2e/server';
import { captureTable, latencyTargets, saveCaptureRun, summary } from '../tests/bench/stats';

const RUNS = Number(process.env.BENCH_RUNS ?? 30);
/** Only the scenarios whose name contains this text (BENCH_ONLY=Telegram), to compare one area before and after. */
const ONLY = process.env.BENCH_ONLY ?? '';
const WARMUP = 3;
// captureVisibleTab allows two calls a second: space every call so that no run waits on the quota.
const QUOTA_GAP_MS = 1100;

interface Scenario {
  name: string;
  /** A path on the local HTTP server, or a full https URL served by the Telegram server. */
  path: string;
  selector: string;
  runs: number;
  srcUrl?: (origin: string) => string;
  /** Makes the page a chat of this many messages by cloning the ones the fixture has. */
  chat?: { messages: number; message: string };
}

const SCENARIOS: Scenario[] = [
  {
    name: 'post with one photo (tests/fixtures/generic/feed.html)',
    path: '/generic/feed.html',
    selector: '#photo-2',
    runs: RUNS,
    srcUrl: (origin) => `${origin}/photo.png`,
  },
  { name: 'post on a page of 100,000 nodes (/huge.html)', path: '/huge.html', selector: '#p10 span', runs: 10 },
  {
    // Four photos offered in several sizes: each kept as shown and, beside it, at its largest size.
    name: 'post with four photos in several sizes (tests/fixtures/generic/srcset.html)',
    path: '/generic/srcset.html',
    selector: '#caption',
    runs: 20,
  },
  {
    name: 'Telegram Web K, photo message, in a chat of 500 messages (fixture web-k/supergroup)',
    path: 'https://web.telegram.org/k/?fixture=supergroup#-1987654321',
    selector: '#sg-photo img.media-photo',
    runs: 20,
    chat: { messages: 500, message: '.bubble' },
  },
  {
    name: 'Telegram Web A, photo message, in a chat of 500 messages (fixture web-a/supergroup)',
    path: 'https://web.telegram.org/a/?fixture=supergroup#-1001987654321',
    selector: '#message-5021 img.full-media',
    runs: 20,
    chat: { messages: 500, message: '.Message' },
  },
  {
    name: 'Telegram channel preview, photo post, in a page of 500 posts (t.me/s/smokva_test)',
    path: 'https://t.me/s/smokva_test',
    selector: '[data-post="smokva_test/103"] .tgme_widget_message_photo_wrap',
    runs: 20,
    chat: { messages: 500, message: '.tgme_widget_message_wrap' },
  },
];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One dokaz.capture exactly as the menu click makes it, with the background's phase measures. */
function captureOnce(session: ChromiumSession, url: string, srcUrl: string | undefined) {
  return session.worker.evaluate(
    async ({ url, srcUrl }) => {
      const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
      performance.clearMeasures();
      const start = performance.now();
      await globalThis.dokaz.capture(
        { menuItemId: 'document-this', frameId: 0, pageUrl: url, ...(srcUrl ? { srcUrl, mediaType: 'image' } : {}) },
        tab,
      );
      const total = performance.now() - start;
      const phases: Record<string, number> = {};
      for (const m of performance.getEntriesByType('measure')) {
        if (m.name.startsWith('dokaz:')) phases[m.name.slice(6)] = m.duration;
      }
      return { total, phases };
    },
    { url, srcUrl },
  );
}

/** The bare calls: each alone, then both at once. */
function bareCalls(session: ChromiumSession, url: string, together: boolean) {
  return session.worker.evaluate(
    async ({ url, together }) => {
      const tab = (await chrome.tabs.query({})).find((t) => t.url === url)!;
      const shot = () => chrome.tabs.captureVisibleTab(tab.windowId, { format: 'png' });
      const mhtml = async () => (await chrome.pageCapture.saveAsMHTML({ tabId: tab.id! }))!.arrayBuffer();
      const time = async (work: () => Promise<unknown>) => {
        const start = performance.now();
        await work();
        return performance.now() - start;
      };
      if (together) return { both: await time(() => Promise.all([shot(), mhtml()])), shot: 0, page: 0 };
      return { both: 0, shot: await time(shot), page: await time(mhtml) };
    },
    { url, together },
  );
}

/**
 * Clones the page's messages (new ids, so no two are alike) until it holds
 * `count`, older ones first, as a long chat or channel history would.
 */
async function growChat(page: Page, selector: string, count: number): Promise<void> {
  const total = await page.evaluate(
    ({ selector, count }) => {
      const originals = [...document.querySelectorAll(selector)];
      const list = originals[0]?.parentElement;
      if (!list) throw new Error(`no ${selector} on the page`);
      let made = originals.length;
      for (let round = 0; made < count; round++) {
        for (const message of originals) {
          if (made >= count) break;
          const copy = message.cloneNode(true) as Element;
          for (const el of [copy, ...copy.querySelectorAll('*')]) {
            for (const attr of ['id', 'data-mid', 'data-message-id', 'data-post', 'data-post-id']) {
              const value = el.getAttribute(attr);
              if (value) el.setAttribute(attr, `${value}-${round}`);
            }
          }
          list.insertBefore(copy, list.firstChild);
          made++;
        }
      }
      return document.querySelectorAll(selector).length;
    },
    { selector, count },
  );
  if (total < count) throw new Error(`the chat has ${total} messages, not ${count}`);
}

async function runScenario(session: ChromiumSession, page: Page, origin: string, scenario: Scenario) {
  const url = scenario.path.startsWith('https:') ? scenario.path : `${origin}${scenario.path}`;
  await page.goto(url);
  if (scenario.chat) await growChat(page, scenario.chat.message, scenario.chat.messages);
  await page.bringToFront();
  const srcUrl = scenario.srcUrl?.(origin);
  const capture: number[] = [];
  const phases: Record<string, number[]> = {};
  const shot: number[] = [];
  const mhtml: number[] = [];
  const sequential: number[] = [];
  const together: number[] = [];
  for (let i = 0; i < WARMUP + scenario.runs; i++) {
    await page.click(scenario.selector, { button: 'right' });
    const result = await captureOnce(session, url, srcUrl);
    await sleep(QUOTA_GAP_MS);
    const alone = await bareCalls(session, url, false);
    await sleep(QUOTA_GAP_MS);
    const both = await bareCalls(session, url, true);
    await sleep(QUOTA_GAP_MS);
    if (i < WARMUP) continue;
    capture.push(result.total);
    for (const [name, ms] of Object.entries(result.phases)) (phases[name] ??= []).push(ms);
    shot.push(alone.shot);
    mhtml.push(alone.page);
    sequential.push(alone.shot + alone.page);
    together.push(both.both);
  }
  const captureMs = summary(capture);
  const bare = {
    captureVisibleTabMs: summary(shot),
    saveAsMhtmlMs: summary(mhtml),
    bothSequentialMs: summary(sequential),
    bothAtOnceMs: summary(together),
  };
  return {
    scenario: scenario.name,
    captureMs,
    capturePhasesMs: Object.fromEntries(Object.entries(phases).map(([name, values]) => [name, summary(values)])),
    bare,
    ratioP50VsBareSequential: +(captureMs.p50 / bare.bothSequentialMs.p50).toFixed(2),
    ratioP50VsBareAtOnce: +(captureMs.p50 / bare.bothAtOnceMs.p50).toFixed(2),
  };
}

function report(result: Awaited<ReturnType<typeof runScenario>>): string {
  const table = captureTable(result.scenario, result.captureMs, result.capturePhasesMs, [
    ['bare captureVisibleTab', result.bare.captureVisibleTabMs],
    ['bare saveAsMHTML + read', result.bare.saveAsMhtmlMs],
    ['bare, both one after the other', result.bare.bothSequentialMs],
    ['bare, both at once', result.bare.bothAtOnceMs],
  ]);
  return `${table}\n\ncapture p50 ÷ bare p50: ${result.ratioP50VsBareSequential}× (one after the other), ${result.ratioP50VsBareAtOnce}× (at once)`;
}

async function main(): Promise<void> {
  const [server, telegram] = await Promise.all([startServer(), startTelegramServer()]);
  const rules = TELEGRAM_HOSTS.map((host) => `MAP ${host}:443 127.0.0.1:${telegram.port}`).join(',');
  const session = await launchChromium([`--host-resolver-rules=${rules}`, '--ignore-certificate-errors'], {
    timezoneId: 'Europe/Belgrade',
  });
  try {
    const page = await session.context.newPage();
    for (const other of session.context.pages()) if (other !== page) await other.close();
    const results = [];
    for (const scenario of SCENARIOS.filter((s) => s.name.includes(ONLY))) {
      results.push(await runScenario(session, page, server.origin, scenario));
    }
    const browser = `Chromium ${session.context.browser()?.version() ?? ''}`.trim();
    await saveCaptureRun(ONLY ? 'capture-only.json' : 'capture.json', browser, WARMUP, results);
    for (const result of results) console.log(report(result));
    const main = results[0]!;
    console.log(
      `\ntargets (first scenario): ${latencyTargets(main.captureMs)}; ` +
        `≤ 1.5× bare ${main.ratioP50VsBareSequential <= 1.5 ? 'met' : 'MISSED'}`,
    );
  } finally {
    await session.close();
    await server.close();
    await telegram.close();
  }
}

await main();
