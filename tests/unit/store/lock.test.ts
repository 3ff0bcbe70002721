// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { sealedToPublic, WrongPassphraseError } from '@/utils/crypto/vault';
import { withSessionStore } from '../test-store';
import { createStore } from '@/utils/store';
import type { DokazDb } from '@/utils/store/db';
import { memorySession } from '@/utils/store/lock';
import { isSealedValue, LockedError } from '@/utils/store/vault-codec';
import { makeCapture, telegramMessage } from '../../factories';

const withStore = withSessionStore;

/** Every byte IndexedDB keeps for these tables, as text, to look for what must not be there. */
async function rawText(db: DokazDb): Promise<string> {
  const parts: string[] = [];
  for (const name of ['captures', 'artifacts', 'cases', 'annotations', 'searchDocs', 'chats', 'accounts', 'custody']) {
    for (const row of await db.table(name).toArray()) {
      for (const value of Object.values(row as Record<string, unknown>)) {
        if (value instanceof Blob) parts.push(await value.text());
        else if (value instanceof Uint8Array) parts.push(Buffer.from(value).toString('latin1'));
        else parts.push(JSON.stringify(value));
      }
    }
  }
  return parts.join('\n');
}

async function telegramCapture(text: string, url = 'https://t.me/smokva_grupa/2047') {
  const made = await makeCapture({}, ['SCREENSHOT-BYTES-of-the-post', 'viewport']);
  made.record.page.url = url;
  made.record.post.text = text;
  made.record.post.structured = telegramMessage({ text });
  return made;
}

