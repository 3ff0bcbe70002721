import { text } from '../i18n/translate';
import { chainEvent, type CustodyEvent, type NewCustodyEvent } from '../custody';
import { IntegrityError } from '../errors';
import type { StoreCodec } from './codec';
import { custodyRowOf, eventOf, linkEvents, UNLINKED, type CustodyRow } from './custody-rows';
import type { DokazDb } from './db';
import { LockedError } from './vault-codec';

/** How many events of the log's end are read at a time to find those written while locked. */
const TAIL_CHUNK = 100;

/**
 * How the store extends the custody log: the next event is prepared and sealed outside the transaction (WebCrypto
 * would end it), and inside it `putEvent` checks that the head is unchanged. Every call runs in the store's writers'
 * queue (index.ts, `serially`).
 */
export function createCustodyWriter(db: DokazDb, codec: StoreCodec) {
  /** Each event prepared for the log, sealed as it will be kept (custody-rows.ts): WebCrypto would end a transaction. */
  const prepared = new WeakMap<CustodyEvent, CustodyRow>();
  async function sealEvent(event: CustodyEvent): Promise<CustodyEvent> {
    prepared.set(event, await custodyRowOf(event, codec));
    return event;
  }

  /**
   * The last event's place and hash, to chain the next one to; in the writers' queue. Locked, its hash cannot be
   * read: the next event is then written unlinked (custody-rows.ts). Unlocked, an unlinked tail from the locked time
   * is linked first.
   */
  async function head(): Promise<Pick<CustodyEvent, 'seq' | 'hash'> | undefined> {
    const last = await db.custody.orderBy('seq').last();
    if (!last) return undefined;
    let event: CustodyEvent;
    try {
      event = await eventOf(last, codec);
    } catch (error) {
      if (error instanceof LockedError) return { seq: last.seq, hash: UNLINKED };
      throw error;
    }
    if (event.hash !== UNLINKED) return event;
    return (await linkTail()) ?? event;
  }

  /** The event after `previous`: chained to it, or unlinked after an unlinked one. */
  async function chain(previous: Pick<CustodyEvent, 'seq' | 'hash'> | undefined, event: NewCustodyEvent) {
    if (previous?.hash !== UNLINKED) return chainEvent(previous, event);
    return { ...event, seq: previous.seq + 1, prevHash: UNLINKED, hash: UNLINKED };
  }

  /**
   * Keeps the hashes of the events written while locked (the unlinked tail of the log), computed as they would
   * have been; unlocked, in the writers' queue. The new head, or undefined when there was nothing to link.
   */
  async function linkTail(): Promise<CustodyEvent | undefined> {
    const tail: CustodyEvent[] = [];
    let base: CustodyEvent | undefined;
    for (let offset = 0; base === undefined; offset += TAIL_CHUNK) {
      const rows = await db.custody.orderBy('seq').reverse().offset(offset).limit(TAIL_CHUNK).toArray();
      for (const row of rows) {
        const event = await eventOf(row, codec);
        if (event.hash !== UNLINKED) {
          base = event;
          break;
        }
        tail.unshift(event);
      }
      if (rows.length < TAIL_CHUNK) break;
    }
    if (tail.length === 0) return undefined;
    const linked = (await linkEvents(base ? [base, ...tail] : tail)).slice(base ? 1 : 0);
    const rows = await Promise.all(linked.map((event) => custodyRowOf(event, codec)));
    await db.transaction('rw', db.custody, () => db.custody.bulkPut(rows));
    return linked.at(-1);
  }

  /** Prepares the next event outside the transaction (WebCrypto would end it), then checks in it that the head is unchanged. */
  async function nextEvent(event: NewCustodyEvent): Promise<CustodyEvent> {
    return sealEvent(await chain(await head(), event));
  }

  async function putEvent(event: CustodyEvent): Promise<void> {
    const row = prepared.get(event);
    if (!row) throw new Error(`custody event #${event.seq} was not prepared (sealEvent) before its transaction`);
    const head = await db.custody.orderBy('seq').last();
    if ((head?.seq ?? 0) !== event.seq - 1) {
      throw new IntegrityError(text('error.custodyRace', { seq: event.seq }));
    }
    await db.custody.add(row);
  }

  /** The whole log, the hashes of events written while locked computed if they are not kept yet. */
  const readLog = async (): Promise<CustodyEvent[]> =>
    linkEvents(await Promise.all((await db.custody.orderBy('seq').toArray()).map((row) => eventOf(row, codec))));

  return { sealEvent, head, chain, nextEvent, putEvent, readLog, linkTail };
}
