// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { StoreError } from '@/utils/errors';
import { sha256Hex } from '@/utils/hash';
import type { CaptureRecord } from '@/utils/evidence/record';
import { newRun, type RunRecord } from '@/utils/case-work/runs';
import type { SharedFile } from '@/utils/store/capture-writes';
import { makeCapture, telegramMessage } from '../../factories';
import { useTestStore, withSessionStore } from '../test-store';

const testStore = useTestStore();

/** The bytes of each shared file the tests make, by its id: what a capture that only names one lists. */
const bytesOf = new Map<string, Blob>();

/** A capture of Telegram message `messageId` whose files are the given shared files (the first gives the bytes). */
async function messageCapture(messageId: number, text: string, files: SharedFile[], runId: string | null = null) {
  const { record } = await makeCapture(
    {},
    files.map(() => 'x'),
  );
  const data = new Map<string, Blob | SharedFile>();
  const artifacts = await Promise.all(
    record.artifacts.map(async (artifact, i) => {
      const file = files[i]!;
      data.set(artifact.id, file);
      if (file.bytes) bytesOf.set(file.blobId, file.bytes);
      const bytes = bytesOf.get(file.blobId) ?? new Blob([]);
      return { ...artifact, size: bytes.size, sha256: await sha256Hex(bytes) };
    }),
  );
  const structured = telegramMessage({ messageId, text });
  const full: CaptureRecord = {
    ...record,
    artifacts,
    post: { ...record.post, structured, extractor: structured.extractor },
    run: runId ? { id: runId } : null,
  };
  return { record: full, data };
}

function aRun(id = crypto.randomUUID()): RunRecord {
  const options = { direction: 'older' as const, limit: null, until: null, fromMessageId: null };
  return {
    ...newRun(id, 'https://web.telegram.org/k/#@smokva_grupa', options, '2026-11-23T12:00:00.000Z'),
    chatKey: 'peer:-1001987654321',
    chatTitle: 'Smokva',
    chatPeerId: -1001987654321,
  };
}

describe('files shared by captures', () => {
  it('keeps a file several captures list once, and deletes it with the last of them', async () => {
    const { store, db } = testStore;
    const screen: SharedFile = { blobId: crypto.randomUUID(), bytes: new Blob(['one screen'], { type: 'image/png' }) };
    const first = await messageCapture(1001, 'first', [screen]);
    const second = await messageCapture(1002, 'second', [{ blobId: screen.blobId }]);
    await store.saveCapture(first.record, first.data);
    await store.saveCapture(second.record, second.data);

    expect(await db.blobs.count()).toBe(1);
    for (const record of [first.record, second.record]) {
      const bytes = await store.getArtifactData(record.artifacts[0]!.id);
      expect(await sha256Hex(bytes!)).toBe(record.artifacts[0]!.sha256);
    }

    await store.deleteCapture(first.record.id, 'test');
    expect(await db.blobs.count()).toBe(1);
    expect(await store.getArtifactData(second.record.artifacts[0]!.id)).not.toBeNull();
    await store.deleteCapture(second.record.id, 'test');
    expect(await db.blobs.count()).toBe(0);
    expect(await store.verifyCustody()).toMatchObject({ intact: true });
  });

  it('refuses a capture that names a shared file the store does not hold, and keeps nothing of it', async () => {
    const { store, db } = testStore;
    const orphan = await messageCapture(1001, 'first', [{ blobId: crypto.randomUUID() }]);
    await expect(store.saveCapture(orphan.record, orphan.data)).rejects.toThrow(StoreError);
    expect(await store.countCaptures()).toBe(0);
    expect(await db.artifacts.count()).toBe(0);
    expect(await store.custodyLog()).toEqual([]);
  });
});

