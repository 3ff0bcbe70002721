// @vitest-environment node
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '@/utils/canonical-json';
import { DokazError, StoreError } from '@/utils/errors';
import { sha256Hex } from '@/utils/hash';
import { createStore, type Store } from '@/utils/store';
import { openDb, type DokazDb } from '@/utils/store/db';
import { makeCapture, telegramMessage } from '../../factories';
import { useTestStore } from '../test-store';

const testStore = useTestStore();

async function saveTelegram(id: string, at: string, post = telegramMessage()) {
  const { record, data } = await makeCapture({ id, capturedAt: at });
  record.post.structured = post;
  return testStore.store.saveCapture(record, data);
}

/** The schemas of earlier store versions, as utils/store/db.ts declares them, for the migration tests. */
const OLDER_SCHEMAS: Record<string, string>[] = [
  { captures: 'id, capturedAt', artifacts: 'id, captureId', custody: 'seq, captureId', meta: 'key' },
  {
    cases: 'id, createdAt',
    annotations: 'captureId, caseId',
    searchDocs: 'captureId, capturedAt',
    chats: 'key',
    accounts: 'key',
  },
  { cases: 'id, createdAt, seq' },
];

/** A store of an earlier version, filled by `fill`, then opened as today's (migrated) and handed to `check`. */
async function migrated(
  version: 1 | 2 | 3,
  fill: (old: Dexie) => Promise<unknown>,
  check: (db: DokazDb, store: Store) => Promise<void>,
): Promise<void> {
  const name = `test-v${version}-${crypto.randomUUID()}`;
  const old = new Dexie(name);
  OLDER_SCHEMAS.slice(0, version).forEach((stores, i) => old.version(i + 1).stores(stores));
  await fill(old);
  old.close();
  const db = openDb(name);
  try {
    await check(db, createStore({ db }));
  } finally {
    db.close();
    await db.delete();
  }
}

describe('annotations', () => {
  it('records every change as an annotated event holding the hashes of the old and new values', async () => {
    const { store } = testStore;
    const { record, data } = await makeCapture();
    await store.saveCapture(record, data);
    const smokva = await store.createCase({ name: 'Smokva', personAlias: 'A.' });

    const first = await store.annotate(record.id, {
      caseId: smokva.id,
      tags: [' nudes ', 'nudes', 'address'],
      categories: ['doxxing', 'intimate-images'],
      note: 'Објавена адреса',
    });
    expect(first).toMatchObject({
      caseId: smokva.id,
      tags: ['nudes', 'address'],
      categories: ['intimate-images', 'doxxing'],
    });
    const second = await store.annotate(record.id, { note: 'Објавена адреса и телефон' });
    expect(second.tags).toEqual(['nudes', 'address']);
    await store.annotate(record.id, { note: 'Објавена адреса и телефон' }); // no change, no event

    const log = await store.custodyLog();
    expect(log.map((e) => e.type)).toEqual(['captured', 'annotated', 'annotated']);
    const values = (a: typeof first) =>
      sha256Hex(canonicalJson({ caseId: a.caseId, tags: a.tags, categories: a.categories, note: a.note }));
    const empty = { ...first, caseId: null, tags: [], categories: [], note: '' };
    expect(log[1]!.details).toEqual({
      fields: ['caseId', 'tags', 'categories', 'note'],
      beforeSha256: await values(empty),
      afterSha256: await values(first),
    });
    expect(log[2]!.details).toEqual({
      fields: ['note'],
      beforeSha256: await values(first),
      afterSha256: await values(second),
    });
    expect(JSON.stringify(log)).not.toContain('телефон'); // the log proves the change without holding the note
    expect(await store.verifyCustody()).toMatchObject({ intact: true, length: 3 });
    expect(await store.getCapture(record.id)).toMatchObject({ id: record.id }); // the evidence is untouched
    expect((await store.getCapture(record.id))!.recordSha256).toBe(log[0]!.payloadSha256);
  });

  it('refuses what no one would mean, and changes nothing then', async () => {
    const { store } = testStore;
    const { record, data } = await makeCapture();
    await store.saveCapture(record, data);
    await expect(store.annotate(record.id, { categories: ['gossip' as 'threat'] })).rejects.toThrow(/unknown category/);
    await expect(store.annotate(record.id, { caseId: 'no-such-case' })).rejects.toThrow(DokazError);
    await expect(store.annotate('no-such-capture', { note: 'x' })).rejects.toThrow(StoreError);
    await expect(store.createCase({ name: '  ' })).rejects.toThrow(DokazError);
    expect((await store.custodyLog()).map((e) => e.type)).toEqual(['captured']);
    expect(await store.getAnnotation(record.id)).toMatchObject({ caseId: null, tags: [], note: '' });
  });

  it('puts new captures into the active case, with their annotated event after the captured one', async () => {
    const { store } = testStore;
    const kase = await store.createCase({ name: 'Public Room' });
    await store.setActiveCase(kase.id);
    expect(await store.getActiveCase()).toBe(kase.id);
    const { record, data } = await makeCapture();
    await store.saveCapture(record, data);
    expect((await store.getAnnotation(record.id)).caseId).toBe(kase.id);
    expect((await store.custodyLog()).map((e) => [e.type, e.captureId])).toEqual([
      ['captured', record.id],
      ['annotated', record.id],
    ]);
    expect(await store.search('', { caseId: kase.id })).toEqual([record.id]);
    await store.setActiveCase(null);
    const other = await makeCapture();
    await store.saveCapture(other.record, other.data);
    expect(await store.search('', { caseId: kase.id })).toEqual([record.id]);
    expect(await store.verifyCustody()).toMatchObject({ intact: true, length: 3 });
  });
});

