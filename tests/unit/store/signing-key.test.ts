import { describe, expect, it } from 'vitest';
import { rotationProblem, type RotationDetails } from '@/utils/crypto/key-rotation';
import { createSigningKeys, keyFingerprint, signDer, SigningError, verifyDer } from '@/utils/crypto/signing';
import { createStore } from '@/utils/store';
import { openDb } from '@/utils/store/db';
import { memorySession } from '@/utils/store/lock';
import { SIGNING_KEY_META } from '@/utils/store/signing-key';
import { isSealedValue, LockedError } from '@/utils/store/vault-codec';
import { withSessionStore } from '../test-store';

const data = new TextEncoder().encode('manifest bytes');
const PASSPHRASE = 'четири збора за лозинка';

const fingerprintOf = async (keys: CryptoKeyPair) => keyFingerprint(keys.publicKey);

describe('the signing key without a passphrase', () => {
  it('is created once, non-extractable, and is the same key when read again', async () => {
    await withSessionStore(async (db, store) => {
      const first = await store.signingKeys();
      expect(first.privateKey.extractable).toBe(false);
      expect(first.privateKey.usages).toEqual(['sign']);
      await expect(crypto.subtle.exportKey('pkcs8', first.privateKey)).rejects.toThrow();
      const again = await createStore({ db: openDb(db.name), session: memorySession() }).signingKeys();
      expect(await fingerprintOf(again)).toBe(await fingerprintOf(first));
      expect(await verifyDer(first.publicKey, await signDer(again.privateKey, data), data)).toBe(true);
    });
  });

  it('ends with one key when first calls race, from one context or several', async () => {
    await withSessionStore(async (db) => {
      const stores = [0, 1, 2].map(() => createStore({ db: openDb(db.name), session: memorySession() }));
      const pairs = await Promise.all(stores.flatMap((store) => [store.signingKeys(), store.signingKeys()]));
      expect(new Set(await Promise.all(pairs.map(fingerprintOf))).size).toBe(1);
      expect(await db.meta.where('key').equals(SIGNING_KEY_META).count()).toBe(1);
    });
  });

  it('records when the key was made, for the key card, and nothing it replaced', async () => {
    await withSessionStore(async (_db, store) => {
      expect(await store.signingKeyInfo()).toBeNull();
      const before = new Date().toISOString();
      const keys = await store.signingKeys();
      const info = await store.signingKeyInfo();
      expect(info).toMatchObject({ fingerprint: await fingerprintOf(keys), createdAtSource: 'recorded', previous: [] });
      expect(info!.createdAt! >= before && info!.createdAt! <= new Date().toISOString()).toBe(true);
      await store.signingKeys();
      expect(await store.signingKeyInfo()).toEqual(info);
    });
  });

  it('dates a key made before the day was recorded by its first export, at the latest', async () => {
    await withSessionStore(async (db, store) => {
      const keys = await createSigningKeys();
      await db.meta.add({ key: SIGNING_KEY_META, value: keys }); // as an earlier Dokaz stored it
      await store.recordExport(
        [],
        () => ({ format: 'dokaz-pack/1', selection: { all: true } }),
        async () => null,
      );
      const [exported] = await store.custodyLog();
      expect(await store.signingKeyInfo()).toEqual({
        fingerprint: await fingerprintOf(keys),
        createdAt: exported!.at,
        createdAtSource: 'first-export',
        previous: [],
      });
      // The guess is shown, never written beside the key.
      expect((await db.meta.get(SIGNING_KEY_META))!.value).not.toHaveProperty('createdAt');
    });
  });

  it('refuses to replace a damaged key silently', async () => {
    await withSessionStore(async (db, store) => {
      await db.meta.put({ key: SIGNING_KEY_META, value: { privateKey: 'x', publicKey: 'y' } });
      await expect(store.signingKeys()).rejects.toThrow(SigningError);
    });
  });
});

