import { canonicalJson } from '../canonical-json';
import type { CustodyEvent, NewCustodyEvent } from '../custody';
import type { CaptureRecord } from '../evidence/record';
import {
  changedMembers,
  factsOfRecord,
  withVersion,
  type MessageEntry,
  type MessageHistory,
} from '../case-work/message-versions';
import type { RunRecord } from '../case-work/runs';
import { sha256Hex } from '../hash';
import type { StoreCodec } from './codec';
import type { DokazDb } from './db';

export interface RunsContext {
  db: DokazDb;
  codec: StoreCodec;
  now: () => Date;
  serially<T>(write: () => Promise<T>): Promise<T>;
  installId(): Promise<string>;
  nextEvent(event: NewCustodyEvent): Promise<CustodyEvent>;
  putEvent(event: CustodyEvent): Promise<void>;
  rowKey(key: string): Promise<string>;
}

/** Where the message index says it was made from the captures stored before runs existed (db.ts, version 5). */
const MESSAGES_INDEXED = 'messagesIndexed';

/**
 * Runs through a chat as the store keeps them: the run's row (sealed), its custody events (`run-started`,
 * `run-ended`, `not-found`), and the message index a run reads to tell a new message from a new version or an
 * unchanged one (utils/case-work/message-versions.ts).
 */
