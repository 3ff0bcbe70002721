// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { derToP1363, p1363ToDer, SignatureFormatError } from '@/utils/crypto/ecdsa-der';
import {
  createSigningKeys,
  importPublicKeyPem,
  keyFingerprint,
  PublicKeyError,
  publicKeyPem,
  signDer,
  SigningError,
  verifyDer,
} from '@/utils/crypto/signing';

const dir = mkdtempSync(join(tmpdir(), 'dokaz-signing-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function openssl(...args: string[]): string {
  return execFileSync('openssl', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function sh(command: string): string {
  return execFileSync('sh', ['-c', command], { cwd: dir, encoding: 'utf8' });
}

const data = new TextEncoder().encode('{"format":"dokaz-pack/1","captures":[]}\n');

function p1363(r: number[], s: number[]): Uint8Array {
  const pad = (bytes: number[]) => [...Array(32 - bytes.length).fill(0), ...bytes];
  return Uint8Array.from([...pad(r), ...pad(s)]);
}

describe('DER encoding of ECDSA signatures', () => {
  it('round-trips random signatures', () => {
    for (let i = 0; i < 200; i++) {
      const signature = crypto.getRandomValues(new Uint8Array(64));
      expect(derToP1363(p1363ToDer(signature))).toEqual(signature);
    }
  });

  it('prepends 0x00 to an integer whose high bit is set', () => {
    const high = p1363([0x80, ...Array(31).fill(1)], [0xff, ...Array(31).fill(2)]);
    const der = p1363ToDer(high);
    expect([...der.subarray(0, 5)]).toEqual([0x30, 70, 0x02, 33, 0x00]);
    expect(der[4 + 33]).toBe(0x02);
    expect(der[4 + 34]).toBe(33);
    expect(der.length).toBe(72);
    expect(derToP1363(der)).toEqual(high);
  });

  it('strips leading zeros: short integers, down to one byte', () => {
    const short = p1363([1], [0x00, 0x7f, 5]);
    const der = p1363ToDer(short);
    expect([...der]).toEqual([0x30, 7, 0x02, 1, 1, 0x02, 2, 0x7f, 5]);
    expect(derToP1363(der)).toEqual(short);
    const shortHigh = p1363([0x80], [0x01, ...Array(30).fill(9)]);
    expect([...p1363ToDer(shortHigh).subarray(0, 6)]).toEqual([0x30, 37, 0x02, 2, 0x00, 0x80]);
    expect(derToP1363(p1363ToDer(shortHigh))).toEqual(shortHigh);
  });

  it('refuses a P1363 signature of the wrong length', () => {
    expect(() => p1363ToDer(new Uint8Array(63))).toThrow(SignatureFormatError);
  });

  const valid = [0x30, 0x08, 0x02, 0x02, 0x00, 0x80, 0x02, 0x02, 0x01, 0x02];
  it.each([
    ['empty', []],
    ['a wrong SEQUENCE tag', [0x31, ...valid.slice(1)]],
    ['a SEQUENCE length too short', [0x30, 0x07, ...valid.slice(2)]],
    ['a SEQUENCE length too long', [0x30, 0x09, ...valid.slice(2)]],
    ['trailing bytes', [0x30, 0x08, ...valid.slice(2), 0x00]],
    ['bytes after the integers inside the SEQUENCE', [0x30, 0x09, ...valid.slice(2), 0x00]],
    ['a long-form length', [0x30, 0x81, 0x08, ...valid.slice(2)]],
    ['a wrong INTEGER tag', [0x30, 0x08, 0x03, ...valid.slice(3)]],
    ['a negative integer', [0x30, 0x07, 0x02, 0x01, 0x80, 0x02, 0x02, 0x01, 0x02]],
    ['a non-minimal integer', [0x30, 0x09, 0x02, 0x03, 0x00, 0x00, 0x80, 0x02, 0x02, 0x01, 0x02]],
    ['a leading zero before a low byte', [0x30, 0x08, 0x02, 0x02, 0x00, 0x7f, 0x02, 0x02, 0x01, 0x02]],
    ['a zero-length integer', [0x30, 0x06, 0x02, 0x00, 0x02, 0x02, 0x01, 0x02]],
    ['a zero integer', [0x30, 0x07, 0x02, 0x01, 0x00, 0x02, 0x02, 0x01, 0x02]],
    ['an integer length past the end', [0x30, 0x08, 0x02, 0x02, 0x00, 0x80, 0x02, 0x05, 0x01, 0x02]],
    ['one integer only', [0x30, 0x04, 0x02, 0x02, 0x00, 0x80]],
    ['an integer of 33 bytes without a sign byte', [0x30, 0x26, 0x02, 0x21, ...Array(33).fill(0x11), 0x02, 0x01, 0x01]],
    ['an integer of 34 bytes', [0x30, 0x27, 0x02, 0x22, 0x00, ...Array(33).fill(0x81), 0x02, 0x01, 0x01]],
  ])('refuses %s', (_name, bytes) => {
    expect(() => derToP1363(Uint8Array.from(bytes))).toThrow(SignatureFormatError);
  });

  it('accepts the well-formed base of those cases', () => {
    expect(derToP1363(Uint8Array.from(valid))).toEqual(p1363([0x80], [0x01, 0x02]));
  });
});

describe('signatures that openssl reads and writes', () => {
  it('signDer writes what `openssl dgst -sha256 -verify` accepts, with the fingerprint openssl computes', async () => {
    const keys = await createSigningKeys();
    writeFileSync(join(dir, 'ours.pem'), await publicKeyPem(keys.publicKey));
    writeFileSync(join(dir, 'data'), data);
    const lengths = new Set<number>();
    // Until signatures of two lengths were seen: r and s with and without a sign byte.
    for (let i = 0; i < 12 || (lengths.size < 2 && i < 64); i++) {
      const signature = await signDer(keys.privateKey, data);
      lengths.add(signature.length);
      writeFileSync(join(dir, 'ours.sig'), signature);
      expect(openssl('dgst', '-sha256', '-verify', 'ours.pem', '-signature', 'ours.sig', 'data')).toBe('Verified OK\n');
      expect(await verifyDer(keys.publicKey, signature, data)).toBe(true);
    }
    expect(lengths.size).toBeGreaterThan(1);
    const fingerprint = sh('openssl pkey -pubin -in ours.pem -outform DER | sha256sum').split(' ')[0];
    expect(await keyFingerprint(keys.publicKey)).toBe(fingerprint);
  });

  it('verifyDer accepts what `openssl dgst -sha256 -sign` writes, and refuses changed bytes', async () => {
    openssl('genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', 'theirs.key');
    openssl('pkey', '-in', 'theirs.key', '-pubout', '-out', 'theirs.pem');
    writeFileSync(join(dir, 'data'), data);
    const publicKey = await importPublicKeyPem(readFileSync(join(dir, 'theirs.pem'), 'utf8'));
    for (let i = 0; i < 8; i++) {
      openssl('dgst', '-sha256', '-sign', 'theirs.key', '-out', 'theirs.sig', 'data');
      const signature = new Uint8Array(readFileSync(join(dir, 'theirs.sig')));
      expect(await verifyDer(publicKey, signature, data)).toBe(true);
      expect(await verifyDer(publicKey, signature, new TextEncoder().encode('{"format":"dokaz-pack/2"}\n'))).toBe(
        false,
      );
    }
    const fingerprint = sh('openssl pkey -pubin -in theirs.pem -outform DER | sha256sum').split(' ')[0];
    expect(await keyFingerprint(publicKey)).toBe(fingerprint);
  });

  it('verifyDer is false, not an exception, for a malformed signature', async () => {
    const keys = await createSigningKeys();
    expect(await verifyDer(keys.publicKey, new Uint8Array([0x30, 0x00]), data)).toBe(false);
  });

  it('writes PEM in lines of 64 characters that import back', async () => {
    const keys = await createSigningKeys();
    const pem = await publicKeyPem(keys.publicKey);
    const lines = pem.trimEnd().split('\n');
    expect(lines[0]).toBe('-----BEGIN PUBLIC KEY-----');
    expect(lines.at(-1)).toBe('-----END PUBLIC KEY-----');
    expect(lines.slice(1, -1).every((line) => line.length <= 64)).toBe(true);
    expect(lines[1]).toHaveLength(64);
    const imported = await importPublicKeyPem(pem.replace(/\n/g, '\r\n'));
    expect(await keyFingerprint(imported)).toBe(await keyFingerprint(keys.publicKey));
  });

  it('refuses a PEM that is not an ECDSA P-256 public key', async () => {
    openssl('genpkey', '-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:1024', '-out', 'rsa.key');
    const rsa = openssl('pkey', '-in', 'rsa.key', '-pubout');
    await expect(importPublicKeyPem(rsa)).rejects.toThrow(PublicKeyError);
    await expect(importPublicKeyPem('not a key')).rejects.toThrow(PublicKeyError);
    await expect(importPublicKeyPem(rsa.replace(/PUBLIC KEY/g, 'CERTIFICATE'))).rejects.toThrow(PublicKeyError);
  });

  it('throws a SigningError with its cause when it cannot sign', async () => {
    const keys = await createSigningKeys();
    const failure = signDer(keys.publicKey, data);
    await expect(failure).rejects.toThrow(SigningError);
    await expect(failure).rejects.toHaveProperty('cause');
  });
});
