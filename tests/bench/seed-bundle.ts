import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { rolldown } from 'rolldown';

/**
 * Seeds the extension's store with `count` captures of realistic case work
 * (seed-store.ts, bundled and run in `page`, an extension page that reads
 * nothing, so that it writes the extension's IndexedDB as the background
 * does): for the benchmarks that need a full store (bench:dashboard,
 * bench:lock's unlock).
 */
export async function seedExtensionStore(page: Page, count: number): Promise<{ seconds: number }> {
  const bundle = await rolldown({
    input: join(process.cwd(), 'tests/bench/seed-store.ts'),
    resolve: { alias: { '@': process.cwd() } },
    platform: 'browser',
  });
  const { output } = await bundle.generate({ format: 'iife', name: '__dokazSeedModule' });
  await page.evaluate(`${output[0].code}\nglobalThis.__dokazSeed = __dokazSeedModule.seedStore;`);
  return page.evaluate(
    (n) => (globalThis as unknown as { __dokazSeed(n: number): Promise<{ seconds: number }> }).__dokazSeed(n),
    count,
  );
}
