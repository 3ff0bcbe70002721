import type { CustodyEvent } from '../custody';
import type { StoreCodec } from './codec';

/**
 * A custody event as the store keeps it (the victim-safety issue): what the
 * chain needs to grow while Dokaz is locked (its sequence number and hashes)
 * and what a capture's events are found by (its id) stay plain; what the event
 * says (its type, time, actor, payload hash and details, a deletion's reason
 * among them) is sealed by the store's codec, like a record. The chain is
 * checked on the events opened, exactly as before. A row written before this
 * form (the whole event, plain) is read as it is.
 */
export interface CustodyRow {
  seq: number;
  captureId: string | null;
  prevHash: string;
  hash: string;
  body: unknown;
}

export type StoredCustody = CustodyRow | CustodyEvent;

export async function custodyRowOf(event: CustodyEvent, codec: StoreCodec): Promise<CustodyRow> {
  const { seq, captureId, prevHash, hash, ...said } = event;
  return { seq, captureId, prevHash, hash, body: await codec.sealRecord(said) };
}

export async function eventOf(row: StoredCustody, codec: StoreCodec): Promise<CustodyEvent> {
  if (!('body' in row)) return row;
  const { body, ...kept } = row;
  const said = (await codec.openRecord(body)) as Omit<CustodyEvent, 'seq' | 'captureId' | 'prevHash' | 'hash'>;
  // In the order an event's members have always had, so that a log reads as before.
  const { type, at, actor, payloadSha256, details } = said;
  return {
    seq: kept.seq,
    type,
    at,
    actor,
    captureId: kept.captureId,
    payloadSha256,
    ...(details === undefined ? {} : { details }),
    prevHash: kept.prevHash,
    hash: kept.hash,
  };
}