describe('cases', () => {
  it('are made, listed and edited', async () => {
    const { store } = testStore;
    const a = await store.createCase({ name: 'Smokva', description: 'Photos of A.' });
    await store.createCase({ name: 'Balkan Room' });
    const edited = await store.updateCase(a.id, { status: 'closed', description: 'Reported to the police' });
    expect(edited).toMatchObject({ name: 'Smokva', status: 'closed', description: 'Reported to the police' });
    expect((await store.listCases()).map((c) => [c.name, c.status])).toEqual([
      ['Smokva', 'closed'],
      ['Balkan Room', 'open'],
    ]);
  });

  it('are listed in the order they were made, even when made within one millisecond', async () => {
    const at = new Date('2026-11-23T10:00:00.000Z');
    const store = createStore({ db: testStore.db, now: () => at });
    // Many names, so that random ids would put at least one out of place (the old ordering).
    const names = Array.from({ length: 12 }, (_, i) => `Case ${i + 1}`);
    for (const name of names) await store.createCase({ name });
    const [first] = await store.listCases();
    await store.updateCase(first!.id, { name: 'Case 1 (renamed)' });
    expect((await store.listCases()).map((c) => c.name)).toEqual(['Case 1 (renamed)', ...names.slice(1)]);
  });
});

describe('search and the catalogue in the store', () => {
  it('find captures by their Telegram facts, and follow an account across groups', async () => {
    const { store } = testStore;
    await saveTelegram(
      'a',
      '2026-11-01T00:00:00.000Z',
      telegramMessage({ chat: { peerId: -1001, title: 'Balkan Room' }, sender: { peerId: 42, name: 'Marko' } }),
    );
    await saveTelegram(
      'b',
      '2026-11-02T00:00:00.000Z',
      telegramMessage({ chat: { peerId: -1002, title: 'Јавна соба' }, sender: { peerId: 42, name: 'Marko' } }),
    );
    await saveTelegram(
      'c',
      '2026-11-03T00:00:00.000Z',
      telegramMessage({ chat: { peerId: -1002, title: 'Јавна соба' }, sender: { peerId: 43, name: 'Other' } }),
    );
    expect(await store.search('javna soba')).toEqual(['c', 'b']);
    expect(await store.search('', { accountKey: 'peer:42' })).toEqual(['b', 'a']);
    const { groups, accounts } = await store.catalogue();
    expect(groups.map((g) => g.key).sort()).toEqual(['peer:-1001', 'peer:-1002']);
    expect(accounts.find((a) => a.key === 'peer:42')).toMatchObject({
      chatKeys: ['peer:-1001', 'peer:-1002'],
      captureIds: ['a', 'b'],
    });
    await store.updateCatalogueEntry('group', 'peer:-1002', { status: 'gone', note: 'Deleted by Telegram' });
    expect((await store.catalogue()).groups.find((g) => g.key === 'peer:-1002')).toMatchObject({
      status: 'gone',
      note: 'Deleted by Telegram',
    });
  });

  it('forgets a deleted capture: its search doc, its annotation, and its sightings', async () => {
    const { store } = testStore;
    await saveTelegram(
      'a',
      '2026-11-01T00:00:00.000Z',
      telegramMessage({ chat: { peerId: -1001, title: 'Old title' }, sender: { peerId: 42, name: 'Marko' } }),
    );
    await saveTelegram(
      'b',
      '2026-11-02T00:00:00.000Z',
      telegramMessage({ chat: { peerId: -1001, title: 'New title' }, sender: { peerId: 43, name: 'Other' } }),
    );
    await store.annotate('a', { note: 'x' });
    await store.updateCatalogueEntry('group', 'peer:-1001', { note: 'kept by hand' });
    await store.deleteCapture('a', 'captured by mistake');
    expect(await store.search('')).toEqual(['b']);
    expect(await testStore.db.annotations.count()).toBe(0);
    const { groups, accounts } = await store.catalogue();
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ captureIds: ['b'], note: 'kept by hand' });
    expect(groups[0]!.titles.map((t) => t.value)).toEqual(['New title']);
    expect(accounts.map((a) => a.key)).toEqual(['peer:43']);
    expect(await store.verifyCustody()).toMatchObject({ intact: true });
  });
});