describe('the lock', () => {
  it('encrypts the captures already stored when a passphrase is set, and they read the same', async () => {
    await withStore(async (db, store) => {
      const { record, data } = await telegramCapture('Адреса на Ана: ул. Партизанска 12');
      const saved = await store.saveCapture(record, data);
      await store.annotate(record.id, { note: 'Телефонот е објавен' });
      expect(await rawText(db)).toContain('Партизанска');

      const recoveryCode = await store.setPassphrase('четири збора за лозинка');
      expect(recoveryCode).toMatch(/^([A-Z2-9]{4}-){5}[A-Z2-9]{4}$/);
      const raw = await rawText(db);
      for (const secret of ['Партизанска', 'Телефонот', 'SCREENSHOT-BYTES', 'smokva_grupa', 't.me'])
        expect(raw).not.toContain(secret);

      expect(await store.getCapture(record.id)).toEqual(saved);
      expect(await (await store.getArtifactData(record.artifacts[0]!.id))!.text()).toBe('SCREENSHOT-BYTES-of-the-post');
      expect(await store.search('partizanska')).toEqual([record.id]);
      expect(await store.verifyCustody()).toMatchObject({ intact: true });
    });
  });

  it('locks: nothing can be read; a wrong passphrase is refused and changes nothing; the right one opens', async () => {
    await withStore(async (db, store) => {
      const { record, data } = await telegramCapture('прв запис');
      await store.saveCapture(record, data);
      await store.setPassphrase('четири збора за лозинка');
      await store.lock();
      expect(await store.isLocked()).toBe(true);
      await expect(store.getCapture(record.id)).rejects.toThrow(LockedError);
      await expect(store.search('')).rejects.toThrow(LockedError);
      const before = await rawText(db);
      await expect(store.unlock('погрешна лозинка')).rejects.toThrow(WrongPassphraseError);
      expect(await store.isLocked()).toBe(true);
      expect(await rawText(db)).toBe(before);
      await store.unlock('четири збора за лозинка');
      expect(await store.isLocked()).toBe(false);
      expect((await store.getCapture(record.id))!.post.text).toBe('прв запис');
    });
  });

  it('captures while locked lose nothing and appear, searchable and catalogued, after the unlock', async () => {
    await withStore(async (db, store) => {
      await store.setPassphrase('четири збора за лозинка');
      const kase = await store.createCase({ name: 'Smokva' });
      await store.setActiveCase(kase.id);
      await store.lock();
      const { record, data } = await telegramCapture('снимено додека е заклучено');
      await store.saveCapture(record, data);
      expect(await rawText(db)).not.toContain('снимено');
      await expect(store.getCapture(record.id)).rejects.toThrow(LockedError);

      await store.unlock('четири збора за лозинка');
      expect((await store.getCapture(record.id))!.post.text).toBe('снимено додека е заклучено');
      expect(await store.search('snimeno')).toEqual([record.id]);
      expect(await store.search('', { caseId: kase.id })).toEqual([record.id]);
      expect((await store.catalogue()).groups.map((g) => g.key)).toEqual(['peer:-1001987654321']);
      expect(await store.verifyCustody()).toMatchObject({ intact: true });
    });
  });

  it('changes the passphrase without re-encrypting, and opens with the recovery code', async () => {
    await withStore(async (db, store) => {
      const { record, data } = await telegramCapture('x');
      await store.saveCapture(record, data);
      const code = (await store.setPassphrase('прва лозинка'))!;
      const sealed = (await db.captures.get(record.id))!.body;
      expect(await store.setPassphrase('втора лозинка')).toBeNull();
      expect((await db.captures.get(record.id))!.body).toEqual(sealed);
      await store.lock();
      await expect(store.unlock('прва лозинка')).rejects.toThrow(WrongPassphraseError);
      await store.unlockWithRecoveryCode(code.toLowerCase());
      expect((await store.getCapture(record.id))!.id).toBe(record.id);
    });
  });

  it('removes the passphrase: everything back as it was, and no vault left', async () => {
    await withStore(async (db, store) => {
      const { record, data } = await telegramCapture('врати');
      const saved = await store.saveCapture(record, data);
      await store.setPassphrase('четири збора за лозинка');
      await store.removePassphrase();
      expect(await store.hasPassphrase()).toBe(false);
      expect(await rawText(db)).toContain('врати');
      expect(await store.getCapture(record.id)).toEqual(saved);
    });
  });

  it('survives a browser closed halfway through encrypting: the rest is sealed at the next unlock', async () => {
    await withStore(async (db, store) => {
      for (let i = 0; i < 3; i++) {
        const { record, data } = await telegramCapture(`запис ${i}`);
        await store.saveCapture(record, data);
      }
      // As if the browser closed right after the vault was written: every row still plain, the direction noted.
      await store.setPassphrase('четири збора за лозинка');
      const plain = await db.captures.toArray();
      await store.removePassphrase(); // back to plain …
      await store.setPassphrase('четири збора за лозинка'); // … and a vault again, whose rows we now undo by hand
      await db.captures.bulkPut(plain.map((row) => ({ ...row, body: (row as { body: unknown }).body })));
      await db.meta.put({ key: 'vaultMigration', value: 'sealed' });
      const restarted = createStore({ db, session: memorySession() });
      expect(await restarted.isLocked()).toBe(true);
      await restarted.unlock('четири збора за лозинка');
      expect(await rawText(db)).not.toContain('запис');
      expect((await restarted.search('zapis')).length).toBe(3);
      expect(await db.meta.get('vaultMigration')).toBeUndefined();
    });
  });

  it('keys the catalogue’s rows by an HMAC while a passphrase is set: no username or peer id in a row key', async () => {
    await withStore(async (db, store) => {
      const { record, data } = await telegramCapture('каталог');
      await store.saveCapture(record, data);
      const keysOf = async () => [...(await db.chats.toArray()), ...(await db.accounts.toArray())].map((r) => r.key);
      const plainKeys = await keysOf();
      expect(plainKeys.length).toBeGreaterThan(0);
      expect(plainKeys.every((key) => /^(peer|username):/.test(key))).toBe(true);
      const catalogue = await store.catalogue();

      await store.setPassphrase('четири збора за лозинка');
      const sealedKeys = await keysOf();
      expect(sealedKeys).toHaveLength(plainKeys.length);
      for (const key of sealedKeys) expect(key).toMatch(/^h:[0-9a-f]{64}$/);
      const raw = await rawText(db);
      for (const key of plainKeys) expect(raw).not.toContain(key.split(':')[1]);
      // Read, found and changed by its catalogue key, as before.
      expect(await store.catalogue()).toEqual(catalogue);
      const group = catalogue.groups[0]!;
      await store.updateCatalogueEntry('group', group.key, { note: 'избришана по пријавата' });
      expect((await store.catalogue()).groups[0]).toMatchObject({ key: group.key, note: 'избришана по пријавата' });
      expect(await keysOf()).toHaveLength(plainKeys.length);
      // A second capture in the same group finds its row by the HMAC and adds to it.
      const again = await telegramCapture('уште една');
      await store.saveCapture(again.record, again.data);
      expect((await store.catalogue()).groups.find((g) => g.key === group.key)!.captureIds).toHaveLength(2);
      expect(await keysOf()).toHaveLength(plainKeys.length);

      await store.removePassphrase();
      expect((await keysOf()).sort()).toEqual(plainKeys.sort());
    });
  });

  it('re-keys, at the next unlock, a catalogue sealed before its rows were keyed by HMAC', async () => {
    await withStore(async (db, store) => {
      const { record, data } = await telegramCapture('стар');
      await store.saveCapture(record, data);
      const plainKeys = (await db.chats.toArray()).map((r) => r.key);
      await store.setPassphrase('четири збора за лозинка');
      // As a store of the version before: bodies sealed, rows under their catalogue keys, no mark of the re-keying.
      expect(plainKeys).toHaveLength(1);
      const [row] = await db.chats.toArray();
      expect(row!.key).toMatch(/^h:/);
      await db.chats.clear();
      await db.chats.put({ key: plainKeys[0]!, body: row!.body });
      await db.meta.delete('catalogueRowKeys');
      await store.lock();
      await store.unlock('четири збора за лозинка');
      for (const row of await db.chats.toArray()) expect(row.key).toMatch(/^h:[0-9a-f]{64}$/);
      expect((await store.catalogue()).groups.map((g) => g.key)).toEqual(plainKeys);
    });
  });

  it('seals what the custody log says (a deletion’s reason, every event’s time) and keeps the chain checkable', async () => {
    await withStore(async (db, store) => {
      const kept = await telegramCapture('задржано');
      await store.saveCapture(kept.record, kept.data);
      const gone = await telegramCapture('избришано');
      await store.saveCapture(gone.record, gone.data);
      const reason = 'тој го виде на мојот екран';
      await store.deleteCapture(gone.record.id, reason);
      await store.annotate(kept.record.id, { note: 'белешка' });
      const log = await store.custodyLog();
      expect(await rawText(db)).toContain(reason);

      await store.setPassphrase('четири збора за лозинка');
      const raw = await rawText(db);
      expect(raw).not.toContain(reason);
      for (const event of log) expect(raw).not.toContain(event.at);
      // Nor their hashes, which would confirm a guess of what they hash (a time, a case): only place and capture.
      for (const event of log) expect(raw).not.toContain(event.hash);
      for (const row of await db.custody.toArray())
        expect(Object.keys(row).sort()).toEqual(['body', 'captureId', 'seq']);
      for (const type of ['captured', 'deleted', 'annotated']) expect(raw).not.toContain(`"${type}"`);
      expect(await store.custodyLog()).toEqual(log);
      expect(await store.verifyCustody()).toMatchObject({ intact: true, length: log.length });

      // Made while locked: the chain grows on what stays plain, its event sealed to the public key until the unlock.
      await store.lock();
      const locked = await telegramCapture('заклучено');
      await store.saveCapture(locked.record, locked.data);
      await expect(store.custodyLog()).rejects.toThrow(LockedError);
      await store.unlock('четири збора за лозинка');
      for (const row of await db.custody.toArray()) {
        const body = (row as { body?: unknown }).body;
        expect(isSealedValue(body) && !sealedToPublic(body)).toBe(true);
      }
      // Written unlinked (the head's hash is sealed while locked), it has the hashes it would have had, chained on.
      const linked = await store.custodyLog();
      expect(linked.at(-1)).toMatchObject({ seq: log.length + 1, prevHash: log.at(-1)!.hash });
      expect(await store.verifyCustody()).toMatchObject({ intact: true, length: log.length + 1 });

      await store.removePassphrase();
      expect(await store.custodyLog()).toHaveLength(log.length + 1);
      expect(await store.verifyCustody()).toMatchObject({ intact: true });
    });
  });

  it('keeps no capture time, case time, case link or active case in the clear', async () => {
    await withStore(async (db, store) => {
      const kase = await store.createCase({ name: 'Smokva' });
      await store.setActiveCase(kase.id);
      const first = await telegramCapture('прв');
      await store.saveCapture(first.record, first.data);
      expect((await db.meta.get('activeCaseId'))!.value).toBe(kase.id); // the control: plain without a passphrase

      await store.setPassphrase('четири збора за лозинка');
      const second = await telegramCapture('втор');
      await store.saveCapture(second.record, second.data);
      const raw = await rawText(db);
      for (const time of [first.record.capturedAt, second.record.capturedAt, kase.createdAt]) {
        expect(raw).not.toContain(time);
      }
      // The case's id is its own row's key; no other row names it.
      expect(raw.split(kase.id)).toHaveLength(2);
      expect(isSealedValue((await db.meta.get('activeCaseId'))!.value)).toBe(true);
      expect(await store.getActiveCase()).toBe(kase.id);
      expect((await store.search('', { caseId: kase.id })).sort()).toEqual([first.record.id, second.record.id].sort());

      await store.removePassphrase();
      expect((await db.meta.get('activeCaseId'))!.value).toBe(kase.id);
    });
  });

  it('puts a capture made while locked in the case active at the unlock, by an event of that time', async () => {
    await withStore(async (_db, store) => {
      await store.setPassphrase('четири збора за лозинка');
      const kase = await store.createCase({ name: 'Smokva' });
      await store.setActiveCase(kase.id);
      await store.lock();
      const made = await telegramCapture('заклучено');
      await store.saveCapture(made.record, made.data);
      const before = new Date().toISOString();
      await store.unlock('четири збора за лозинка');
      expect((await store.getAnnotation(made.record.id)).caseId).toBe(kase.id);
      const events = (await store.custodyLog()).filter((event) => event.captureId === made.record.id);
      expect(events.map((event) => event.type)).toEqual(['captured', 'annotated']);
      expect(events[1]!.at >= before).toBe(true);
      expect(await store.search('', { caseId: kase.id })).toEqual([made.record.id]);
      // Once: a second unlock changes nothing.
      await store.lock();
      await store.unlock('четири збора за лозинка');
      expect((await store.custodyLog()).filter((event) => event.captureId === made.record.id)).toHaveLength(2);
      expect(await store.verifyCustody()).toMatchObject({ intact: true });
    });
  });

  describe('captures made while the rows are re-sealed (from the review of the HMAC keys)', () => {
    /** Resolves once the re-sealing has begun (its direction is noted in `meta` first). */
    async function begun(db: DokazDb): Promise<void> {
      while (!(await db.meta.get('vaultMigration'))) await new Promise((resolve) => setTimeout(resolve, 1));
    }

    it('a capture while the passphrase is set adds to its group’s entry, not to a new one', async () => {
      await withStore(async (db, store) => {
        for (let i = 0; i < 3; i++) {
          const made = await telegramCapture(`пред ${i}`);
          await store.saveCapture(made.record, made.data);
        }
        const setting = store.setPassphrase('четири збора за лозинка');
        await begun(db);
        const during = await telegramCapture('за време');
        await Promise.all([setting, store.saveCapture(during.record, during.data)]);
        const { groups } = await store.catalogue();
        expect(groups).toHaveLength(1);
        expect(groups[0]!.captureIds).toHaveLength(4);
        expect(groups[0]!.captureIds).toContain(during.record.id);
        expect(await store.search('za vreme')).toEqual([during.record.id]);
      });
    });

    it('a capture while the passphrase is removed stays readable, and so does the catalogue', async () => {
      await withStore(async (db, store) => {
        for (let i = 0; i < 3; i++) {
          const made = await telegramCapture(`пред ${i}`);
          await store.saveCapture(made.record, made.data);
        }
        await store.setPassphrase('четири збора за лозинка');
        const removing = store.removePassphrase();
        await begun(db);
        const during = await telegramCapture('за време');
        await Promise.all([removing, store.saveCapture(during.record, during.data)]);
        expect(await store.hasPassphrase()).toBe(false);
        expect((await store.getCapture(during.record.id))!.post.text).toBe('за време');
        const { groups } = await store.catalogue();
        expect(groups).toHaveLength(1);
        expect(groups[0]!.captureIds).toHaveLength(4);
        for (const row of await db.chats.toArray()) expect(row.key).toMatch(/^peer:/);
        expect(await store.verifyCustody()).toMatchObject({ intact: true });
      });
    });

    it('a capture with no Telegram facts made while locked is sealed under the data key at the unlock', async () => {
      await withStore(async (db, store) => {
        await store.setPassphrase('четири збора за лозинка');
        await store.lock();
        const made = await makeCapture({}, ['BYTES', 'viewport']);
        await store.saveCapture(made.record, made.data);
        await store.unlock('четири збора за лозинка');
        for (const name of ['captures', 'artifacts', 'annotations', 'searchDocs', 'custody']) {
          for (const row of await db.table(name).toArray()) {
            for (const value of Object.values(row as Record<string, unknown>)) {
              if (value instanceof Uint8Array) expect(sealedToPublic(value), name).toBe(false);
            }
          }
        }
        expect(await store.search('')).toContain(made.record.id);
      });
    });
  });
});