export function createRunWrites(ctx: RunsContext) {
  const { db, codec, now, serially, installId, nextEvent, putEvent, rowKey } = ctx;

  async function event(type: 'run-started' | 'run-ended', details: Record<string, unknown>, at: string) {
    return nextEvent({
      type,
      at,
      actor: await installId(),
      captureId: null,
      payloadSha256: await sha256Hex(canonicalJson(details)),
      details,
    });
  }

  const runRow = async (run: RunRecord) => ({ id: run.id, body: await codec.sealRecord(run) });

  return {
    /** The run's start: its row and its `run-started` event, in one transaction. */
    startRun(run: RunRecord, details: Record<string, unknown>): Promise<void> {
      return serially(async () => {
        const started = await event('run-started', details, run.startedAt);
        const row = await runRow(run);
        await db.transaction('rw', db.runs, db.custody, async () => {
          await db.runs.put(row);
          await putEvent(started);
        });
      });
    },

    /** The run's progress, kept as it goes: an interrupted run keeps what it did. */
    updateRun(run: RunRecord): Promise<void> {
      return serially(async () => {
        const row = await runRow(run);
        await db.runs.put(row);
      });
    },

    /** The run's end: its row and its `run-ended` event with the counts, in one transaction. */
    endRun(run: RunRecord, details: Record<string, unknown>): Promise<void> {
      return serially(async () => {
        const ended = await event('run-ended', details, run.endedAt ?? now().toISOString());
        const row = await runRow(run);
        await db.transaction('rw', db.runs, db.custody, async () => {
          await db.runs.put(row);
          await putEvent(ended);
        });
      });
    },

    /** The runs kept as going or paused: cut short by the browser's closing when no walk carries them on. */
    async unfinishedRuns(): Promise<RunRecord[]> {
      const rows = await db.runs.toArray();
      const runs = await Promise.all(rows.map((row) => codec.openRecord(row.body) as Promise<RunRecord>));
      return runs.filter((run) => run.state === 'running' || run.state === 'paused');
    },

    /** The ended runs made while Dokaz was locked whose findings the unlock has not worked out yet. */
    async runsToSettle(): Promise<RunRecord[]> {
      const rows = await db.runs.toArray();
      const runs = await Promise.all(rows.map((row) => codec.openRecord(row.body) as Promise<RunRecord>));
      return runs.filter((run) => run.sight && run.endedAt !== null);
    },

    async getRun(id: string): Promise<RunRecord | null> {
      const row = await db.runs.get(id);
      return row ? ((await codec.openRecord(row.body)) as RunRecord) : null;
    },

    /**
     * A message documented before that a run no longer found: a `not-found` event about its latest capture, and the
     * run noted in its entry, in one transaction.
     */
    recordNotFound(
      entry: MessageEntry,
      details: Record<string, unknown>,
      at: string,
      /** When the run saw the place empty, when that is earlier than the event (a run made locked). */
      seenAt = at,
    ): Promise<void> {
      return serially(async () => {
        const key = await rowKey(entry.key);
        const stored = await db.messages.get(key);
        // Its captures deleted meanwhile: there is nothing left to say is gone.
        if (!stored) return;
        const current = (await codec.openRecord(stored.body)) as MessageEntry;
        const latest = current.versions.at(-1);
        if (!latest) return;
        const found = await nextEvent({
          type: 'not-found',
          at,
          actor: await installId(),
          captureId: latest.captureId,
          payloadSha256: await sha256Hex(canonicalJson(details)),
          details,
        });
        const next = { ...current, notFound: [...current.notFound, { runId: String(details.runId), at: seenAt }] };
        const row = { key, chat: await rowKey(entry.chatKey), body: await codec.sealRecord(next) };
        await db.transaction('rw', db.messages, db.custody, async () => {
          await db.messages.put(row);
          await putEvent(found);
        });
      });
    },

    /**
     * The versions of the message a capture is, oldest first, each with what it changed from the one before (by the
     * content's members), and the runs that no longer found it; null for a capture that is no chat's message.
     */
    async messageHistory(captureId: string): Promise<MessageHistory | null> {
      const row = await db.captures.get(captureId);
      if (!row) return null;
      const facts = await factsOfRecord((await codec.openRecord(row.body)) as CaptureRecord);
      if (!facts) return null;
      const stored = await db.messages.get(await rowKey(facts.key));
      if (!stored) return null;
      const entry = (await codec.openRecord(stored.body)) as MessageEntry;
      const contents = await Promise.all(
        entry.versions.map(async (version) => {
          const other = await db.captures.get(version.captureId);
          if (!other) return null;
          return (await factsOfRecord((await codec.openRecord(other.body)) as CaptureRecord))?.content ?? null;
        }),
      );
      return {
        messageId: entry.messageId,
        versions: entry.versions.map((version, i) => ({
          ...version,
          changed: i === 0 ? null : changedMembers(contents[i - 1], contents[i]),
        })),
        notFound: entry.notFound,
      };
    },

    /** A chat's documented messages, by message id (LockedError while locked: the index is sealed). */
    async chatMessages(chatKey: string): Promise<Map<number, MessageEntry>> {
      const rows = await db.messages
        .where('chat')
        .equals(await rowKey(chatKey))
        .toArray();
      const entries = await Promise.all(rows.map((row) => codec.openRecord(row.body) as Promise<MessageEntry>));
      return new Map(entries.map((entry) => [entry.messageId, entry]));
    },

    /**
     * Indexes the messages of the captures stored before the index existed, once (unlocked): a run then knows a
     * message right-clicked before it.
     */
    indexMessages(): Promise<void> {
      return serially(async () => {
        if ((await db.meta.get(MESSAGES_INDEXED))?.value === true) return;
        const entries = new Map<string, MessageEntry>();
        for (const row of await db.captures.toArray()) {
          const record = (await codec.openRecord(row.body)) as CaptureRecord;
          const facts = await factsOfRecord(record);
          if (facts) entries.set(facts.key, withVersion(entries.get(facts.key), facts, record));
        }
        const rows = await Promise.all(
          [...entries.values()].map(async (entry) => {
            const key = await rowKey(entry.key);
            const stored = await db.messages.get(key);
            let merged = entry;
            if (stored) {
              const known = (await codec.openRecord(stored.body)) as MessageEntry;
              merged = known;
              for (const v of entry.versions) {
                merged = withVersion(
                  merged,
                  { ...entry, fingerprint: v.fingerprint },
                  {
                    id: v.captureId,
                    capturedAt: v.capturedAt,
                    run: v.runId ? { id: v.runId } : null,
                  },
                );
              }
            }
            return { key, chat: await rowKey(entry.chatKey), body: await codec.sealRecord(merged) };
          }),
        );
        await db.transaction('rw', db.messages, db.meta, async () => {
          await db.messages.bulkPut(rows);
          await db.meta.put({ key: MESSAGES_INDEXED, value: true });
        });
      });
    },
  };
}

export type RunWrites = ReturnType<typeof createRunWrites>;