describe('migration 3 → 4 (no time or case link in the clear)', () => {
  it('orders captures by the custody event that stored them, and drops every plain time and case link', async () => {
    // Saved as version 3 would: a store of today, its rows then given the plain fields version 3 kept.
    const source = openDb(`test-source-${crypto.randomUUID()}`);
    const store = createStore({ db: source });
    const kase = await store.createCase({ name: 'Smokva' });
    await store.setActiveCase(kase.id);
    const late = await makeCapture({ id: 'late', capturedAt: '2026-10-05T00:00:00.000Z' });
    const early = await makeCapture({ id: 'early', capturedAt: '2026-10-01T00:00:00.000Z' });
    await store.saveCapture(late.record, late.data);
    await store.saveCapture(early.record, early.data);
    const dump = async (name: string) => (await source.table(name).toArray()) as Record<string, unknown>[];
    const [captures, docs, cases, annotations, custody, meta] = await Promise.all([
      dump('captures'),
      dump('searchDocs'),
      dump('cases'),
      dump('annotations'),
      dump('custody'),
      dump('meta'),
    ]);
    source.close();
    await source.delete();
    const capturedAt = (row: Record<string, unknown>) =>
      ({ late: late.record, early: early.record })[(row.id ?? row.captureId) as 'late' | 'early'].capturedAt;
    await migrated(
      3,
      async (v3) => {
        await v3
          .table('captures')
          .bulkAdd(captures.map(({ order: _, ...row }) => ({ ...row, capturedAt: capturedAt(row) })));
        await v3
          .table('searchDocs')
          .bulkAdd(docs.map(({ order: _, ...row }) => ({ ...row, capturedAt: capturedAt(row) })));
        await v3.table('cases').bulkAdd(cases.map((row) => ({ ...row, createdAt: kase.createdAt })));
        await v3.table('annotations').bulkAdd(annotations.map((row) => ({ ...row, caseId: kase.id })));
        await v3.table('custody').bulkAdd(custody);
        // Version 3 kept the active case in the clear.
        await v3
          .table('meta')
          .bulkAdd(meta.map((row) => (row.key === 'activeCaseId' ? { ...row, value: kase.id } : row)));
      },
      async (db, migratedStore) => {
        const rows = await Promise.all(
          ['captures', 'searchDocs', 'cases', 'annotations'].map((name) => db.table(name).toArray()),
        );
        const text = JSON.stringify(rows);
        for (const value of [late.record.capturedAt, early.record.capturedAt, kase.createdAt]) {
          expect(JSON.stringify(rows.map((table) => table.map(({ body: _, ...plain }) => plain)))).not.toContain(value);
        }
        expect(text).toContain(kase.id); // the case's own row, and the sealed bodies of a plain store
        expect(rows[3]!.every((row) => !('caseId' in row))).toBe(true);
        expect((await migratedStore.listCaptures()).map((c) => c.id)).toEqual(['early', 'late']);
        expect(await migratedStore.search('', { caseId: kase.id, sort: 'oldest' })).toEqual(['early', 'late']);
        expect(await migratedStore.getActiveCase()).toBe(kase.id);
        expect((await migratedStore.latestSearchDocs(1)).map((doc) => doc.captureId)).toEqual(['early']);
        expect(await migratedStore.verifyCustody()).toMatchObject({ intact: true });
      },
    );
  });
});

