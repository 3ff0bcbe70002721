// @vitest-environment node
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { canonicalJson } from '@/utils/canonical-json';
import { signRotation } from '@/utils/crypto/key-rotation';
import { createSigningKeys, keyFingerprint } from '@/utils/crypto/signing';
import { chainEvent, type CustodyEvent } from '@/utils/custody';
import { IntegrityError } from '@/utils/errors';
import { sha256Hex } from '@/utils/hash';
import { CATALOGS } from '@/utils/i18n/catalogs';
import { LOCALES } from '@/utils/i18n/locales';
import { buildPackBytes } from '@/utils/pack/build';
import { packFormatFor } from '@/utils/pack/custody-events';
import type { PackManifest } from '@/utils/pack/types';
import { verifyPack } from '@/utils/pack/verify';
import { handOverEvents, handOverSteps, renderVerifyText } from '@/utils/report/verify-instructions';
import { fixedPackSource } from './fixed-pack';
import { makeGenuinePack } from './genuine-pack';
import { event } from './report-input';

/**
 * The pack's format (docs/PACK-FORMAT.md, "dokaz-pack/2"): the writer writes
 * dokaz-pack/2 only for a pack that holds a key hand-over, and every other
 * pack exactly as before, so that verifiers already in recipients' hands
 * read it; a pack that holds one tells its recipient, in VERIFY.txt and
 * report.html, the earlier keys and how to check each hand-over by hand.
 */