describe('the signing key once a passphrase is set', () => {
  it('replaces a plain key by a wrapped one, the old key signing the hand-over into the custody log', async () => {
    await withSessionStore(async (db, store) => {
      const old = await store.signingKeys();
      const oldFingerprint = await fingerprintOf(old);
      await store.setPassphrase(PASSPHRASE);

      // Kept only sealed: no CryptoKey, no key bytes in the open.
      const row = (await db.meta.get(SIGNING_KEY_META))!.value;
      expect(isSealedValue(row)).toBe(true);

      const keys = await store.signingKeys();
      const fingerprint = await fingerprintOf(keys);
      expect(fingerprint).not.toBe(oldFingerprint);
      expect(keys.privateKey.extractable).toBe(false);
      await expect(crypto.subtle.exportKey('pkcs8', keys.privateKey)).rejects.toThrow();
      expect(await verifyDer(keys.publicKey, await signDer(keys.privateKey, data), data)).toBe(true);

      const rotations = (await store.custodyLog()).filter((event) => event.type === 'key-rotated');
      expect(rotations).toHaveLength(1);
      const [rotation] = rotations;
      const details = rotation!.details as unknown as RotationDetails;
      expect(details).toMatchObject({ from: oldFingerprint, to: fingerprint });
      expect(rotation!.captureId).toBeNull();
      expect(await rotationProblem(rotation!.actor, details)).toBeNull();
      // Signed by the old key: the same statement with another install id does not verify.
      expect(await rotationProblem(crypto.randomUUID(), details)).toBe('signature');
      expect((await store.verifyCustody()).intact).toBe(true);

      expect(await store.signingKeyInfo()).toMatchObject({
        fingerprint,
        createdAt: rotation!.at,
        createdAtSource: 'recorded',
        previous: [{ fingerprint: oldFingerprint, replacedAt: rotation!.at }],
      });
    });
  });

  it('signs nothing while locked, and the same wrapped key after the unlock', async () => {
    await withSessionStore(async (_db, store) => {
      await store.setPassphrase(PASSPHRASE);
      const made = await fingerprintOf(await store.signingKeys());
      // Made with the passphrase set: wrapped from the start, nothing handed over.
      expect((await store.custodyLog()).some((event) => event.type === 'key-rotated')).toBe(false);
      await store.lock();
      await expect(store.signingKeys()).rejects.toThrow(LockedError);
      await expect(store.signingKeyInfo()).rejects.toThrow(LockedError);
      await store.unlock(PASSPHRASE);
      expect(await fingerprintOf(await store.signingKeys())).toBe(made);
    });
  });

  it('makes no key while locked, even before there is one', async () => {
    await withSessionStore(async (db, store) => {
      await store.setPassphrase(PASSPHRASE);
      await store.lock();
      await expect(store.signingKeys()).rejects.toThrow(LockedError);
      expect(await db.meta.get(SIGNING_KEY_META)).toBeUndefined();
    });
  });

  it('finishes at the next start a hand-over cut short, from the key the card named', async () => {
    const db = openDb(`test-${crypto.randomUUID()}`);
    const session = memorySession();
    try {
      const store = createStore({ db, session });
      const old = await store.signingKeys();
      const oldRow = (await db.meta.get(SIGNING_KEY_META))!.value;
      await store.setPassphrase(PASSPHRASE);
      // As if the browser closed after the vault was made and before the rotation was written.
      await db.meta.put({ key: SIGNING_KEY_META, value: oldRow });
      await db.custody.clear();
      const restarted = createStore({ db, session });
      await restarted.resume();
      const [rotation] = await restarted.custodyLog();
      expect(rotation).toMatchObject({ type: 'key-rotated', details: { from: await fingerprintOf(old) } });
      expect(isSealedValue((await db.meta.get(SIGNING_KEY_META))!.value)).toBe(true);
    } finally {
      db.close();
      await db.delete();
    }
  });

  it('goes back to the plain form when the passphrase is removed, the same key, its history kept', async () => {
    await withSessionStore(async (db, store) => {
      const first = await fingerprintOf(await store.signingKeys());
      await store.setPassphrase(PASSPHRASE);
      const second = await fingerprintOf(await store.signingKeys());
      await store.removePassphrase();
      const row = (await db.meta.get(SIGNING_KEY_META))!.value as CryptoKeyPair;
      expect(row.privateKey).toBeInstanceOf(CryptoKey);
      expect(row.privateKey.extractable).toBe(false);
      const plain = await store.signingKeys();
      expect(await fingerprintOf(plain)).toBe(second);
      expect((await store.signingKeyInfo())!.previous.map((key) => key.fingerprint)).toEqual([first]);

      // A passphrase set again hands over once more, from the key in use.
      await store.setPassphrase('друга лозинка за тест');
      const third = await fingerprintOf(await store.signingKeys());
      const rotations = (await store.custodyLog()).filter((event) => event.type === 'key-rotated');
      expect(rotations.map((event) => [event.details?.from, event.details?.to])).toEqual([
        [first, second],
        [second, third],
      ]);
      expect((await store.signingKeyInfo())!.previous.map((key) => key.fingerprint)).toEqual([first, second]);
      expect((await store.verifyCustody()).intact).toBe(true);
    });
  });
});
