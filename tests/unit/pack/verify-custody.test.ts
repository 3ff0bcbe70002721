// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { CustodyEvent } from '@/utils/custody';
import { sha256Hex } from '@/utils/hash';
import type { PackVerdict } from '@/utils/pack/types';
import { formatVerdict } from '@/utils/pack/verify';
import { verifyWith, type Draft } from './custody-log';

/**
 * The custody rules of docs/PACK-FORMAT.md ("Custody event types"), each
 * against a pack whose exporter wrote the offending log and signed it
 * (custody-log.ts): the signatures, the hashes and the chain all hold, so
 * only the rule under test can catch what was done.
 */
/** The failed checks as "id subject". */
const failures = (verdict: PackVerdict) =>
  verdict.checks.filter((check) => !check.ok).map((check) => `${check.id} ${check.subject}`);
const warnings = (verdict: PackVerdict) =>
  verdict.checks.filter((check) => check.warning).map((check) => `${check.id} ${check.subject}`);

const at = (seconds: number) => new Date(Date.UTC(2026, 10, 23, 12, 0, seconds)).toISOString();
const sha = (text: string) => sha256Hex(text);
const annotated = async (captureId: string, actor: string, seconds: number): Promise<Draft> => ({
  type: 'annotated',
  at: at(seconds),
  actor,
  captureId,
  details: { fields: ['note'], beforeSha256: await sha('before'), afterSha256: await sha('after') },
});

describe('the custody rules on a genuine log', () => {
  it('pass, each named, with no warning', async () => {
    const verdict = await verifyWith(({ events }) => events);
    expect(failures(verdict)).toEqual([]);
    expect(warnings(verdict)).toEqual([]);
    for (const id of ['custody-event', 'custody-actor', 'custody-order', 'custody-time', 'custody-clock']) {
      expect(verdict.checks).toContainEqual(expect.objectContaining({ id, ok: true, subject: 'custody.jsonl' }));
    }
  });
});

describe('each event is of a type of the one list, with the details and capture its type has', () => {
  it('an unknown type', async () => {
    const verdict = await verifyWith(({ events: [a, b, x], a: id, actor }) => [
      a!,
      { type: 'forged' as CustodyEvent['type'], at: at(1), actor, captureId: id },
      b!,
      x!,
    ]);
    expect(failures(verdict)).toEqual(['custody-event custody.jsonl event #2']);
    expect(verdict.checks).toContainEqual(
      expect.objectContaining({ message: 'is of type "forged", which is not a custody event of dokaz-pack/1' }),
    );
  });

  it('an annotation whose details are not those of an annotation', async () => {
    const extra = await verifyWith(async ({ events: [a, b, x], a: id, actor }) => {
      const good = await annotated(id, actor, 1);
      return [a!, { ...good, details: { ...good.details, note: 'the victim’s words' } }, b!, x!];
    });
    expect(failures(extra)).toEqual(['custody-event custody.jsonl event #2']);
    expect(extra.checks).toContainEqual(
      expect.objectContaining({ message: 'event.details.note is not a member of this format' }),
    );
    const wrongField = await verifyWith(async ({ events: [a, b, x], a: id, actor }) => {
      const good = await annotated(id, actor, 1);
      return [a!, { ...good, details: { ...good.details, fields: ['photo'] } }, b!, x!];
    });
    expect(failures(wrongField)).toEqual(['custody-event custody.jsonl event #2']);
    const none = await verifyWith(async ({ events: [a, b, x], a: id, actor }) => {
      const { details: _details, ...bare } = await annotated(id, actor, 1);
      return [a!, bare, b!, x!];
    });
    expect(failures(none)).toEqual(['custody-event custody.jsonl event #2']);
  });

  it('a captured event with details', async () => {
    const verdict = await verifyWith(({ events: [a, b, x] }) => [{ ...a!, details: { note: 'x' } }, b!, x!]);
    expect(failures(verdict)).toEqual(['custody-event custody.jsonl event #1']);
  });

  it('an export that names a capture, and an annotation that names none', async () => {
    const verdict = await verifyWith(async ({ events: [a, b, x], a: id, actor }) => [
      a!,
      { ...(await annotated(id, actor, 1)), captureId: null },
      b!,
      { ...x!, captureId: id },
    ]);
    expect(failures(verdict)).toEqual(['custody-event custody.jsonl event #2', 'custody-event custody.jsonl event #4']);
  });
});

