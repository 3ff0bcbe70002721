/// <reference types="chrome" />
/**
 * npm run bench:monitor: monitor mode (issue 18) in Debian's Chromium with the built extension. For each client's
 * long-chat fixture of 500 messages (tests/fixtures/telegram/long-chat.js), a first run documents the whole chat and
 * a second goes through it unchanged. Measured: each run's time; the screens (viewport screenshots) the first took,
 * and the floor the screenshot quota sets for them (two a second); the memory of the extension's process (its
 * resident size, sampled every 250 ms: the background runs there); the storage the first run added per message
 * (navigator.storage.estimate); the size of the pack of the first run's messages, per message. Results go to stdout
 * (Markdown) and bench-results/monitor.json.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../tests/e2e/chromium';
import { startTelegramServer, TELEGRAM_HOSTS } from '../tests/e2e/server';
import type { RunResult } from '../utils/case-work/runs';

const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 500);
const CLIENTS = {
  'Web K': 'https://web.telegram.org/k/?fixture=long-chat',
  'Web A': 'https://web.telegram.org/a/?fixture=long-chat',
  't.me/s': 'https://t.me/s/longchat',
} as const;

/** The resident size, in MB, of the profile's extension process (where the service worker runs); 0 if none. */
function extensionRss(profile: string): number {
  const lines = execFileSync('ps', ['-eo', 'rss,args', '--no-headers']).toString().split('\n');
  const ours = lines.filter((l) => l.includes(`--user-data-dir=${profile}`) && l.includes('--extension-process'));
  return ours.reduce((sum, line) => sum + Number.parseInt(line.trim(), 10), 0) / 1024;
}

async function benchClient(name: string, address: string, port: number) {
  const rules = TELEGRAM_HOSTS.map((host) => `MAP ${host}:443 127.0.0.1:${port}`).join(',');
  const session = await launchChromium([`--host-resolver-rules=${rules}`, '--ignore-certificate-errors']);
  try {
    const url = `${address}${address.includes('?') ? '&' : '?'}n=${MESSAGES}`;
    const page = await session.open(url);
    await page.waitForTimeout(500);
    const usage = () =>
      session.worker.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0) as Promise<number>;
    const run = async () => {
      const before = extensionRss(session.profile);
      let peak = before;
      const timer = setInterval(() => (peak = Math.max(peak, extensionRss(session.profile))), 250);
      const start = performance.now();
      const result = (await session.worker.evaluate(
        ({ url }) => globalThis.dokaz.documentChat(url, { direction: 'older' }),
        { url },
      )) as RunResult;
      const ms = performance.now() - start;
      clearInterval(timer);
      return { result, ms, rssBefore: before, rssPeak: Math.max(peak, extensionRss(session.profile)) };
    };
    const storedBefore = await usage();
    const first = await run();
    const storedAfter = await usage();
    const screens = await session.worker.evaluate(async (ids) => {
      const shots = new Set<string>();
      for (const id of ids) {
        const record = await globalThis.dokaz.getCapture(id);
        const shot = record?.artifacts.find((a) => a.kind === 'viewport-screenshot');
        if (shot) shots.add(shot.sha256);
      }
      return shots.size;
    }, first.result.captureIds);
    const second = await run();
    // The pack of the first run's messages: its screens and page snapshots once (shared/), as the store keeps them.
    const packBytes =
      (
        (await session.worker.evaluate(
          (ids) => globalThis.dokaz.exportPack({ captureIds: ids }),
          first.result.captureIds,
        )) as string
      ).length * 0.75;
    const floorS = screens / 2;
    const firstS = first.ms / 1000;
    return {
      client: name,
      messages: first.result.passed,
      documented: first.result.captureIds.length,
      failed: first.result.failed.length,
      firstS: +firstS.toFixed(1),
      screens,
      floorS: +floorS.toFixed(1),
      overFloor: +(firstS / floorS).toFixed(2),
      secondS: +(second.ms / 1000).toFixed(1),
      secondShare: +(second.ms / first.ms).toFixed(2),
      secondUnchanged: second.result.unchanged,
      rssGrowthMB: Math.round(Math.max(first.rssPeak, second.rssPeak) - first.rssBefore),
      storagePerMessageKB: +((storedAfter - storedBefore) / 1024 / Math.max(1, first.result.captureIds.length)).toFixed(
        1,
      ),
      packPerMessageKB: +(packBytes / 1024 / Math.max(1, first.result.captureIds.length)).toFixed(1),
    };
  } finally {
    await session.close();
  }
}

const server = await startTelegramServer();
try {
  const rows = [];
  // BENCH_CLIENTS="Web K,t.me/s" measures only those.
  const only = process.env.BENCH_CLIENTS?.split(',').map((name) => name.trim());
  for (const [name, address] of Object.entries(CLIENTS)) {
    if (!only || only.includes(name)) rows.push(await benchClient(name, address, server.port));
  }
  const run = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30) },
    messages: MESSAGES,
    rows,
  };
  await mkdir('bench-results', { recursive: true });
  await writeFile(join('bench-results', 'monitor.json'), JSON.stringify(run, null, 2));
  console.log(
    `Monitor mode, ${MESSAGES} messages a chat: ${run.machine.cpus} cores (${run.machine.cpu}), ${run.date}\n`,
  );
  console.log(
    '| client | messages | documented | first run s | screens | quota floor s | × floor | second run s | second ÷ first | memory growth MB | storage per message KB | pack per message KB |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    console.log(
      `| ${r.client} | ${r.messages} | ${r.documented} | ${r.firstS} | ${r.screens} | ${r.floorS} | ${r.overFloor} | ${r.secondS} | ${r.secondShare} | ${r.rssGrowthMB} | ${r.storagePerMessageKB} | ${r.packPerMessageKB} |`,
    );
  }
  const goals = rows.map(
    (r) =>
      `${r.client}: ≤ 1.5× floor ${r.overFloor <= 1.5 ? 'met' : 'MISSED'}, ≤ 90 s ${r.firstS <= 90 ? 'met' : 'MISSED'}, ` +
      `memory ≤ 150 MB ${r.rssGrowthMB <= 150 ? 'met' : 'MISSED'}, second ≤ 25 % ${r.secondShare <= 0.25 ? 'met' : 'MISSED'}`,
  );
  console.log(`\n${goals.join('\n')}`);
} finally {
  await server.close();
}