let k0: CryptoKeyPair;
let k1: CryptoKeyPair;
let packKeys: CryptoKeyPair;
let rotated: Uint8Array<ArrayBuffer>;
const dir = mkdtempSync(join(tmpdir(), 'dokaz-rotation-'));
beforeAll(async () => {
  [k0, k1, packKeys] = await Promise.all([createSigningKeys(), createSigningKeys(), createSigningKeys()]);
  rotated = await makeGenuinePack({ keys: packKeys, earlierKeys: [k0, k1] });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const unzipped = async (zip: Uint8Array) => {
  const files = await JSZip.loadAsync(zip);
  const text = (path: string) => files.file(path)!.async('string');
  return { text, manifest: JSON.parse(await text('manifest.json')) as PackManifest };
};

describe('the writer', () => {
  it('writes a pack without a hand-over as dokaz-pack/1, byte for byte as before dokaz-pack/2', async () => {
    // JSZip dates the folders it adds with the clock; everything else of this source is fixed.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-23T12:35:00.000Z'));
    try {
      const zip = await buildPackBytes(await fixedPackSource());
      // The SHA-256 of these bytes as utils/pack/build/index.ts wrote them at commit 83f89c1, before dokaz-pack/2.
      expect(await sha256Hex(zip as Uint8Array<ArrayBuffer>)).toBe(
        '7127a57c1a16e8fcd707b6394badb4d410cff22fbe1da29d0882f031b3e3faf3',
      );
    } finally {
      vi.useRealTimers();
    }
  });

  it('writes a pack that holds hand-overs as dokaz-pack/2, and it verifies', async () => {
    const { manifest, text } = await unzipped(rotated);
    expect(manifest.format).toBe('dokaz-pack/2');
    const events = (await text('custody.jsonl'))
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as CustodyEvent);
    expect(events.at(-1)!.details).toMatchObject({ format: 'dokaz-pack/2' });
    expect(events.filter((e) => e.type === 'key-rotated')).toHaveLength(2);
    const verdict = await verifyPack(rotated, { trustedKeys: [{ fingerprint: await keyFingerprint(k0.publicKey) }] });
    expect(verdict.checks.filter((check) => !check.ok)).toEqual([]);
    expect(verdict.signer).toMatchObject({ status: 'confirmed', handOvers: 2 });
  });

  it('picks the oldest format that has every type of the events', () => {
    expect(packFormatFor([{ type: 'captured' }, { type: 'annotated' }, { type: 'exported' }])).toBe('dokaz-pack/1');
    expect(packFormatFor([{ type: 'captured' }, { type: 'key-rotated' }, { type: 'exported' }])).toBe('dokaz-pack/2');
    expect(packFormatFor([])).toBe('dokaz-pack/1');
  });

  it('refuses an exported event that names another format than its events need', async () => {
    const source = await fixedPackSource();
    const [captured, , exported] = source.custodyEvents;
    const actor = source.exporter.installId;
    const details = { ...(await signRotation(actor, k0, packKeys.publicKey)) };
    const handOver = await chainEvent(captured, {
      type: 'key-rotated',
      at: captured!.at,
      actor,
      captureId: null,
      payloadSha256: await sha256Hex(canonicalJson(details)),
      details,
    });
    // The exporter wrote dokaz-pack/1 into its event, but the log it exports holds a hand-over.
    source.custodyEvents = [captured!, handOver, exported!];
    await expect(buildPackBytes(source)).rejects.toThrow(IntegrityError);
  });
});

/** Runs a shell command in the unpacked pack. */
const sh = (command: string, cwd: string) =>
  execFileSync('sh', ['-c', command], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

describe('VERIFY.txt of a pack that holds hand-overs', () => {
  it('gives the commands that check each hand-over with printf, base64 and openssl, and they do', async () => {
    const [f0, f1, fPack] = await Promise.all([k0, k1, packKeys].map((keys) => keyFingerprint(keys.publicKey)));
    writeFileSync(join(dir, 'pack.zip'), rotated);
    sh('unzip -q pack.zip -d pack', dir);
    const pack = join(dir, 'pack');
    const verify = readFileSync(join(pack, 'VERIFY.txt'), 'utf8');
    // The commands as a reader copies them from VERIFY.txt: "   a. <command>", one per line, in order.
    const commands = [...verify.matchAll(/^ {3}[a-e]\. (.+)$/gm)].map((match) => match[1]!);
    expect(commands).toHaveLength(10);
    const outputs = commands.map((command) => sh(command, pack));
    expect(outputs).toEqual(['', `${f0}  -\n`, '', '', 'Verified OK\n', '', `${f1}  -\n`, '', '', 'Verified OK\n']);
    expect(sh('openssl pkey -pubin -in public-key.pem -outform DER | sha256sum', pack)).toBe(`${fPack}  -\n`);
    // The statement the old key signed, rebuilt by printf, is the one the key rotation module signs.
    expect(readFileSync(join(pack, 'rotation-2.txt'), 'utf8')).toBe(
      canonicalJson({
        purpose: 'dokaz-key-rotation/1',
        installId: (await unzipped(rotated)).manifest.exporter.installId,
        from: f1,
        to: fPack,
      }),
    );
    // A statement changed by one character does not verify: openssl says so, and exits 1.
    sh(`sed 's/${fPack}/${f0}/' rotation-2.txt > forged.txt`, pack);
    const forged = spawnSync(
      'sh',
      ['-c', 'openssl dgst -sha256 -verify key-2.pem -signature rotation-2.sig forged.txt'],
      {
        cwd: pack,
        encoding: 'utf8',
      },
    );
    expect(forged.status).toBe(1);
    expect(forged.stdout).toContain('Verification failure');
    // The keys of each hand-over, and the language's words around them (the pack's is Macedonian).
    const words = CATALOGS.mk.pack.verifyText;
    expect(verify).toContain(`${words.rotationsHeading} / ${CATALOGS.en.pack.verifyText.rotationsHeading}`);
    expect(verify).toMatch(new RegExp(`^ {3}${words.rotationFrom} / From key: +${f0}$`, 'm'));
    expect(verify).toMatch(new RegExp(`^ {3}${words.rotationTo} / To key: +${fPack}$`, 'm'));
  }, 60_000);

  it('is unchanged for a pack without one, in every language', async () => {
    const manifest = {
      format: 'dokaz-pack/1' as const,
      createdAt: '2026-11-23T15:00:00.000Z',
      exporter: {
        installId: 'install-test',
        keyFingerprint: 'ab'.repeat(32),
        keyAlgorithm: 'ECDSA P-256 SHA-256' as const,
      },
    };
    const events = [event(1, 'captured', crypto.randomUUID()), event(2, 'exported', null)];
    for (const language of LOCALES) {
      const text = renderVerifyText({ ...manifest, language }, 'x.zip', events);
      expect(text, language).toBe(renderVerifyText({ ...manifest, language }, 'x.zip'));
      expect(text, language).not.toContain(CATALOGS[language].pack.verifyText.rotationsHeading);
      expect(text, language).not.toContain('key-1.pem');
    }
  });

  it('quotes every value it hands to the shell', async () => {
    const actor = "it's $(rm -rf ~)";
    const details = await signRotation(actor, k0, packKeys.publicKey);
    const [handOver] = handOverEvents([{ ...event(4, 'key-rotated', null), actor, details: { ...details } }]);
    const statement = handOverSteps(handOver!, 1).find((step) => step.id === 'statement')!.command;
    expect(statement).toContain(`'{"from":"${details.from}","installId":"it'\\''s $(rm -rf ~)","purpose"`);
    expect(sh(`${statement} && cat rotation-1.txt`, dir)).toBe(
      canonicalJson({ purpose: 'dokaz-key-rotation/1', installId: actor, from: details.from, to: details.to }),
    );
  });
});
