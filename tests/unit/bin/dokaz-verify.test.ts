// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGS } from '@/utils/i18n/catalogs';
import { formatMessage } from '@/utils/i18n/translate';
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

beforeAll(async () => {
  const pack = await makeTestPack({ captures: 1 });
  writeFileSync(join(dir, 'good.zip'), await zipPack(pack.files));
  const files = new Map(pack.files);
  files.set('report.html', bytesOf('<p>changed</p>'));
  writeFileSync(join(dir, 'bad.zip'), await zipPack(files));
});

describe('dokaz-verify', () => {
  it('exits 0 and says VERIFIED for an intact pack', () => {
    const { status, stdout } = dokazVerify(join(dir, 'good.zip'));
    expect(stdout).toMatch(/^VERIFIED: all \d+ checks passed\.$/m);
    expect(status).toBe(0);
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
      formatMessage('mk', CATALOGS.mk.pack.verdict.verified, { count: 0 }).split(':')[0],
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
