import { sealedToPublic } from '../crypto/vault';
import type { StoreCodec } from './codec';
import { plainCodec } from './codec';
import { custodyRowOf, eventOf, isOlderForm, type StoredCustody } from './custody-rows';
import type { DokazDb } from './db';
import { isSealedValue } from './vault-codec';

/** Captures made while locked, whose search docs and catalogue wait for the unlock. */
export const PENDING = 'pendingCaseWork';
/** Those of them that go into the case active at the unlock (the active case is sealed while locked). */
export const PENDING_CASE = 'pendingActiveCase';
/** The active case's id (utils/store/case-work.ts): a row of `meta` sealed like the tables' rows. */
export const ACTIVE_CASE = 'activeCaseId';
export const SEALED_META = [ACTIVE_CASE] as const;
export const SEALED_TABLES = [
  'captures',
  'artifacts',
  'cases',
  'annotations',
  'searchDocs',
  'chats',
  'accounts',
  'custody',
  'blobs',
  'messages',
  'runs',
] as const;
/** The tables whose rows are keyed by a catalogue key, kept as its HMAC while a passphrase is set. */
const CATALOGUE_TABLES: ReadonlySet<string> = new Set(['chats', 'accounts', 'messages']);
const CHUNK = 100;

export interface ResealContext {
  db: DokazDb;
  /** The codec that seals under the data key (and opens whatever the store holds). */
  sealing: StoreCodec;
  /** A catalogue row's key: its HMAC when sealed, the catalogue key when plain (lock.ts). */
  rowKey(plain: string, to: 'sealed' | 'plain'): Promise<string>;
  /** Whether the data key is at hand (unlocked). */
  hasDataKey(): Promise<boolean>;
}

/**
 * The lock's re-sealing (lock.ts): every row, a chunk at a time, into the form a passphrase or its absence asks for,
 * and, at an unlock, what was captured while locked (sealed to the public key) into the data key's.
 */
