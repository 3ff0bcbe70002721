import { hashEvent, GENESIS_HASH, type CustodyEvent } from '../custody';
import { IntegrityError } from '../errors';
import { text } from '../i18n/translate';
import type { StoreCodec } from './codec';

/**
 * A custody event as the store keeps it (the victim-safety issue): its
 * sequence number and the capture it is about stay plain (a capture's events
 * are found by it, and the chain grows by it); everything else, its hashes
 * included, is sealed by the store's codec like a record. The hashes are
 * sealed too: a plain hash of fields that can be guessed (a time to the
 * millisecond, a case's id) would confirm the guess, and tell a copy of a
 * locked profile when each capture was made and in which case.
 *
 * So while Dokaz is locked the head's hash cannot be read, and an event is
 * written **unlinked**: with its place (`seq`) but without `prevHash` and
 * `hash`, which are the empty string in memory and absent from its body. Its
 * hashes are those it would have had: computed from its fields and the event
 * before it, in memory when the log is read, and kept at the next write after
 * the unlock (`linkTail` in utils/store/index.ts).
 *
 * Rows of the earlier forms are read as they are: the whole event plain
 * (before events were sealed), and plain hashes beside a sealed body (before
 * the hashes were); the lock re-seals them into this one.
 */
export interface CustodyRow {
  seq: number;
  captureId: string | null;
  body: unknown;
}

/** A row of the form before the hashes were sealed. */
interface RowWithPlainHashes extends CustodyRow {
  prevHash: string;
  hash: string;
}

export type StoredCustody = CustodyRow | RowWithPlainHashes | CustodyEvent;

/** `prevHash` and `hash` of an event written while locked, until it is linked. */
export const UNLINKED = '';

/** What the sealed body holds. */
type Said = Omit<CustodyEvent, 'seq' | 'captureId' | 'prevHash' | 'hash'> & { prevHash?: string; hash?: string };

export async function custodyRowOf(event: CustodyEvent, codec: StoreCodec): Promise<CustodyRow> {
  const { seq, captureId, prevHash, hash, ...said } = event;
  const linked = hash === UNLINKED ? {} : { prevHash, hash };
  return { seq, captureId, body: await codec.sealRecord({ ...said, ...linked }) };
}

/** The event a row keeps; an unlinked one has UNLINKED hashes. LockedError when its body is sealed and Dokaz locked. */
export async function eventOf(row: StoredCustody, codec: StoreCodec): Promise<CustodyEvent> {
  if (!('body' in row)) return row;
  const said = (await codec.openRecord(row.body)) as Said;
  const plain = 'hash' in row ? row : undefined;
  // In the order an event's members have always had, so that a log reads as before.
  const { type, at, actor, payloadSha256, details } = said;
  return {
    seq: row.seq,
    type,
    at,
    actor,
    captureId: row.captureId,
    payloadSha256,
    ...(details === undefined ? {} : { details }),
    prevHash: plain?.prevHash ?? said.prevHash ?? UNLINKED,
    hash: plain?.hash ?? said.hash ?? UNLINKED,
  };
}

/** Whether a row is of an earlier form (the lock re-seals it into this one). */
export function isOlderForm(row: StoredCustody): boolean {
  return !('body' in row) || 'hash' in row;
}

/**
 * The events with the hashes of the unlinked ones computed, each from the one
 * before: what they would have been had the head been readable. An unlinked
 * event must follow the one before it in `seq`, with no gap.
 */
export async function linkEvents(events: readonly CustodyEvent[]): Promise<CustodyEvent[]> {
  const linked: CustodyEvent[] = [];
  for (const event of events) {
    if (event.hash !== UNLINKED) {
      linked.push(event);
      continue;
    }
    const previous = linked.at(-1);
    if ((previous?.seq ?? 0) !== event.seq - 1) {
      throw new IntegrityError(text('error.custodyRace', { seq: event.seq }));
    }
    const withPrevious = { ...event, prevHash: previous?.hash ?? GENESIS_HASH };
    linked.push({ ...withPrevious, hash: await hashEvent(withPrevious) });
  }
  return linked;
}