describe('every event is the exporter’s', () => {
  it('an event written by another install', async () => {
    const verdict = await verifyWith(async ({ events: [a, b, x], a: id }) => [
      a!,
      await annotated(id, crypto.randomUUID(), 1),
      b!,
      x!,
    ]);
    expect(failures(verdict)).toEqual(['custody-actor custody.jsonl event #2']);
  });
});

describe('every event stands where its type may', () => {
  it('an annotation before its capture’s captured event', async () => {
    const verdict = await verifyWith(async ({ events: [a, b, x], b: id, actor }) => [
      a!,
      await annotated(id, actor, 1),
      b!,
      x!,
    ]);
    expect(failures(verdict)).toEqual(['custody-order custody.jsonl event #2']);
    expect(verdict.checks).toContainEqual(
      expect.objectContaining({ message: expect.stringMatching(/^is a "annotated" event about capture .* before/) }),
    );
  });

  it('an export in the middle of the log, as well as at its end', async () => {
    // An earlier export of the same captures is in the exporter's log, but about no capture: never in a pack.
    const verdict = await verifyWith(({ events: [a, b, x] }) => [a!, { ...x!, at: at(1) }, b!, x!]);
    expect(failures(verdict)).toEqual(['custody-order custody.jsonl event #2']);
  });

  it('an export in the middle of the log only', async () => {
    const verdict = await verifyWith(({ events: [a, b, x] }) => [a!, { ...x!, at: at(1) }, b!]);
    expect(failures(verdict)).toEqual([
      'custody-order custody.jsonl event #2',
      'custody-export custody.jsonl event #3',
    ]);
  });

  it('a deletion, of a capture in the pack, of another, or of none', async () => {
    const details = { reason: 'test', recordSha256: await sha('record'), artifacts: [] };
    const deletion = (captureId: string | null, actor: string): Draft => ({
      type: 'deleted',
      at: at(2),
      actor,
      captureId,
      details,
    });
    const ofNone = await verifyWith(({ events: [a, b, x], actor }) => [a!, deletion(null, actor), b!, x!]);
    expect(failures(ofNone)).toEqual(['custody-event custody.jsonl event #2', 'custody-order custody.jsonl event #2']);
    const ofAnother = await verifyWith(({ events: [a, b, x], actor }) => [
      a!,
      deletion(crypto.randomUUID(), actor),
      b!,
      x!,
    ]);
    expect(failures(ofAnother)).toEqual([
      'custody-captures custody.jsonl event #2',
      'custody-order custody.jsonl event #2',
    ]);
    const ofOne = await verifyWith(({ events: [a, b, x], a: id, actor }) => [a!, deletion(id, actor), b!, x!]);
    expect(failures(ofOne)).toEqual([
      'custody-captures custody.jsonl event #2',
      'custody-order custody.jsonl event #2',
    ]);
  });
});

