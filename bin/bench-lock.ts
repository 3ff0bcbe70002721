/**
 * npm run bench:lock: what the lock costs, in real Chromium with the built
 * extension. The same captures and the same export, in a profile without a
 * passphrase and in one with a passphrase set (unlocked, so captures are
 * sealed under the data key; the dashboard's export leaves its pack sealed in
 * the outbox), then the time `dokaz.unlock` takes (PBKDF2 at
 * 600,000 iterations, then the rows sealed while locked); then, in a store of
 * 10,000 captures (BENCH_LOCK_STORE) sealed when the passphrase is set, three
 * unlocks, each after a capture made while locked. Results to stdout and
 * bench-results/lock.json. The limits: encryption adds at most 20 % to
 * capture latency and to export time; unlock within 500 ms with 10,000 captures.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { seedExtensionStore } from '../tests/bench/seed-bundle';
import { captureVia, launchChromium, type ChromiumSession } from '../tests/e2e/chromium';
import { startServer, type TestServer } from '../tests/e2e/server';

const CAPTURES = Number(process.env.BENCH_LOCK_CAPTURES ?? 20);
const PASSPHRASE = 'a passphrase of several words';
// captureVisibleTab allows two calls a second.
const QUOTA_GAP_MS = 1100;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;
const round = (value: number) => Math.round(value * 10) / 10;

async function run(server: TestServer, locked: boolean) {
  const session: ChromiumSession = await launchChromium();
  try {
    if (locked) await session.worker.evaluate((p) => globalThis.dokaz.setPassphrase(p), PASSPHRASE);
    const page = await session.open(`${server.origin}/generic/feed.html`);
    const times: number[] = [];
    for (let i = 0; i < CAPTURES + 2; i++) {
      await page.click('#photo-2', { button: 'right' });
      const start = performance.now();
      const { error } = await captureVia(session.worker, page, {
        srcUrl: `${server.origin}/photo.png`,
        mediaType: 'image',
      });
      if (error) throw new Error(error);
      if (i >= 2) times.push(performance.now() - start); // two warm-up runs
      await sleep(QUOTA_GAP_MS);
    }
    const exports: number[] = [];
    for (let i = 0; i < 3; i++) {
      exports.push(
        await session.worker.evaluate(async () => {
          const start = performance.now();
          await globalThis.dokaz.exportPack({ all: true }, { language: 'en' });
          return performance.now() - start;
        }),
      );
    }
    // The dashboard's export: the same pack, left in the outbox (sealed in parts with a passphrase) for the page.
    const outbox: number[] = [];
    for (let i = 0; i < 3; i++) {
      outbox.push(
        await session.worker.evaluate(async () => {
          const start = performance.now();
          await globalThis.dokaz.exportPackToOutbox({ all: true }, 'en');
          return performance.now() - start;
        }),
      );
    }
    let unlockMs: number | null = null;
    if (locked) {
      await session.worker.evaluate(() => globalThis.dokaz.lock());
      // One capture while locked, so that the unlock also seals it under the data key and indexes it.
      await page.click('#photo-2', { button: 'right' });
      await captureVia(session.worker, page, { srcUrl: `${server.origin}/photo.png`, mediaType: 'image' });
      unlockMs = await session.worker.evaluate(async (p) => {
        const start = performance.now();
        await globalThis.dokaz.unlock(p);
        return performance.now() - start;
      }, PASSPHRASE);
    }
    return {
      captureP50: round(percentile(times, 50)),
      captureP95: round(percentile(times, 95)),
      exportMedianMs: round(percentile(exports, 50)),
      outboxExportMedianMs: round(percentile(outbox, 50)),
      unlockMs: unlockMs === null ? null : round(unlockMs),
    };
  } finally {
    await session.close();
  }
}

/** Unlocks timed in a store of `count` captures (seeded, then sealed when the passphrase is set). */
const STORE_CAPTURES = Number(process.env.BENCH_LOCK_STORE ?? 10_000);
const UNLOCKS = 3;

async function unlockInFullStore(server: TestServer) {
  const session: ChromiumSession = await launchChromium();
  try {
    const seeder = await session.context.newPage();
    await seeder.goto(`chrome-extension://${session.extensionId}/verify.html`);
    console.log(`Seeding ${STORE_CAPTURES} captures…`);
    const seeded = await seedExtensionStore(seeder, STORE_CAPTURES);
    await seeder.close();
    const sealStart = performance.now();
    await session.worker.evaluate((p) => globalThis.dokaz.setPassphrase(p), PASSPHRASE);
    const sealSeconds = (performance.now() - sealStart) / 1000;
    const page = await session.open(`${server.origin}/generic/feed.html`);
    const unlocks: number[] = [];
    for (let i = 0; i < UNLOCKS; i++) {
      await session.worker.evaluate(() => globalThis.dokaz.lock());
      // One capture while locked each time, which the unlock seals under the data key and indexes.
      await page.click('#photo-2', { button: 'right' });
      const { error } = await captureVia(session.worker, page, {
        srcUrl: `${server.origin}/photo.png`,
        mediaType: 'image',
      });
      if (error) throw new Error(error);
      unlocks.push(
        await session.worker.evaluate(async (p) => {
          const start = performance.now();
          await globalThis.dokaz.unlock(p);
          return performance.now() - start;
        }, PASSPHRASE),
      );
      await sleep(QUOTA_GAP_MS);
    }
    const count = await session.worker.evaluate(() => globalThis.dokaz.countCaptures());
    return {
      captures: count,
      seedSeconds: round(seeded.seconds),
      sealSeconds: round(sealSeconds),
      unlockMs: unlocks.map(round),
    };
  } finally {
    await session.close();
  }
}

async function main(): Promise<void> {
  const server = await startServer();
  try {
    const plain = await run(server, false);
    const locked = await run(server, true);
    const full = STORE_CAPTURES > 0 ? await unlockInFullStore(server) : null;
    const result = {
      date: new Date().toISOString(),
      machine: {
        cpus: cpus().length,
        cpu: cpus()[0]?.model.split(' ').slice(0, 2).join(' '),
        memoryGiB: Math.round(totalmem() / 2 ** 30),
      },
      captures: CAPTURES,
      plain,
      withPassphrase: locked,
      captureCost: round((locked.captureP50 / plain.captureP50 - 1) * 100),
      exportCost: round((locked.exportMedianMs / plain.exportMedianMs - 1) * 100),
      outboxExportCost: round((locked.outboxExportMedianMs / plain.outboxExportMedianMs - 1) * 100),
      fullStore: full,
    };
    await mkdir('bench-results', { recursive: true });
    await writeFile('bench-results/lock.json', `${JSON.stringify(result, null, 2)}\n`);
    console.log(JSON.stringify(result, null, 2));
    console.log(
      `targets: encryption adds ≤ 20 % to capture ${result.captureCost <= 20 ? 'met' : 'MISSED'} (${result.captureCost} %), ` +
        `to export ${result.exportCost <= 20 ? 'met' : 'MISSED'} (${result.exportCost} %), ` +
        `to the dashboard's export ${result.outboxExportCost <= 20 ? 'met' : 'MISSED'} (${result.outboxExportCost} %); ` +
        `unlock ${locked.unlockMs} ms` +
        (full
          ? `; unlock with ${full.captures} captures ${Math.max(...full.unlockMs) <= 500 ? 'met' : 'MISSED'} ` +
            `(${full.unlockMs.join(' / ')} ms, ≤ 500)`
          : ''),
    );
  } finally {
    await server.close();
  }
}

await main();
