// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { chainEvent, type CustodyEvent, type NewCustodyEvent } from '@/utils/custody';
import { IntegrityError } from '@/utils/errors';
import { plainCodec } from '@/utils/store/codec';
import { custodyRowOf, eventOf, isOlderForm, linkEvents, UNLINKED } from '@/utils/store/custody-rows';

const captured = (i: number): NewCustodyEvent => ({
  type: 'captured',
  at: `2026-11-23T12:00:0${i}.000Z`,
  actor: 'install',
  captureId: `capture-${i}`,
  payloadSha256: String(i).repeat(64),
});

async function chained(count: number): Promise<CustodyEvent[]> {
  const events: CustodyEvent[] = [];
  for (let i = 0; i < count; i++) events.push(await chainEvent(events.at(-1), captured(i)));
  return events;
}

const unlinked = (event: CustodyEvent): CustodyEvent => ({ ...event, prevHash: UNLINKED, hash: UNLINKED });

describe('custody rows', () => {
  it('gives events written unlinked the hashes they would have had', async () => {
    const events = await chained(4);
    expect(await linkEvents([events[0]!, events[1]!, unlinked(events[2]!), unlinked(events[3]!)])).toEqual(events);
    expect(await linkEvents(events.map(unlinked))).toEqual(events);
  });

  it('refuses to link across a gap in the sequence', async () => {
    const events = await chained(3);
    await expect(linkEvents([events[0]!, unlinked(events[2]!)])).rejects.toThrow(IntegrityError);
  });

  it('keeps the hashes in the body, none when unlinked, and reads the earlier forms', async () => {
    const [event] = await chained(1);
    const row = await custodyRowOf(event!, plainCodec);
    expect(Object.keys(row).sort()).toEqual(['body', 'captureId', 'seq']);
    expect(row.body).toMatchObject({ prevHash: event!.prevHash, hash: event!.hash });
    expect(await eventOf(row, plainCodec)).toEqual(event);
    const written = await custodyRowOf(unlinked(event!), plainCodec);
    expect(written.body).not.toHaveProperty('hash');
    expect(await eventOf(written, plainCodec)).toEqual(unlinked(event!));

    // The whole event (before events were sealed), and plain hashes beside a body (before the hashes were).
    const { seq, captureId, prevHash, hash, ...said } = event!;
    const older = [event!, { seq, captureId, prevHash, hash, body: said }];
    for (const form of older) {
      expect(isOlderForm(form)).toBe(true);
      expect(await eventOf(form, plainCodec)).toEqual(event);
    }
    expect(isOlderForm(row)).toBe(false);
  });
});
