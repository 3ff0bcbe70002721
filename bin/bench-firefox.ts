/**
 * npm run bench:firefox: capture latency of the real extension in Debian's Firefox ESR (the Firefox test build,
 * driven over WebDriver BiDi as tests/e2e/firefox.ts does), beside the bare screenshot a capture cannot do without.
 *
 * Each run opens the page afresh (Firefox shows one context menu per window until the window closes), right-clicks
 * the post for real, and times `dokaz.capture(click, tab)` in the extension, from the call to the stored capture's
 * id: extraction, screenshot and crop, the page's DOM serialized (Firefox has no MHTML), the photo, SHA-256 of every
 * file and the IndexedDB transaction. Results go to stdout (Markdown) and bench-results/capture-firefox.json.
 */
import { launchFirefox, type FirefoxSession } from '../tests/e2e/firefox';
import { SERVED_HOSTS, startServer, startTelegramServer } from '../tests/e2e/server';
import { captureTable, latencyTargets, saveCaptureRun, summary } from '../tests/bench/stats';

const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const WARMUP = 3;

interface Scenario {
  name: string;
  /** A path on the local HTTP server, or a full https URL served by the Telegram server. */
  url: (origin: string) => string;
  selector: string;
  runs: number;
}

const SCENARIOS: Scenario[] = [
  {
    name: 'post with one photo (tests/fixtures/generic/feed.html)',
    url: (origin) => `${origin}/generic/feed.html`,
    selector: '#photo-2',
    runs: RUNS,
  },
  {
    name: 'post on a page of 100,000 nodes (/huge.html)',
    url: (origin) => `${origin}/huge.html`,
    selector: '#p10 span',
    runs: 10,
  },
  {
    name: 'Telegram channel post with a photo (t.me/smokva_test/103)',
    url: () => 'https://t.me/smokva_test/103?embed=1',
    selector: '.tgme_widget_message_photo_wrap',
    runs: RUNS,
  },
];

/** A screenshot of the visible tab alone, as the extension takes it. */
function bareScreenshot(session: FirefoxSession): Promise<number> {
  return session.inExtension(async () => {
    const api = (globalThis as unknown as { browser: typeof chrome }).browser;
    const start = performance.now();
    await api.tabs.captureVisibleTab({ format: 'png' });
    return performance.now() - start;
  });
}

/** The background's phase measures of the last capture (utils/capture/timing.ts), read from its page. */
function phases(session: FirefoxSession): Promise<Record<string, number>> {
  return session.inExtension(async () => {
    const api = (
      globalThis as unknown as { browser: typeof chrome & { runtime: { getBackgroundPage(): Promise<Window> } } }
    ).browser;
    const background = await api.runtime.getBackgroundPage();
    const measured: Record<string, number> = {};
    for (const m of background!.performance.getEntriesByType('measure'))
      if (m.name.startsWith('dokaz:')) measured[m.name.slice(6)] = m.duration;
    return measured;
  });
}

async function runScenario(session: FirefoxSession, origin: string, scenario: Scenario) {
  const captureMs: number[] = [];
  const screenshotMs: number[] = [];
  const phaseMs = new Map<string, number[]>();
  for (let run = -WARMUP; run < scenario.runs; run++) {
    await session.open(scenario.url(origin));
    const click = await session.rightClick(scenario.selector);
    const { ms, error } = await session.capture(click);
    if (error !== undefined || ms === undefined) throw new Error(`${scenario.name}: ${error}`);
    const measured = await phases(session);
    const bare = await bareScreenshot(session);
    if (run < 0) continue;
    captureMs.push(ms);
    screenshotMs.push(bare);
    for (const [phase, duration] of Object.entries(measured))
      phaseMs.set(phase, [...(phaseMs.get(phase) ?? []), duration]);
  }
  return {
    scenario: scenario.name,
    captureMs: summary(captureMs),
    capturePhasesMs: Object.fromEntries([...phaseMs].map(([phase, values]) => [phase, summary(values)])),
    bareScreenshotMs: summary(screenshotMs),
  };
}

function report(result: Awaited<ReturnType<typeof runScenario>>): string {
  return captureTable(result.scenario, result.captureMs, result.capturePhasesMs, [
    ['bare captureVisibleTab', result.bareScreenshotMs],
  ]);
}

async function main(): Promise<void> {
  const [server, telegram] = await Promise.all([startServer(), startTelegramServer()]);
  const session = await launchFirefox({
    timeZone: 'Europe/Belgrade',
    hosts: { names: SERVED_HOSTS, port: telegram.port },
  });
  try {
    const results = [];
    for (const scenario of SCENARIOS) results.push(await runScenario(session, server.origin, scenario));
    await saveCaptureRun('capture-firefox.json', `Firefox ${await session.browser.version()}`, WARMUP, results);
    for (const result of results) console.log(report(result));
    console.log(`\ntargets (first scenario): ${latencyTargets(results[0]!.captureMs)}`);
  } finally {
    await session.close();
    await server.close();
    await telegram.close();
  }
}

await main();
