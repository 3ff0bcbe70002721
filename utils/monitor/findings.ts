import type { MessageEntry } from '../case-work/message-versions';
import type { RunRecord } from '../case-work/runs';
import type { Store } from '../store';
import { LockedError } from '../store/vault-codec';
import { notFoundIn } from './not-found';
import { unlessLocked } from './run-state';

/**
 * What a run found beyond what it documented: the messages documented before that it no longer found (a `not-found`
 * custody event each), recorded as it ends; and, for a run made while Dokaz was locked, which could read nothing
 * documented before, all of it worked out at the next unlock from what the run saw (`run.sight`).
 */
export function createFindings(store: Store, now: () => Date) {
  /** The messages of `known` the run no longer found, each recorded once, and listed in the run's own record. */
  async function recordNotFound(
    run: RunRecord,
    known: ReadonlyMap<number, MessageEntry>,
    present: ReadonlySet<number>,
    adjacent: ReadonlySet<string>,
    seenAt?: string,
  ): Promise<void> {
    for (const { entry, before, after } of notFoundIn(known, present, adjacent)) {
      const details = {
        runId: run.id,
        chatKey: run.chatKey,
        chatPeerId: run.chatPeerId,
        messageId: entry.messageId,
        before,
        after,
      };
      try {
        await store.recordNotFound(entry, details, now().toISOString(), seenAt);
      } catch (error) {
        // Locked meanwhile: the index is sealed, and the claim waits for a run made unlocked.
        if (error instanceof LockedError) return;
        throw error;
      }
      run.notFound.push({ chatPeerId: run.chatPeerId, messageId: entry.messageId });
    }
  }

  /**
   * At an unlock, each run made while locked: which of its captures are unchanged since the version before them and
   * which are new versions (by the message index, which the unlock has brought up to date), and which messages
   * documented before it no longer found where the page showed their neighbours side by side. The `not-found` event
   * is written now; the message's entry says when the run saw its place empty.
   */
  async function settleLocked(): Promise<void> {
    for (const run of (await unlessLocked(() => store.runsToSettle())) ?? []) {
      const sight = run.sight!;
      const known = run.chatKey ? await store.chatMessages(run.chatKey) : new Map<number, MessageEntry>();
      let [unchanged, newVersions] = [0, 0];
      for (const entry of known.values()) {
        entry.versions.forEach((version, i) => {
          if (version.runId !== run.id || i === 0) return;
          if (version.fingerprint === entry.versions[i - 1]!.fingerprint) unchanged += 1;
          else newVersions += 1;
        });
      }
      if (sight.wholeHistory && run.chatKey) {
        await recordNotFound(run, known, new Set(sight.present), new Set(sight.adjacent), run.endedAt ?? undefined);
      }
      await store.updateRun({ ...run, unchanged, newVersions, sight: null });
    }
  }

  return { recordNotFound, settleLocked };
}