describe('migration 2 → 3 (case order)', () => {
  it('numbers the cases of a version 2 store in the order version 2 listed them', async () => {
    const row = (id: string, createdAt: string, caseName: string) => ({
      id,
      createdAt,
      body: { id, name: caseName, description: '', personAlias: '', status: 'open', createdAt, updatedAt: createdAt },
    });
    await migrated(
      2,
      (v2) =>
        v2
          .table('cases')
          .bulkAdd([
            row('c', '2026-10-01T00:00:00.000Z', 'Smokva'),
            row('b', '2026-10-02T00:00:00.000Z', 'Public Room'),
            row('a', '2026-10-02T00:00:00.000Z', 'Balkan Room'),
          ]),
      async (db, store) => {
        expect((await db.cases.orderBy('seq').toArray()).map((r) => [r.id, r.seq])).toEqual([
          ['c', 1],
          ['a', 2],
          ['b', 3],
        ]);
        await store.createCase({ name: 'GevgelijaHub' });
        expect((await store.listCases()).map((c) => c.name)).toEqual([
          'Smokva',
          'Balkan Room',
          'Public Room',
          'GevgelijaHub',
        ]);
      },
    );
  });
});

describe('migration 1 → 2 (case work)', () => {
  it('gives the captures of a version 1 store their search docs and catalogue', async () => {
    const a = await makeCapture({ id: 'old-a', capturedAt: '2026-10-01T00:00:00.000Z' });
    a.record.post.structured = telegramMessage({
      chat: { peerId: -1001, title: 'Смоква' },
      sender: { peerId: 42, name: 'Marko' },
    });
    const b = await makeCapture({ id: 'old-b', capturedAt: '2026-10-02T00:00:00.000Z' });
    await migrated(
      1,
      (v1) =>
        v1
          .table('captures')
          .bulkAdd(
            [a.record, b.record].map((record) => ({ id: record.id, capturedAt: record.capturedAt, body: record })),
          ),
      async (_db, store) => {
        expect(await store.search('smokva')).toEqual(['old-a']);
        expect(await store.search('')).toEqual(['old-b', 'old-a']);
        const { groups, accounts } = await store.catalogue();
        expect(groups.map((g) => [g.key, g.titles[0]!.value, g.captureIds])).toEqual([
          ['peer:-1001', 'Смоква', ['old-a']],
        ]);
        expect(accounts.map((acc) => acc.key)).toEqual(['peer:42']);
        expect((await store.getCapture('old-a'))!.id).toBe('old-a');
      },
    );
  });
});
