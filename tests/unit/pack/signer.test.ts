import { describe, expect, it } from 'vitest';
import { DokazError } from '@/utils/errors';
import {
  checkSigner,
  confirmSigner,
  groupFingerprint,
  normaliseFingerprint,
  parseFingerprint,
  parseTrustedKeys,
  TrustedKeysError,
} from '@/utils/pack/verify/signer';
import type { PackVerdict } from '@/utils/pack/types';

const A = 'a3f19c0be2d84f7761c05ad9e3b2f4a81d6c7e905b3a2f18c4d9e06b7a5f3c21';
const B = '77bc'.repeat(16);
const C = '0123456789abcdef'.repeat(4);
const grouped = (hex: string) => groupFingerprint(hex).join(' ');

/** The error's UI key and params, to assert which line it names. */
function thrown(run: () => unknown) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(TrustedKeysError);
    expect(error).toBeInstanceOf(DokazError);
    return (error as DokazError).text;
  }
  throw new Error('did not throw');
}

describe('normaliseFingerprint', () => {
  it('accepts the forms people copy a fingerprint in', () => {
    for (const form of [
      A,
      A.toUpperCase(),
      grouped(A),
      ` ${grouped(A).toUpperCase()}\n`,
      A.match(/../g)!.join(':'),
      `${A}  -`, // as sha256sum prints it
      groupFingerprint(A).slice(0, 8).join(' ') + '\n' + groupFingerprint(A).slice(8).join(' '),
    ]) {
      expect(normaliseFingerprint(form), form).toBe(A);
    }
  });

  it('refuses anything that is not 64 hex digits', () => {
    for (const wrong of [
      '',
      A.slice(1),
      `${A}0`,
      A.replace('a', 'g'),
      `SHA256:${A}`,
      `${A.slice(0, 32)}.${A.slice(32)}`,
    ]) {
      expect(normaliseFingerprint(wrong), wrong).toBeNull();
    }
  });

  it('groups in sixteen groups of four', () => {
    expect(groupFingerprint(A)).toHaveLength(16);
    expect(grouped(A)).toBe('a3f1 9c0b e2d8 4f77 61c0 5ad9 e3b2 f4a8 1d6c 7e90 5b3a 2f18 c4d9 e06b 7a5f 3c21');
  });

  it('names what was typed when it refuses a fingerprint given alone', () => {
    expect(parseFingerprint(grouped(A))).toEqual({ fingerprint: A });
    expect(thrown(() => parseFingerprint('abc'))).toEqual({ key: 'error.fingerprintFormat', params: { value: 'abc' } });
    const long = thrown(() => parseFingerprint('x'.repeat(500)));
    expect(String(long.params?.value)).toHaveLength(80);
  });
});

describe('parseTrustedKeys', () => {
  it('reads a fingerprint then a label a line, with comments, blank lines and grouped fingerprints', () => {
    const list = [
      '\uFEFF# Trusted keys of the Women’s Centre',
      '',
      `${A}  Ana (monitor, Skopje)`,
      `   # ${B} an old key, no longer used`,
      `${grouped(B).toUpperCase()}\tCentre office`,
      `${C.match(/../g)!.join(':')}   Police IT unit  `,
    ];
    expect(parseTrustedKeys(list.join('\r\n'))).toEqual([
      { fingerprint: A, label: 'Ana (monitor, Skopje)' },
      { fingerprint: B, label: 'Centre office' },
      { fingerprint: C, label: 'Police IT unit' },
    ]);
  });

  it('keeps a label that starts with hex digits apart from the fingerprint', () => {
    expect(parseTrustedKeys(`${grouped(A)} beef cafe`)).toEqual([{ fingerprint: A, label: 'beef cafe' }]);
  });

  it('refuses a malformed line, naming it', () => {
    const cases: [string, string][] = [
      [`# header\n${A}\n`, '2'], // no label
      [`${A.slice(2)} Ana`, '1'], // too short
      [`${A}0 Ana`, '1'], // too long
      [`\n\n${A}Ana`, '3'], // no white space before the label
      [`${A} Ana\nnot a key Centre`, '2'],
      [`${A.slice(0, 10)}#${A.slice(10)} Ana`, '1'],
    ];
    for (const [list, line] of cases) {
      expect(
        thrown(() => parseTrustedKeys(list)),
        list,
      ).toEqual({ key: 'error.trustedKeysLine', params: { line } });
    }
  });

  it('refuses a fingerprint listed twice, and a list with none', () => {
    expect(thrown(() => parseTrustedKeys(`${A} Ana\n${B} Centre\n${grouped(A)} Ana's old card`))).toEqual({
      key: 'error.trustedKeysTwice',
      params: { line: '3', first: '1' },
    });
    expect(thrown(() => parseTrustedKeys('# nothing yet\n\n'))).toEqual({ key: 'error.trustedKeysEmpty' });
  });
});

describe('the signer check', () => {
  const verdict: Omit<PackVerdict, 'signer'> = {
    ok: true,
    format: 'dokaz-pack/1',
    keyFingerprint: A,
    captures: 1,
    checks: [{ id: 'signature', ok: true, subject: 'manifest.sig', message: 'verifies' }],
  };

  it('is unconfirmed without trusted keys, and adds no check', () => {
    expect(checkSigner(A)).toEqual({ status: 'unconfirmed', actual: A });
    const unconfirmed = confirmSigner(verdict);
    expect(unconfirmed.ok).toBe(true);
    expect(unconfirmed.signer.status).toBe('unconfirmed');
    expect(unconfirmed.checks.map((check) => check.id)).toEqual(['signature']);
  });

  it('confirms a trusted key, naming whose it is', () => {
    const confirmed = confirmSigner(verdict, [
      { fingerprint: B, label: 'Centre' },
      { fingerprint: A, label: 'Ana' },
    ]);
    expect(confirmed.ok).toBe(true);
    expect(confirmed.signer).toEqual({ status: 'confirmed', actual: A, label: 'Ana' });
    expect(confirmed.checks.at(-1)).toMatchObject({ id: 'signer', ok: true, message: 'is the key of Ana' });
    expect(confirmSigner(verdict, [{ fingerprint: A }]).checks.at(-1)?.message).toBe('has the fingerprint you gave');
  });

  it('fails a pack signed by another key, naming the expected and the actual', () => {
    const refused = confirmSigner(verdict, [{ fingerprint: B, label: 'Ana' }]);
    expect(refused.ok).toBe(false);
    expect(refused.signer).toEqual({ status: 'mismatch', actual: A, expected: [B] });
    expect(refused.checks.at(-1)).toMatchObject({
      id: 'signer',
      ok: false,
      subject: 'public-key.pem',
      expected: `${B} (Ana)`,
      actual: A,
    });
    const keyless = confirmSigner({ ...verdict, ok: false, keyFingerprint: null }, [{ fingerprint: B }]);
    expect(keyless.signer).toEqual({ status: 'mismatch', actual: null, expected: [B] });
    expect(keyless.checks.at(-1)).not.toHaveProperty('actual');
  });

  it('replaces its own check when asked again, so the expected key can change', () => {
    const refused = confirmSigner(verdict, [{ fingerprint: B }]);
    const again = confirmSigner(refused, [{ fingerprint: A }]);
    expect(again.ok).toBe(true);
    expect(again.checks.filter((check) => check.id === 'signer')).toHaveLength(1);
    expect(confirmSigner(again).checks.some((check) => check.id === 'signer')).toBe(false);
  });
});
