// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '@/utils/canonical-json';
import { IntegrityError, StoreError } from '@/utils/errors';
import { sha256Hex } from '@/utils/hash';
import { createStore } from '@/utils/store';
import { plainCodec } from '@/utils/store/codec';
import { makeCapture } from '../../factories';
import { useTestStore } from '../test-store';

const testStore = useTestStore();

describe('store', () => {
  it('keeps a capture, its artifacts and its captured event together', async () => {
    const { record, data } = await makeCapture();
    const saved = await testStore.store.saveCapture(record, data);
    expect(saved.recordSha256).toBe(await sha256Hex(canonicalJson(record)));

    const view = await testStore.store.getCapture(record.id);
    expect(view).toEqual({ ...record, recordSha256: saved.recordSha256 });
    for (const artifact of record.artifacts) {
      const blob = await testStore.store.getArtifactData(artifact.id);
      expect(await sha256Hex(blob!)).toBe(artifact.sha256);
    }
    const [event] = await testStore.store.custodyLog();
    expect(event).toMatchObject({
      seq: 1,
      type: 'captured',
      captureId: record.id,
      payloadSha256: saved.recordSha256,
      actor: record.actor,
    });
    expect(await testStore.store.verifyCustody()).toMatchObject({ intact: true, length: 1 });
  });

  it('stores nothing of a capture whose artifact write fails', async () => {
    const first = await makeCapture();
    await testStore.store.saveCapture(first.record, first.data);

    const { record, data } = await makeCapture({}, ['a', 'b', 'c']);
    let writes = 0;
    testStore.db.artifacts.hook('creating', () => {
      if (++writes === 2) throw new Error('QuotaExceededError: the disk is full');
    });
    await expect(testStore.store.saveCapture(record, data)).rejects.toThrow(StoreError);

    expect(await testStore.store.getCapture(record.id)).toBeNull();
    expect(await testStore.db.artifacts.where('captureId').equals(record.id).count()).toBe(0);
    expect(await testStore.store.countCaptures()).toBe(1);
    expect((await testStore.store.custodyLog()).map((e) => e.captureId)).toEqual([first.record.id]);
    expect(await testStore.store.verifyCustody()).toMatchObject({ intact: true, length: 1 });

    // The store still takes the next capture, chained to the last good event.
    const next = await makeCapture();
    await testStore.store.saveCapture(next.record, next.data);
    expect(await testStore.store.verifyCustody()).toMatchObject({ intact: true, length: 2 });
  });

  it('refuses a record whose artifact bytes are missing', async () => {
    const { record } = await makeCapture();
    await expect(testStore.store.saveCapture(record, new Map())).rejects.toThrow(/missing/);
    expect(await testStore.store.countCaptures()).toBe(0);
  });

  it('chains captures made at the same moment one after another', async () => {
    const captures = await Promise.all(Array.from({ length: 8 }, () => makeCapture()));
    await Promise.all(captures.map(({ record, data }) => testStore.store.saveCapture(record, data)));
    const log = await testStore.store.custodyLog();
    expect(log.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(await testStore.store.verifyCustody()).toMatchObject({ intact: true, length: 8 });
  });

  it('fails loudly, and keeps nothing, when the log changed under a write', async () => {
    const first = await makeCapture();
    await testStore.store.saveCapture(first.record, first.data);
    const intruder = { ...(await testStore.store.custodyLog())[0]!, seq: 2, captureId: 'intruder' };
    // The codec runs after the next event is prepared and before it is written:
    // a second writer (which the background never has) slips in there.
    let raced = false;
    const racing = createStore({
      db: testStore.db,
      codec: {
        ...plainCodec,
        sealRecord: async (value) => {
          if (!raced) await testStore.db.custody.add(intruder);
          raced = true;
          return value;
        },
      },
    });
    const { record, data } = await makeCapture();
    await expect(racing.saveCapture(record, data)).rejects.toThrow(IntegrityError);
    expect(await testStore.store.getCapture(record.id)).toBeNull();
    expect(await testStore.db.artifacts.where('captureId').equals(record.id).count()).toBe(0);
    expect((await testStore.store.custodyLog()).map((e) => e.captureId)).toEqual([first.record.id, 'intruder']);
  });

  it('deletes a capture but appends a deleted event with the reason and the old hashes', async () => {
    const { record, data } = await makeCapture();
    const saved = await testStore.store.saveCapture(record, data);
    await testStore.store.deleteCapture(record.id, 'captured the wrong post');

    expect(await testStore.store.getCapture(record.id)).toBeNull();
    expect(await testStore.db.artifacts.count()).toBe(0);
    const [, deleted] = await testStore.store.custodyLog();
    expect(deleted).toMatchObject({
      seq: 2,
      type: 'deleted',
      captureId: record.id,
      details: {
        reason: 'captured the wrong post',
        recordSha256: saved.recordSha256,
        artifacts: record.artifacts.map((a) => ({ name: a.name, kind: a.kind, sha256: a.sha256 })),
      },
    });
    expect(await testStore.store.verifyCustody()).toMatchObject({ intact: true, length: 2 });
  });

  it('lists captures last stored first, by an order that holds no time', async () => {
    for (const at of ['2026-11-01T00:00:00.000Z', '2026-11-03T00:00:00.000Z', '2026-11-02T00:00:00.000Z']) {
      const { record, data } = await makeCapture({ capturedAt: at });
      await testStore.store.saveCapture(record, data);
    }
    const list = await testStore.store.listCaptures();
    // The order they were stored in (the custody log's), not their clocks: no time is kept in the clear to sort by.
    expect(list.map((c) => c.capturedAt)).toEqual([
      '2026-11-02T00:00:00.000Z',
      '2026-11-03T00:00:00.000Z',
      '2026-11-01T00:00:00.000Z',
    ]);
    expect(list[0]!.thumbnailArtifactId).not.toBeNull();
    const rows = await testStore.db.captures.orderBy('order').toArray();
    expect(rows.map((row) => Object.keys(row).sort())).toEqual(Array(3).fill(['body', 'id', 'order']));
    const log = await testStore.store.custodyLog();
    expect(rows.map((row) => row.order)).toEqual(log.map((event) => event.seq));
  });

  it('keeps one install id', async () => {
    const id = await testStore.store.installId();
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await createStore({ db: testStore.db }).installId()).toBe(id);
  });

  it("notices a capture record changed behind the log's back", async () => {
    for (let i = 0; i < 3; i++) {
      const { record, data } = await makeCapture();
      await testStore.store.saveCapture(record, data);
    }
    const second = (await testStore.store.custodyLog())[1]!;
    const row = (await testStore.db.captures.get(second.captureId!))!;
    await testStore.db.captures.put({
      ...row,
      body: { ...(row.body as object), capturedAt: '2020-01-01T00:00:00.000Z' },
    });
    expect(await testStore.store.verifyCustody()).toMatchObject({
      intact: false,
      brokenAt: 2,
      reason: expect.stringMatching(/changed/),
    });
  });

  it('notices a capture that the log does not know', async () => {
    const { record, data } = await makeCapture();
    await testStore.store.saveCapture(record, data);
    await testStore.db.captures.add({
      id: 'smuggled',
      order: 99,
      body: { ...record, id: 'smuggled' },
    });
    expect(await testStore.store.verifyCustody()).toMatchObject({
      intact: false,
      brokenAt: 2,
      reason: expect.stringMatching(/smuggled/),
    });
  });
});
