/**
 * Verification on the extension's verify page, measured as a person meets it:
 * real Chromium with the built extension, a pack dropped on the page, the time
 * until the page shows its verdict about that file, and the peak memory of
 * the page's renderer process, sampled from /proc every 20 ms: its private
 * memory (anonymous and shared-memory pages, what Chromium's task manager
 * calls its memory footprint) and its whole resident set, which also counts
 * the pages of Chromium's own code the process has touched (some 120 MB,
 * shared with every other Chromium process and there before any pack). A
 * browser of its own for each pack: Dokaz's pages share one renderer, which
 * keeps what it once took, so a second pack would be measured on the first's. For the hostile-pack
 * benchmark (bin/bench-hostile.ts, BENCH_HOSTILE_PAGE=1).
 */
import { readdir, readFile } from 'node:fs/promises';
import { launchChromium, type ChromiumSession } from '../tests/e2e/chromium';

export interface PageMeasure {
  seconds: number;
  /** The renderer's peak private memory. */
  privateMB: number;
  /** The renderer's peak resident set, Chromium's mapped code included. */
  residentMB: number;
  ok: boolean | null;
}

interface RendererMemory {
  privateMB: number;
  residentMB: number;
}

/** The memory of every Chromium renderer, by process id, in MB. */
async function renderers(): Promise<Map<number, RendererMemory>> {
  const found = new Map<number, RendererMemory>();
  for (const pid of (await readdir('/proc')).filter((name) => /^\d+$/.test(name))) {
    try {
      const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmdline.includes('chromium') || !cmdline.includes('--type=renderer')) continue;
      const status = await readFile(`/proc/${pid}/status`, 'utf8');
      const kB = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? NaN);
      const memory = { privateMB: (kB('RssAnon') + kB('RssShmem')) / 1024, residentMB: kB('VmRSS') / 1024 };
      if (!Number.isNaN(memory.privateMB + memory.residentMB)) found.set(Number(pid), memory);
    } catch {
      // The process ended while it was read.
    }
  }
  return found;
}

export async function createPageMeasurer(): Promise<{
  measure(path: string, fileName: string): Promise<PageMeasure>;
  close(): Promise<void>;
}> {
  return {
    async measure(path, fileName) {
      const session: ChromiumSession = await launchChromium();
      const page = await session.context.newPage();
      await page.goto(`chrome-extension://${session.extensionId}/verify.html`);
      await page.locator('[data-testid="pack-file"]').waitFor({ state: 'attached' });
      const peak = { privateMB: 0, residentMB: 0 };
      let sampling = true;
      const sampler = (async () => {
        while (sampling) {
          // The page's renderer: the largest one, new or not (an extension's pages may share one).
          for (const [, memory] of await renderers()) {
            peak.privateMB = Math.max(peak.privateMB, memory.privateMB);
            peak.residentMB = Math.max(peak.residentMB, memory.residentMB);
          }
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      })();
      const started = performance.now();
      await page.locator('[data-testid="pack-file"]').setInputFiles(path);
      await page
        .locator('[data-testid="pack-verdict"]', { hasText: fileName })
        .waitFor({ state: 'visible', timeout: 120_000 });
      const seconds = (performance.now() - started) / 1000;
      sampling = false;
      await sampler;
      const ok = await page.locator('[data-testid="pack-verdict"]').getAttribute('data-ok');
      await session.close();
      return { seconds, ...peak, ok: ok === null ? null : ok === 'true' };
    },
    close: async () => undefined,
  };
}