export function createResealer(ctx: ResealContext) {
  const { db, sealing, rowKey } = ctx;

  /**
   * One row re-sealed: `to` "sealed" (under the data key) or "plain". Fields
   * already so are left alone; one sealed to the public key (captured while
   * locked) is sealed under the data key; a catalogue row's key becomes its
   * HMAC, or its catalogue key again. The row as it is to be written, and the
   * key it leaves, or null when nothing changes.
   */
  async function resealRow(
    name: string,
    row: Record<string, unknown>,
    to: 'sealed' | 'plain',
  ): Promise<{ next: Record<string, unknown>; left: string | null } | null> {
    const target: StoreCodec = to === 'sealed' ? sealing : plainCodec;
    let next = { ...row };
    let touched = false;
    let left: string | null = null;
    if (name === 'custody' && isOlderForm(row as unknown as StoredCustody)) {
      // A custody event kept whole, or with its hashes plain: into the form that seals them (custody-rows.ts).
      [next, touched] = [
        { ...(await custodyRowOf(await eventOf(row as unknown as StoredCustody, sealing), target)) },
        true,
      ];
    }
    if (CATALOGUE_TABLES.has(name)) {
      const entry = (await sealing.openRecord(row.body)) as { key: string; chatKey?: string };
      next.key = await rowKey(entry.key, to);
      // A chat's message is found by its chat's key too (db.ts, MessageRow).
      if (entry.chatKey !== undefined) next.chat = await rowKey(entry.chatKey, to);
      if (next.key !== row.key) [left, touched] = [row.key as string, true];
    }
    for (const field of ['body', 'data'] as const) {
      if (!(field in next)) continue;
      const value = next[field];
      // An artifact whose bytes are a shared file's has none of its own (db.ts).
      if (value === null) continue;
      const sealedNow = isSealedValue(value);
      if (to === 'plain' ? !sealedNow : sealedNow && !sealedToPublic(value)) continue;
      next[field] =
        field === 'data'
          ? await target.sealBytes(await sealing.openBytes(value as Blob | Uint8Array<ArrayBuffer>))
          : await target.sealRecord(await sealing.openRecord(value));
      touched = true;
    }
    return touched ? { next, left } : null;
  }

  /** Writes re-sealed rows of one table together: those whose key changed leave their old key. */
  async function writeResealed(
    name: string,
    resealed: ({ next: Record<string, unknown>; left: string | null } | null)[],
  ) {
    const done = resealed.filter((row) => row !== null);
    if (done.length === 0) return;
    const table = db.table(name);
    await db.transaction('rw', table, async () => {
      const left = done.flatMap((row) => (row.left === null ? [] : [row.left]));
      if (left.length) await table.bulkDelete(left);
      await table.bulkPut(done.map((row) => row.next));
    });
  }

  /** The sealed rows of `meta`: values sealed like a record, re-sealed like one. */
  async function resealMeta(to: 'sealed' | 'plain', serially: <T>(work: () => Promise<T>) => Promise<T>) {
    await serially(async () => {
      for (const key of SEALED_META) {
        const row = await db.meta.get(key);
        if (!row) continue;
        const value = row.value;
        const sealedNow = isSealedValue(value);
        // Sealed to the capture public key opens only while unlocked: while locked it stays as it is.
        const keep = sealedNow && (!sealedToPublic(value) || !(await ctx.hasDataKey()));
        if (to === 'plain' ? !sealedNow : keep) continue;
        const opened = await sealing.openRecord(value);
        await db.meta.put({ key, value: to === 'plain' ? opened : await sealing.sealRecord(opened) });
      }
    });
  }

  /** Re-seals every row of the sealed tables, a chunk at a time (resealRow), and the sealed rows of `meta`. */
  async function resealAll(to: 'sealed' | 'plain', serially: <T>(work: () => Promise<T>) => Promise<T>) {
    await resealMeta(to, serially);
    for (const name of SEALED_TABLES) {
      const table = db.table(name);
      const primary = table.schema.primKey.keyPath as string;
      let after: unknown = undefined;
      for (;;) {
        const done = await serially(async () => {
          const rows = (
            after === undefined
              ? await table.orderBy(primary).limit(CHUNK).toArray()
              : await table.where(primary).above(after).limit(CHUNK).toArray()
          ) as Record<string, unknown>[];
          if (rows.length === 0) return true;
          after = rows.at(-1)![primary];
          await writeResealed(name, await Promise.all(rows.map((row) => resealRow(name, row, to))));
          return rows.length < CHUNK;
        });
        if (done) break;
      }
    }
  }

  /**
   * What a capture made while locked sealed to the public key, sealed under
   * the data key: its record, its files, the annotation the active case gave
   * it and their custody events. Only those rows are read (an unlock of a store of 10,000 captures
   * that re-read every row took 0.8-0.9 s).
   */
  async function resealCapturedWhileLocked(serially: <T>(work: () => Promise<T>) => Promise<T>) {
    // Read in the writers' queue: a capture made while locked may still be writing when the unlock comes.
    const pending = await serially(async () => ((await db.meta.get(PENDING))?.value as string[] | undefined) ?? []);
    for (const id of pending) {
      await serially(async () => {
        const [capture, artifacts, annotation, events] = await Promise.all([
          db.captures.get(id),
          db.artifacts.where('captureId').equals(id).toArray(),
          db.annotations.get(id),
          db.custody.where('captureId').equals(id).toArray(),
        ]);
        const reseal = async (name: string, rows: unknown[]) =>
          writeResealed(
            name,
            await Promise.all(rows.map((row) => resealRow(name, row as Record<string, unknown>, 'sealed'))),
          );
        await reseal('captures', capture ? [capture] : []);
        await reseal('artifacts', artifacts);
        const shared = [...new Set(artifacts.flatMap((a) => (a.blob ? [a.blob] : [])))];
        await reseal(
          'blobs',
          (await db.blobs.bulkGet(shared)).filter((b) => b !== undefined),
        );
        await reseal('annotations', annotation ? [annotation] : []);
        await reseal('custody', events);
      });
    }
  }

  return { resealAll, resealMeta, resealCapturedWhileLocked };
}
