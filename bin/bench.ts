/// <reference types="chrome" />
/**
 * npm run bench: capture latency of the real extension in Debian's Chromium,
 * beside the bare browser calls a capture cannot do without
 * (captureVisibleTab and pageCapture.saveAsMHTML), measured in the same run.
 *
 * A capture here is the whole path the menu click takes: extraction in the
 * page, scrolling, screenshot and crop, MHTML, the post's photo fetched
 * through the page, SHA-256 of everything, and the IndexedDB transaction.
 * Results go to stdout and bench-results/capture.json.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { launchChromium } from '../tests/e2e/chromium';
import { startServer } from '../tests/e2e/server';

const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const WARMUP = 3;
// captureVisibleTab allows two calls a second: space every call so that no run waits on the quota.
const QUOTA_GAP_MS = 1100;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))]!;
}

function summary(values: number[]) {
  return {
    n: values.length,
    p50: +percentile(values, 50).toFixed(1),
    p95: +percentile(values, 95).toFixed(1),
    min: +Math.min(...values).toFixed(1),
    max: +Math.max(...values).toFixed(1),
  };
}

async function main(): Promise<void> {
  const [session, server] = await Promise.all([launchChromium(), startServer()]);
  try {
    const page = await session.context.newPage();
    for (const other of session.context.pages()) if (other !== page) await other.close();
    const url = `${server.origin}/generic/feed.html`;
    await page.goto(url);
    await page.bringToFront();
    const srcUrl = `${server.origin}/photo.png`;

    const capture: number[] = [];
    const bareSequential: number[] = [];
    const bareParallel: number[] = [];
    const screenshotOnly: number[] = [];
    const mhtmlOnly: number[] = [];
    for (let i = 0; i < WARMUP + RUNS; i++) {
      await page.click('#photo-2', { button: 'right' });
      const captureMs = await session.worker.evaluate(
        async ({ url, srcUrl }) => {
          const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
          const start = performance.now();
          await globalThis.dokaz.capture(
            { menuItemId: 'document-this', frameId: 0, pageUrl: url, srcUrl, mediaType: 'image' },
            tab,
          );
          return performance.now() - start;
        },
        { url, srcUrl },
      );
      await sleep(QUOTA_GAP_MS);
      const bare = await session.worker.evaluate(async (url) => {
        const tab = (await chrome.tabs.query({})).find((t) => t.url === url)!;
        const screenshot = async () => {
          const start = performance.now();
          await chrome.tabs.captureVisibleTab(tab.windowId, { format: 'png' });
          return performance.now() - start;
        };
        const mhtml = async () => {
          const start = performance.now();
          const blob = await chrome.pageCapture.saveAsMHTML({ tabId: tab.id! });
          await blob!.arrayBuffer();
          return performance.now() - start;
        };
        const shot = await screenshot();
        const page = await mhtml();
        return { shot, page };
      }, url);
      await sleep(QUOTA_GAP_MS);
      const parallel = await session.worker.evaluate(async (url) => {
        const tab = (await chrome.tabs.query({})).find((t) => t.url === url)!;
        const start = performance.now();
        await Promise.all([
          chrome.tabs.captureVisibleTab(tab.windowId, { format: 'png' }),
          chrome.pageCapture.saveAsMHTML({ tabId: tab.id! }).then((b) => b!.arrayBuffer()),
        ]);
        return performance.now() - start;
      }, url);
      await sleep(QUOTA_GAP_MS);
      if (i < WARMUP) continue;
      capture.push(captureMs);
      screenshotOnly.push(bare.shot);
      mhtmlOnly.push(bare.page);
      bareSequential.push(bare.shot + bare.page);
      bareParallel.push(parallel);
    }

    const result = {
      date: new Date().toISOString(),
      machine: { cpus: cpus().length, cpu: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30) },
      browser: await session.context.browser()?.version(),
      page: 'tests/fixtures/generic/feed.html, right-click on the post with one 320×240 PNG photo',
      captureMs: summary(capture),
      bare: {
        captureVisibleTabMs: summary(screenshotOnly),
        saveAsMhtmlMs: summary(mhtmlOnly),
        bothSequentialMs: summary(bareSequential),
        bothParallelMs: summary(bareParallel),
      },
    };
    const ratio = (a: number, b: number) => +(a / b).toFixed(2);
    const ratios = {
      p50VsSequential: ratio(result.captureMs.p50, result.bare.bothSequentialMs.p50),
      p50VsParallel: ratio(result.captureMs.p50, result.bare.bothParallelMs.p50),
    };
    await mkdir('bench-results', { recursive: true });
    await writeFile('bench-results/capture.json', JSON.stringify({ ...result, ratios }, null, 2));

    const row = (name: string, s: ReturnType<typeof summary>) =>
      `| ${name} | ${s.p50} | ${s.p95} | ${s.min} | ${s.max} |`;
    console.log(
      `\nCapture latency, ${RUNS} runs after ${WARMUP} warm-up, ${result.browser}, ${result.machine.cpus} cores\n`,
    );
    console.log('| what | p50 ms | p95 ms | min ms | max ms |\n|---|---|---|---|---|');
    console.log(row('dokaz.capture (whole path)', result.captureMs));
    console.log(row('bare captureVisibleTab', result.bare.captureVisibleTabMs));
    console.log(row('bare saveAsMHTML + read', result.bare.saveAsMhtmlMs));
    console.log(row('bare, both one after the other', result.bare.bothSequentialMs));
    console.log(row('bare, both at once', result.bare.bothParallelMs));
    console.log(
      `\ncapture p50 / bare (sequential) p50 = ${ratios.p50VsSequential}×; / bare (at once) p50 = ${ratios.p50VsParallel}×`,
    );
    console.log(
      `targets: p50 ≤ 300 ms (${result.captureMs.p50 <= 300 ? 'met' : 'MISSED'}), p95 ≤ 600 ms (${result.captureMs.p95 <= 600 ? 'met' : 'MISSED'})`,
    );
  } finally {
    await session.close();
    await server.close();
  }
}

await main();
