import { canonicalJson } from './canonical-json';
import { sha256Hex } from './hash';
import type { Text } from './i18n/translate';

/**
 * The custody log: an append-only list of events, each bound to the one before
 * by its hash. Pure: it takes events and returns events or a verdict, so the
 * extension, the pack verifier and the tests share it.
 */
/**
 * The types the store writes. What each means, its details, who writes it and
 * where it may stand in a pack is the one list, utils/pack/custody-events.ts,
 * which the type checker holds to exactly these types.
 */
export const CUSTODY_EVENT_TYPES = [
  'captured',
  'annotated',
  'exported',
  'deleted',
  'key-rotated',
  'run-started',
  'run-ended',
  'not-found',
] as const;
export type CustodyEventType = (typeof CUSTODY_EVENT_TYPES)[number];

/** The `prevHash` of the first event. */
export const GENESIS_HASH = '0'.repeat(64);

export interface CustodyEvent {
  seq: number;
  type: CustodyEventType;
  /** ISO 8601 UTC with milliseconds. */
  at: string;
  /** The install id of the Dokaz that wrote the event. */
  actor: string;
  captureId: string | null;
  /** SHA-256 of what the event is about: a `captured` event's capture record, or this event's `details`. */
  payloadSha256: string;
  /** Small facts kept in the log itself (a deletion's reason and the old hashes). */
  details?: Record<string, unknown>;
  prevHash: string;
  hash: string;
}

export type NewCustodyEvent = Omit<CustodyEvent, 'seq' | 'prevHash' | 'hash'>;

export type ChainVerdict =
  | { intact: true; length: number; headHash: string }
  | {
      intact: false;
      length: number;
      brokenAt: number;
      /** In English, for logs and tests. */
      reason: string;
      /** What is wrong, for the reader's language. */
      problem: Text;
    };

export function hashEvent(event: Omit<CustodyEvent, 'hash'>): Promise<string> {
  const { seq, type, at, actor, captureId, payloadSha256, details, prevHash } = event;
  return sha256Hex(canonicalJson({ seq, type, at, actor, captureId, payloadSha256, details, prevHash }));
}

export async function chainEvent(
  previous: Pick<CustodyEvent, 'seq' | 'hash'> | undefined,
  event: NewCustodyEvent,
): Promise<CustodyEvent> {
  const linked = { ...event, seq: previous ? previous.seq + 1 : 1, prevHash: previous ? previous.hash : GENESIS_HASH };
  return { ...linked, hash: await hashEvent(linked) };
}

/** Checks a whole log, ordered by `seq`, and names the first event that does not hold. */
export async function verifyChain(events: readonly CustodyEvent[]): Promise<ChainVerdict> {
  let prevHash = GENESIS_HASH;
  for (const [index, event] of events.entries()) {
    const broken = (reason: string, problem: Text): ChainVerdict => ({
      intact: false,
      length: events.length,
      brokenAt: index + 1,
      reason: `event #${index + 1}: ${reason}`,
      problem,
    });
    if (event.seq !== index + 1) {
      return broken(`sequence number is ${event.seq}, expected ${index + 1}`, {
        key: 'custody.problem.seq',
        params: { seq: String(event.seq), expected: String(index + 1) },
      });
    }
    if (!(CUSTODY_EVENT_TYPES as readonly string[]).includes(event.type)) {
      return broken(`unknown type "${event.type}"`, {
        key: 'custody.problem.type',
        params: { type: String(event.type) },
      });
    }
    if (event.prevHash !== prevHash) {
      return broken('prevHash does not match the previous event', { key: 'custody.problem.prevHash' });
    }
    const { hash, ...rest } = event;
    if ((await hashEvent(rest)) !== hash) {
      return broken('its hash does not match its contents', { key: 'custody.problem.hash' });
    }
    if (event.details !== undefined && event.type !== 'captured') {
      if ((await sha256Hex(canonicalJson(event.details))) !== event.payloadSha256) {
        return broken('payloadSha256 does not match its details', { key: 'custody.problem.details' });
      }
    }
    prevHash = hash;
  }
  return { intact: true, length: events.length, headHash: prevHash };
}
