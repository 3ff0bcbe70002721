import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPack } from '../../utils/pack/verify';
import { hostilePacks, largeSnapshotCrcChanged, type HostilePack } from '../hostile-packs';
import { makeGenuinePack } from '../unit/pack/genuine-pack';
import { textOf, type ExtensionDriver, type ExtensionPage } from './driver';
import { BROWSERS } from './launch';

/**
 * The extension's verify page refuses the hostile packs the CLI refuses, in
 * both browsers: the same pure verifier, reached through the page a
 * prosecutor's office would use.
 */
let genuine: Uint8Array;
let corpus: HostilePack[];
/** A genuine pack whose page snapshot inflates to more than 4 MB: hashed in parts, in the page's workers. */
let largeSnapshot: Uint8Array;
let dir: string;

beforeAll(async () => {
  genuine = await makeGenuinePack();
  corpus = hostilePacks(genuine);
  // A page snapshot of 5 MB: deflated, and hashed in parts as it is inflated.
  const snapshot = Array.from({ length: 120_000 }, (_, i) => `<p>Порака ${i}: ${i * 7919}</p>`).join('\n');
  largeSnapshot = await makeGenuinePack({ snapshot });
  dir = await mkdtemp(join(tmpdir(), 'dokaz-hostile-'));
  const large = [
    { name: 'large-snapshot', zip: largeSnapshot },
    { name: 'large-snapshot-crc', zip: largeSnapshotCrcChanged(largeSnapshot) },
  ];
  for (const { name, zip } of [{ name: 'genuine', zip: genuine }, ...large, ...corpus]) {
    await writeFile(join(dir, `${name}.zip`), zip);
  }
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

it('has a corpus the verifier itself refuses, and a genuine pack it passes', async () => {
  expect((await verifyPack(genuine)).ok).toBe(true);
  expect((await verifyPack(largeSnapshot)).ok).toBe(true);
  expect((await verifyPack(largeSnapshotCrcChanged(largeSnapshot))).ok).toBe(false);
  for (const { name, zip } of corpus) expect((await verifyPack(zip)).ok, name).toBe(false);
});

describe.each(BROWSERS)('in %s', (_name, launch) => {
  let driver: ExtensionDriver;
  let page: ExtensionPage;

  beforeAll(async () => {
    driver = await launch({});
    page = await driver.openPage('verify.html');
  }, 60_000);

  afterAll(async () => {
    await driver?.close();
  });

  /** Drops `name`.zip on the page and waits for the verdict about that very file: "true" or "false". */
  async function verdictOf(name: string): Promise<string | null> {
    await page.upload('[data-testid="pack-file"]', join(dir, `${name}.zip`));
    await expect.poll(() => textOf(page, '[data-testid="pack-verdict"]'), { timeout: 30_000 }).toContain(`${name}.zip`);
    return page.evaluate(() => document.querySelector('[data-testid="pack-verdict"]')!.getAttribute('data-ok'));
  }

  it('passes the genuine pack', async () => {
    expect(await verdictOf('genuine')).toBe('true');
  });

  it('hashes a deflated snapshot of more than 4 MB in its workers: passes it, and fails it when its CRC-32 is changed', async () => {
    expect(await verdictOf('large-snapshot')).toBe('true');
    expect(await verdictOf('large-snapshot-crc')).toBe('false');
    const failed = await page.evaluate(() =>
      [...document.querySelectorAll('[data-testid="pack-check"][data-ok="false"]')].map((e) => e.textContent),
    );
    expect(failed.join(' ')).toContain('page.mhtml');
  });

  it.each([
    'unicode-path-folder',
    'zip-before-pack',
    'local-entry-unlisted',
    'trailing-bytes',
    'archive-comment',
    'case-folded-twin',
    'lying-deflate-bomb',
    'crc-disagrees',
  ])('refuses %s', async (name) => {
    expect(corpus.map((pack) => pack.name)).toContain(name);
    expect(await verdictOf(name)).toBe('false');
    // Between two hostile packs, the genuine one: each verdict is the page's answer to its own file.
    expect(await verdictOf('genuine')).toBe('true');
  });
});