describe('the message index', () => {
  it('lists each capture of a chat message as a version, and forgets a deleted one', async () => {
    const { store } = testStore;
    const a = await messageCapture(2047, 'the text', [{ blobId: crypto.randomUUID(), bytes: new Blob(['a']) }]);
    const b = await messageCapture(2047, 'the text, edited', [{ blobId: crypto.randomUUID(), bytes: new Blob(['b']) }]);
    b.record.capturedAt = '2026-11-24T12:00:00.000Z';
    await store.saveCapture(a.record, a.data);
    await store.saveCapture(b.record, b.data);

    const chat = await store.chatMessages('peer:-1001987654321');
    const entry = chat.get(2047)!;
    expect(entry.versions.map((v) => v.captureId)).toEqual([a.record.id, b.record.id]);
    expect(entry.versions[0]!.fingerprint).not.toBe(entry.versions[1]!.fingerprint);

    await store.deleteCapture(a.record.id, 'test');
    expect((await store.chatMessages('peer:-1001987654321')).get(2047)!.versions.map((v) => v.captureId)).toEqual([
      b.record.id,
    ]);
    await store.deleteCapture(b.record.id, 'test');
    expect((await store.chatMessages('peer:-1001987654321')).size).toBe(0);
  });

  it('indexes, once, the captures stored before the index existed', async () => {
    const { store, db } = testStore;
    const old = await messageCapture(7, 'before runs', [{ blobId: crypto.randomUUID(), bytes: new Blob(['o']) }]);
    await store.saveCapture(old.record, old.data);
    await db.messages.clear(); // as a store of version 4 has it
    await store.indexMessages();
    expect((await store.chatMessages('peer:-1001987654321')).get(7)?.versions).toHaveLength(1);
  });

  it('is keyed by HMAC with a passphrase set, and a capture made while locked joins it at the unlock', async () => {
    await withSessionStore(async (db, store) => {
      await store.setPassphrase('четири збора за лозинка');
      const before = await messageCapture(11, 'seen', [{ blobId: crypto.randomUUID(), bytes: new Blob(['1']) }]);
      await store.saveCapture(before.record, before.data);
      const [row] = await db.messages.toArray();
      expect(row!.key).not.toContain('peer:');
      expect(JSON.stringify(row)).not.toContain('-1001987654321');

      await store.lock();
      const locked = await messageCapture(12, 'while locked', [
        { blobId: crypto.randomUUID(), bytes: new Blob(['2']) },
      ]);
      await store.saveCapture(locked.record, locked.data);
      await store.unlock('четири збора за лозинка');
      const chat = await store.chatMessages('peer:-1001987654321');
      expect([...chat.keys()].sort()).toEqual([11, 12]);
      expect(await store.getArtifactData(locked.record.artifacts[0]!.id)).not.toBeNull();
    });
  });
});

describe('runs in the custody log', () => {
  it('writes run-started and run-ended around the run, and not-found about the latest capture', async () => {
    const { store } = testStore;
    const run = aRun();
    const gone = await messageCapture(30, 'later deleted', [{ blobId: crypto.randomUUID(), bytes: new Blob(['g']) }]);
    await store.saveCapture(gone.record, gone.data);
    await store.startRun(run, { runId: run.id });
    const entry = (await store.chatMessages('peer:-1001987654321')).get(30)!;
    await store.recordNotFound(entry, { runId: run.id, messageId: 30 }, '2026-11-23T12:01:00.000Z');
    await store.endRun({ ...run, state: 'done', endedAt: '2026-11-23T12:02:00.000Z' }, { runId: run.id });

    const log = await store.custodyLog();
    expect(log.map((e) => e.type)).toEqual(['captured', 'run-started', 'not-found', 'run-ended']);
    expect(log[2]!.captureId).toBe(gone.record.id);
    expect(await store.verifyCustody()).toMatchObject({ intact: true });
    expect((await store.chatMessages('peer:-1001987654321')).get(30)!.notFound).toEqual([
      { runId: run.id, at: '2026-11-23T12:01:00.000Z' },
    ]);
    expect((await store.getRun(run.id))?.state).toBe('done');
    expect(await store.unfinishedRuns()).toEqual([]);
  });

  it('records nothing of a message whose captures were deleted while the run went on', async () => {
    const { store, db } = testStore;
    const run = aRun();
    const gone = await messageCapture(31, 'deleted meanwhile', [
      { blobId: crypto.randomUUID(), bytes: new Blob(['d']) },
    ]);
    await store.saveCapture(gone.record, gone.data);
    const entry = (await store.chatMessages('peer:-1001987654321')).get(31)!;
    await store.deleteCapture(gone.record.id, 'test');
    await store.recordNotFound(entry, { runId: run.id, messageId: 31 }, '2026-11-23T12:01:00.000Z');
    expect((await store.custodyLog()).map((e) => e.type)).toEqual(['captured', 'deleted']);
    expect(await db.messages.count()).toBe(0);
  });
});
