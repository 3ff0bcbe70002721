import { describe, expect, it } from 'vitest';
import { canonicalJson } from '@/utils/canonical-json';
import { chainEvent, GENESIS_HASH, verifyChain, type CustodyEvent } from '@/utils/custody';
import { sha256Hex } from '@/utils/hash';

async function makeChain(length: number): Promise<CustodyEvent[]> {
  const events: CustodyEvent[] = [];
  for (let i = 0; i < length; i++) {
    const deleted = i % 3 === 2;
    const details = deleted ? { reason: `duplicate ${i}`, recordSha256: 'a'.repeat(64) } : undefined;
    events.push(
      await chainEvent(events.at(-1), {
        type: deleted ? 'deleted' : 'captured',
        at: new Date(Date.UTC(2026, 10, 23, 12, 0, i)).toISOString(),
        actor: 'install-1',
        captureId: `capture-${i}`,
        payloadSha256: details ? await sha256Hex(canonicalJson(details)) : await sha256Hex(`record ${i}`),
        ...(details ? { details } : {}),
      }),
    );
  }
  return events;
}

/** Every way of changing one field of one event to another value of the same type. */
function tamperings(event: CustodyEvent): [string, CustodyEvent][] {
  const changed: [string, CustodyEvent][] = [
    ['seq', { ...event, seq: event.seq + 1 }],
    ['type', { ...event, type: event.type === 'captured' ? 'deleted' : 'captured' }],
    ['at', { ...event, at: '2020-01-01T00:00:00.000Z' }],
    ['actor', { ...event, actor: 'someone-else' }],
    ['captureId', { ...event, captureId: 'capture-x' }],
    ['payloadSha256', { ...event, payloadSha256: 'b'.repeat(64) }],
    ['prevHash', { ...event, prevHash: 'c'.repeat(64) }],
    ['hash', { ...event, hash: 'd'.repeat(64) }],
    ['details', { ...event, details: { reason: 'something else' } }],
  ];
  return changed;
}

describe('custody chain', () => {
  it('links each event to the one before, from the genesis hash', async () => {
    const events = await makeChain(4);
    expect(events.map((e) => e.seq)).toEqual([1, 2, 3, 4]);
    expect(events[0]!.prevHash).toBe(GENESIS_HASH);
    expect(events[2]!.prevHash).toBe(events[1]!.hash);
    expect(await verifyChain(events)).toEqual({ intact: true, length: 4, headHash: events[3]!.hash });
  });

  it('is intact when empty', async () => {
    expect(await verifyChain([])).toMatchObject({ intact: true, length: 0 });
  });

  it('names the event when any field of any event is tampered with', async () => {
    const events = await makeChain(6);
    for (let index = 0; index < events.length; index++) {
      for (const [field, tampered] of tamperings(events[index]!)) {
        const chain = events.with(index, tampered);
        const verdict = await verifyChain(chain);
        expect(verdict, `${field} of event #${index + 1}`).toMatchObject({ intact: false, brokenAt: index + 1 });
      }
    }
  });

  it('names a dropped, reordered or inserted event', async () => {
    const events = await makeChain(5);
    expect(await verifyChain(events.toSpliced(2, 1))).toMatchObject({ intact: false, brokenAt: 3 });
    expect(await verifyChain([events[0]!, events[2]!, events[1]!, ...events.slice(3)])).toMatchObject({ brokenAt: 2 });
    const forged = await chainEvent(events[1], {
      type: 'captured',
      at: 'x',
      actor: 'a',
      captureId: 'c',
      payloadSha256: 'e',
    });
    expect(await verifyChain([...events.slice(0, 2), forged, ...events.slice(2)])).toMatchObject({ brokenAt: 4 });
  });

  it('catches details changed together with a recomputed hash', async () => {
    const events = await makeChain(3);
    const deleted = events[2]!;
    const { hash: _hash, ...rest } = { ...deleted, details: { reason: 'rewritten' } };
    const rehashed = await chainEvent(events[1], rest);
    const verdict = await verifyChain([events[0]!, events[1]!, rehashed]);
    expect(verdict).toMatchObject({ intact: false, brokenAt: 3 });
    expect(verdict.intact === false && verdict.reason).toMatch(/payloadSha256/);
  });
});
