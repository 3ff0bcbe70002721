// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  capturePrivateKey,
  createVault,
  exportDataKey,
  importDataKey,
  MIN_ITERATIONS,
  newRecoveryCode,
  openBytes,
  rewrapVault,
  sealBytes,
  sealBytesToPublicKey,
  unlockVault,
  unlockWithRecoveryCode,
  WrongPassphraseError,
  type VaultHeader,
} from '@/utils/crypto/vault';

const bytes = (text: string) => new TextEncoder().encode(text) as Uint8Array<ArrayBuffer>;
const textOf = (data: Uint8Array) => new TextDecoder().decode(data);
/** Opens bytes sealed under the data key (no capture private key needed). */
const open = (dataKey: CryptoKey, sealed: Uint8Array<ArrayBuffer>) =>
  openBytes(sealed, dataKey, () => Promise.reject(new Error('not sealed to the public key')));

// One vault for the file: each PBKDF2 at 600,000 iterations takes a good part of a second here.
const made = createVault('Moja tajna lozinka 2026');

describe('the vault', () => {
  it('derives with PBKDF2-SHA256 at 600,000 iterations at least, and refuses fewer', async () => {
    const { header } = await made;
    expect(header.kdf).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: MIN_ITERATIONS });
    expect(MIN_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    await expect(createVault('x', 1000)).rejects.toThrow(/600000 iterations/);
    const weakened: VaultHeader = { ...header, kdf: { ...header.kdf, iterations: 1000 } };
    await expect(unlockVault(weakened, 'Moja tajna lozinka 2026')).rejects.toThrow(WrongPassphraseError);
  });

  it('opens with the passphrase and gives the same data key; a wrong one is refused and changes nothing', async () => {
    const { header, dataKey } = await made;
    const before = JSON.stringify(header);
    const sealed = await sealBytes(dataKey, bytes('Смоква: адреса на жртвата'));
    const opened = await unlockVault(header, 'Moja tajna lozinka 2026');
    expect(textOf(await open(opened, sealed))).toBe('Смоква: адреса на жртвата');
    await expect(unlockVault(header, 'moja tajna lozinka 2026')).rejects.toThrow(WrongPassphraseError);
    expect(JSON.stringify(header)).toBe(before);
  });

  it('wraps the same data key under a new passphrase, so nothing is encrypted again', async () => {
    const { header, dataKey } = await made;
    const sealed = await sealBytes(dataKey, bytes('record'));
    const changed = await rewrapVault(header, dataKey, 'Nova lozinka!');
    expect(changed.kdf.salt).not.toBe(header.kdf.salt);
    expect(changed.capturePrivateKey).toEqual(header.capturePrivateKey);
    expect(textOf(await open(await unlockVault(changed, 'Nova lozinka!'), sealed))).toBe('record');
    await expect(unlockVault(changed, 'Moja tajna lozinka 2026')).rejects.toThrow(WrongPassphraseError);
  });

  it('opens with the recovery code, typed with or without dashes and in any case', async () => {
    const { header, dataKey, recoveryCode } = await made;
    expect(recoveryCode).toMatch(/^([A-Z2-9]{4}-){5}[A-Z2-9]{4}$/);
    const sealed = await sealBytes(dataKey, bytes('x'));
    const key = await unlockWithRecoveryCode(header, recoveryCode.toLowerCase().replace(/-/g, ' '));
    expect(textOf(await open(key, sealed))).toBe('x');
    await expect(unlockWithRecoveryCode(header, newRecoveryCode())).rejects.toThrow(WrongPassphraseError);
  });

  it('refuses a sealed value with one byte changed', async () => {
    const { dataKey } = await made;
    const sealed = await sealBytes(dataKey, bytes('evidence'));
    const changed = sealed.slice();
    changed[changed.length - 1]! ^= 1;
    await expect(open(dataKey, changed)).rejects.toThrow();
  });

  it('lets the background seal a capture to the public key while locked, opened only after unlock', async () => {
    const { header } = await made;
    const sealed = await sealBytesToPublicKey(header.capturePublicKey, bytes('captured while locked'));
    expect(Buffer.from(sealed).toString('latin1')).not.toContain('captured while locked');
    const dataKey = await unlockVault(header, 'Moja tajna lozinka 2026');
    const privateKey = await capturePrivateKey(header, dataKey);
    expect(textOf(await openBytes(sealed, dataKey, async () => privateKey))).toBe('captured while locked');
    const other = await createVault('another', MIN_ITERATIONS);
    const stranger = await capturePrivateKey(other.header, other.dataKey);
    await expect(openBytes(sealed, other.dataKey, async () => stranger)).rejects.toThrow();
  });

  it('keeps the data key as raw bytes for the session and back', async () => {
    const { dataKey } = await made;
    const sealed = await sealBytes(dataKey, bytes('s'));
    const again = await importDataKey(await exportDataKey(dataKey));
    expect(textOf(await open(again, sealed))).toBe('s');
  });
});