describe('time', () => {
  it('running backwards from one event to the next: a warning, as a clock set back writes it', async () => {
    // B's capture and its event are stamped before A's annotation: the computer's clock went back 10 s meanwhile.
    const verdict = await verifyWith(async ({ events: [a, b, x], a: id, actor }) => [
      a!,
      await annotated(id, actor, 12),
      b!,
      x!,
    ]);
    expect(failures(verdict)).toEqual([]);
    expect(verdict.ok).toBe(true);
    expect(warnings(verdict)).toEqual(['custody-clock custody.jsonl event #3']);
    expect(verdict.checks).toContainEqual(
      expect.objectContaining({
        id: 'custody-clock',
        ok: true,
        warning: true,
        message: `was written at ${at(3)}, before event #2 (${at(12)}), which comes before it: the computer's clock was set back`,
      }),
    );
    const text = formatVerdict(verdict);
    expect(text).toContain(
      'With 1 warning (⚠): something a genuine Dokaz can write, such as after its clock was set back. It does not fail the pack; read it below.',
    );
    expect(text.some((line) => line.startsWith('⚠ custody.jsonl event #3: was written at'))).toBe(true);
  });

  it('a captured event minutes after its capture began: nothing to say; more than ten: a warning', async () => {
    const minutes =
      (n: number) =>
      (e: CustodyEvent): Draft => ({ ...e, at: new Date(Date.parse(e.at) + n * 60_000).toISOString() });
    const two = await verifyWith(({ events: [a, b, x] }) => [minutes(2)(a!), minutes(2)(b!), minutes(2)(x!)]);
    expect(failures(two)).toEqual([]);
    expect(warnings(two)).toEqual([]);
    const late = await verifyWith(({ events: [a, b, x] }) => [minutes(20)(a!), minutes(20)(b!), minutes(20)(x!)]);
    expect(failures(late)).toEqual([]);
    expect(warnings(late)).toEqual([
      'custody-time custody.jsonl event #1',
      'custody-time custody.jsonl event #2',
      'custody-export custody.jsonl event #3',
    ]);
    expect(late.checks).toContainEqual(
      expect.objectContaining({ message: expect.stringMatching(/^was written 20 minutes after its capture began/) }),
    );
  });

  it('a captured event before its capture began: a warning for a clock set back', async () => {
    const verdict = await verifyWith(({ events: [a, b, x] }) => [{ ...a!, at: '2026-11-23T11:59:50.000Z' }, b!, x!]);
    expect(failures(verdict)).toEqual([]);
    expect(warnings(verdict)).toEqual(['custody-time custody.jsonl event #1']);
    expect(verdict.checks).toContainEqual(
      expect.objectContaining({
        message: expect.stringMatching(/^was written 10 seconds before its capture began/),
        expected: '2026-11-23T11:59:59.200Z',
        actual: '2026-11-23T11:59:50.000Z',
      }),
    );
  });

  it('a captured event years away from its capture: a failure', async () => {
    const ahead = await verifyWith(({ events: [a, b, x] }) => [
      a!,
      { ...b!, at: '2029-01-01T00:00:00.000Z' },
      { ...x!, at: '2029-01-01T00:00:01.000Z' },
    ]);
    expect(failures(ahead)).toEqual(['custody-time custody.jsonl event #2', 'custody-export custody.jsonl event #3']);
    const before = await verifyWith(({ events: [a, b, x] }) => [{ ...a!, at: '2020-01-01T00:00:00.000Z' }, b!, x!]);
    expect(failures(before)).toEqual(['custody-time custody.jsonl event #1']);
    expect(before.checks).toContainEqual(
      expect.objectContaining({
        message: expect.stringMatching(
          /^was written 2518 days away from the start of its capture \(2026-11-23T11:59:59.200Z\)/,
        ),
      }),
    );
  });

  it('an exported event written other than when the pack was made: a warning within what a wait explains, else a failure', async () => {
    const moved = (ms: number) =>
      verifyWith(({ events: [a, b, x] }) => [a!, b!, { ...x!, at: new Date(Date.parse(x!.at) + ms).toISOString() }]);
    const minutes = await moved(3 * 60_000);
    expect(failures(minutes)).toEqual([]);
    expect(warnings(minutes)).toEqual([]);
    const late = await moved(45 * 60_000);
    expect(failures(late)).toEqual([]);
    expect(warnings(late)).toEqual(['custody-export custody.jsonl event #3']);
    expect(late.checks).toContainEqual(
      expect.objectContaining({
        message:
          'was written 45 minutes after the pack was made (2026-11-23T12:00:04.000Z): the export waited behind a capture still being stored',
      }),
    );
    const years = await moved(5 * 365 * 86_400_000);
    expect(failures(years)).toEqual(['custody-export custody.jsonl event #3']);
    expect(years.checks).toContainEqual(
      expect.objectContaining({ expected: '2026-11-23T12:00:04.000Z', actual: '2031-11-22T12:00:04.000Z' }),
    );
  });
});
