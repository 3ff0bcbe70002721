// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGS } from '@/utils/i18n/catalogs';
import { formatMessage } from '@/utils/i18n/translate';
import { createSigningKeys, keyFingerprint } from '@/utils/crypto/signing';
import { bytesOf, makeTestPack, zipPack } from '../pack/test-pack';

const dir = mkdtempSync(join(tmpdir(), 'dokaz-verify-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The launcher as `npx dokaz-verify` starts it: node, jiti, then bin/dokaz-verify.ts. */
function dokazVerify(...args: string[]) {
  return dokazVerifyIn({ LANG: 'C.UTF-8' }, ...args);
}

/** With a given language environment: the CLI speaks the language of LC_ALL, LC_MESSAGES or LANG. */
function dokazVerifyIn(locale: Record<string, string>, ...args: string[]) {
  const env = { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: '', ...locale };
  const run = spawnSync(process.execPath, ['bin/dokaz-verify', ...args], { encoding: 'utf8', timeout: 60_000, env });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The victim's key, and a forger's: the forged pack is the same captures re-signed, with the victim's install id. */
let victim = '';
let forger = '';
/** The victim's key before a passphrase replaced it, and the pack signed since, which holds the hand-over. */
let oldKey = '';
let handedOverAt = '';

beforeAll(async () => {
  const pack = await makeTestPack({ captures: 1 });
  victim = pack.manifest.exporter.keyFingerprint;
  writeFileSync(join(dir, 'good.zip'), await zipPack(pack.files));
  const files = new Map(pack.files);
  files.set('report.html', bytesOf('<p>changed</p>'));
  writeFileSync(join(dir, 'bad.zip'), await zipPack(files));
  const installId = pack.manifest.exporter.installId;
  // The forger writes the victim's install id everywhere, events included: only the key gives the forgery away.
  const forged = await makeTestPack({ captures: 1, installId });
  forger = forged.manifest.exporter.keyFingerprint;
  writeFileSync(join(dir, 'forged.zip'), await zipPack(forged.files));
  writeFileSync(
    join(dir, 'trusted.txt'),
    `# keys given to us in person\n\n${grouped(victim).toUpperCase()}  Ana (monitor)\n${'77bc'.repeat(16)} Centre\n`,
  );
  writeFileSync(join(dir, 'malformed.txt'), `# keys\n${victim} Ana\n${victim.slice(4)} Centre\n`);
  const old = await createSigningKeys();
  oldKey = await keyFingerprint(old.publicKey);
  const rotated = await makeTestPack({ captures: 1, earlierKeys: [old] });
  handedOverAt = rotated.events.find((event) => event.type === 'key-rotated')!.at;
  writeFileSync(join(dir, 'rotated.zip'), await zipPack(rotated.files));
  writeFileSync(join(dir, 'old-card.txt'), `${grouped(oldKey)}  Ana (card of 2025)\n`);
});

const grouped = (hex: string) => hex.match(/.{4}/g)!.join(' ');

describe('dokaz-verify', () => {
  it('exits 0 and says VERIFIED, naming the signer, for an intact pack of the expected key', () => {
    const { status, stdout } = dokazVerify('--trusted-keys', join(dir, 'trusted.txt'), join(dir, 'good.zip'));
    expect(stdout.split('\n')[0]).toMatch(/^VERIFIED: all \d+ checks passed\. Signed by the key of Ana \(monitor\)\.$/);
    expect(stdout).toContain('✓ public-key.pem: is the key of Ana (monitor)');
    expect(status).toBe(0);
    const given = dokazVerify('--fingerprint', grouped(victim), join(dir, 'good.zip'));
    expect(given.stdout.split('\n')[0]).toMatch(/^VERIFIED: all \d+ checks passed\. Signed by the key whose/);
    expect(given.status).toBe(0);
  });

  it('says first that the signer is not confirmed, and how to confirm it, when no key is given', () => {
    for (const pack of ['good.zip', 'forged.zip']) {
      const { status, stdout } = dokazVerify(join(dir, pack));
      const [first, how] = stdout.split('\n');
      expect(first).toMatch(
        /^CONTENTS INTACT, SIGNER NOT CONFIRMED: all \d+ checks passed, but nothing here shows who/,
      );
      expect(how).toContain('compare the fingerprint below with one obtained from the sender apart from the pack');
      expect(how).toContain('--fingerprint <hex> or --trusted-keys <file>');
      expect(stdout).not.toMatch(/^VERIFIED/m);
      // The contents are intact: the exit status says so, as it always did (the usage text explains).
      expect(status).toBe(0);
    }
    expect(dokazVerify('--help').stdout).toContain('the signer is not confirmed (exit status 0 all the same)');
  });

  it('exits 1 for a pack re-signed with another key, naming the expected and the actual', () => {
    const { status, stdout } = dokazVerify('--fingerprint', victim.toUpperCase(), join(dir, 'forged.zip'));
    expect(status).toBe(1);
    expect(stdout.split('\n')[0]).toMatch(/^NOT VERIFIED: 1 of \d+ checks failed\.$/);
    expect(stdout).toContain('✗ public-key.pem: is not the key you expected: another key signed this pack');
    expect(stdout).toContain(`expected: ${victim}\n`);
    expect(stdout).toContain(`found:    ${forger}\n`);
    const listed = dokazVerify('--json', '--trusted-keys', join(dir, 'trusted.txt'), join(dir, 'forged.zip'));
    expect(listed.status).toBe(1);
    const verdict = JSON.parse(listed.stdout);
    expect(verdict.signer).toEqual({ status: 'mismatch', actual: forger, expected: [victim, '77bc'.repeat(16)] });
    expect(verdict.checks).toContainEqual(
      expect.objectContaining({
        id: 'signer',
        ok: false,
        expected: `${victim} (Ana (monitor)), ${'77bc'.repeat(16)} (Centre)`,
      }),
    );
  });

  it('gives the signer status in JSON', () => {
    expect(JSON.parse(dokazVerify('--json', join(dir, 'good.zip')).stdout).signer).toEqual({
      status: 'unconfirmed',
      actual: victim,
    });
    const confirmed = dokazVerify('--json', `--fingerprint=${victim}`, join(dir, 'good.zip'));
    expect(JSON.parse(confirmed.stdout).signer).toEqual({ status: 'confirmed', actual: victim });
  });

  it('confirms the key an old key card handed over to, in text and in JSON', () => {
    const { status, stdout } = dokazVerify('--trusted-keys', join(dir, 'old-card.txt'), join(dir, 'rotated.zip'));
    expect(status).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toMatch(
      new RegExp(
        `^VERIFIED: all \\d+ checks passed\\. Signed by the key that the key of Ana \\(card of 2025\\) handed over to on ${handedOverAt}\\.$`,
      ),
    );
    expect(lines).toContain('Dokaz evidence pack dokaz-pack/2, 1 capture');
    expect(lines).toContain(`Earlier key ${oldKey}, handed over on ${handedOverAt}`);
    expect(stdout).toContain('✓ custody.jsonl: its 1 hand-over of the signing key is signed by the key it replaced');
    const json = dokazVerify('--json', '--fingerprint', oldKey, join(dir, 'rotated.zip'));
    expect(json.status).toBe(0);
    const verdict = JSON.parse(json.stdout);
    expect(verdict.keyHistory).toEqual([expect.objectContaining({ fingerprint: oldKey, at: handedOverAt })]);
    expect(verdict.signer).toEqual({
      status: 'confirmed',
      actual: verdict.keyFingerprint,
      rotatedFrom: oldKey,
      rotatedAt: handedOverAt,
      handOvers: 1,
    });
    // The old key confirms nothing of a pack that holds no hand-over from it.
    expect(dokazVerify('--fingerprint', oldKey, join(dir, 'good.zip')).status).toBe(1);
    const macedonian = dokazVerifyIn({ LANG: 'mk_MK.UTF-8' }, '--fingerprint', oldKey, join(dir, 'rotated.zip'));
    expect(macedonian.stdout.split('\n')[0]).toContain(
      formatMessage('mk', CATALOGS.mk.pack.verdict.signedByRotatedGiven, { date: handedOverAt, count: 1 }),
    );
  });

  it('exits 2 on a malformed fingerprint or list of trusted keys, naming the line', () => {
    const list = dokazVerify('--trusted-keys', join(dir, 'malformed.txt'), join(dir, 'good.zip'));
    expect(list.status).toBe(2);
    expect(list.stderr).toContain(`cannot use the list of trusted keys ${join(dir, 'malformed.txt')}: Line 3 is not`);
    expect(list.stdout).toBe('');
    const short = dokazVerify('--fingerprint', victim.slice(2), join(dir, 'good.zip'));
    expect(short.status).toBe(2);
    expect(short.stderr).toContain('cannot use --fingerprint: “');
    expect(dokazVerify(join(dir, 'good.zip'), '--fingerprint').status).toBe(2);
    expect(dokazVerify('--trusted-keys', join(dir, 'none.txt'), join(dir, 'good.zip')).stderr).toContain('cannot read');
    const macedonian = dokazVerifyIn({ LANG: 'mk_MK.UTF-8' }, '--trusted-keys', join(dir, 'malformed.txt'), 'x.zip');
    expect(macedonian.stderr).toContain('Редот 3 не е отпечаток на клуч');
  });

  it('exits 1 and names the file for a changed pack, in text or JSON', () => {
    const text = dokazVerify(join(dir, 'bad.zip'));
    expect(text.status).toBe(1);
    expect(text.stdout).toContain('✗ report.html: does not match its SHA-256 in SHA256SUMS');
    const json = dokazVerify('--json', join(dir, 'bad.zip'));
    expect(json.status).toBe(1);
    const verdict = JSON.parse(json.stdout);
    expect(verdict.ok).toBe(false);
    expect(verdict.checks).toContainEqual(
      expect.objectContaining({ id: 'file-hash', ok: false, subject: 'report.html' }),
    );
  });

  it('speaks the language asked for, or the language of the environment', () => {
    const macedonian = dokazVerifyIn({ LANG: 'mk_MK.UTF-8' }, join(dir, 'good.zip'));
    expect(macedonian.status).toBe(0);
    expect(macedonian.stdout).not.toContain('VERIFIED');
    expect(macedonian.stdout).toContain(
      formatMessage('mk', CATALOGS.mk.pack.verdict.intact, { count: 0 }).split(':')[0],
    );
    const albanian = dokazVerifyIn({ LANG: 'mk_MK.UTF-8' }, '--lang', 'sq', join(dir, 'bad.zip'));
    expect(albanian.status).toBe(1);
    expect(albanian.stdout).toContain(formatMessage('sq', CATALOGS.sq.pack.verdict.notVerified, {}).split(':')[0]);
    expect(albanian.stdout).toContain('report.html');
    expect(dokazVerifyIn({}, '--lang', 'xx', join(dir, 'good.zip')).status).toBe(2);
  });

  it('exits 2 when it is not used right', () => {
    expect(dokazVerify().status).toBe(2);
    expect(dokazVerify('--color', join(dir, 'good.zip')).status).toBe(2);
    expect(dokazVerify(join(dir, 'good.zip'), join(dir, 'bad.zip')).status).toBe(2);
    const missing = dokazVerify(join(dir, 'none.zip'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('cannot read');
  });
});
