import { canonicalJson } from '../canonical-json';
import { GENESIS_HASH, hashEvent, type CustodyEvent } from '../custody';
import { sha256Hex } from '../hash';
import type { CheckList } from './check-list';
import { CUSTODY_EVENT_SCHEMA, EXPORT_DETAILS_SCHEMA } from './manifest-schema';
import { readText, type OpenedPack } from './pack-reader';
import { schemaProblems } from './schema';
import { PACK_FILES, type ExportDetails, type PackManifest } from './types';

/**
 * custody.jsonl against the four rules of docs/PACK-FORMAT.md ("The export's
 * custody events"): the events are a subset of one chain, so a gap in `seq`
 * is reported, not failed; every link between consecutive events is checked.
 */
const FILE = PACK_FILES.custody;

export async function checkCustody(pack: OpenedPack, manifest: Partial<PackManifest>, list: CheckList): Promise<void> {
  const text = readText(pack, FILE, list, 'custody-json');
  if (text === null) return;
  const { events, lines } = parseEvents(text, list);
  if (events.length === 0) return;
  await checkHashes(events, list);
  checkLinks(events, list);
  const captureIds = manifest.captures?.map((capture) => capture.id);
  if (captureIds) checkCaptured(pack, events, captureIds, list);
  else list.fail('not-checked', FILE, "the events of each capture: manifest.json's captures are not valid");
  checkExport(events, lines, manifest, list);
}

function parseEvents(text: string, list: CheckList): { events: CustodyEvent[]; lines: number } {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const events: CustodyEvent[] = [];
  const failures = list.failures();
  for (const [i, line] of lines.entries()) {
    const where = `${FILE} line ${i + 1}`;
    let event: unknown;
    try {
      event = JSON.parse(line);
    } catch {
      list.fail('custody-json', where, 'is not JSON');
      continue;
    }
    const problems = schemaProblems(event, CUSTODY_EVENT_SCHEMA, 'event');
    for (const problem of problems) list.fail('custody-json', where, problem);
    if (problems.length > 0) continue;
    if (canonicalJson(event) !== line) list.fail('custody-json', where, 'is not in canonical JSON');
    events.push(event as CustodyEvent);
  }
  if (lines.length === 0) list.fail('custody-json', FILE, 'holds no events');
  else if (list.failures() === failures) list.pass('custody-json', FILE, `holds ${events.length} custody events`);
  return { events, lines: lines.length };
}

/** Rule 1: every event's hash recomputes, and `details` hash to `payloadSha256` where the log says they must. */
async function checkHashes(events: CustodyEvent[], list: CheckList): Promise<void> {
  // Every hash asked for at once (one after another, each would wait for WebCrypto's thread), then checked in order.
  const hashed = await Promise.allSettled(
    events.map(async (event) => ({
      actual: await hashEvent(event),
      payload:
        event.details !== undefined && event.type !== 'captured'
          ? await sha256Hex(canonicalJson(event.details))
          : undefined,
    })),
  );
  let failed = false;
  for (const [i, { hash, ...rest }] of events.entries()) {
    const subject = `${FILE} event #${rest.seq}`;
    const outcome = hashed[i]!;
    if (outcome.status === 'rejected') throw outcome.reason;
    const { actual, payload } = outcome.value;
    if (actual !== hash) {
      failed = true;
      list.fail('custody-hash', subject, 'its hash does not recompute from its fields', { expected: hash, actual });
    }
    if (payload !== undefined && payload !== rest.payloadSha256) {
      failed = true;
      list.fail('custody-hash', subject, 'its details do not hash to its payloadSha256', {
        expected: rest.payloadSha256,
        actual: payload,
      });
    }
  }
  if (!failed) list.pass('custody-hash', FILE, `the hash of each of its ${events.length} events recomputes`);
}

/** Rule 2: `seq` increases; consecutive events are linked; a gap is information, not a failure. */
function checkLinks(events: CustodyEvent[], list: CheckList): void {
  let failed = false;
  let previous: CustodyEvent | undefined;
  for (const event of events) {
    const subject = `${FILE} event #${event.seq}`;
    const after = previous?.seq ?? 0;
    if (event.seq <= after) {
      failed = true;
      list.fail('custody-chain', subject, `comes after event #${after}: events must be in increasing seq order`);
    } else if (event.seq === after + 1) {
      const expected = previous?.hash ?? GENESIS_HASH;
      if (event.prevHash !== expected) {
        failed = true;
        const what = previous ? `the hash of event #${after}` : 'the zeros of a first event';
        list.fail('custody-chain', subject, `its prevHash is not ${what}`, { expected, actual: event.prevHash });
      }
    } else {
      const left = event.seq - after - 1;
      const range = left === 1 ? `#${after + 1}` : `#${after + 1}–#${event.seq - 1}`;
      list.pass('custody-gap', FILE, `${left} event${left === 1 ? '' : 's'} (${range}) of other captures left out`);
    }
    previous = event.seq > after ? event : previous;
  }
  if (!failed) list.pass('custody-chain', FILE, 'its events are in order, each linked to the one before it');
}

/** Rule 3: one `captured` event per capture, holding its record.json's hash; none deleted; no other capture's events. */
function checkCaptured(pack: OpenedPack, events: CustodyEvent[], captureIds: string[], list: CheckList): void {
  let failed = false;
  const fail = (subject: string, message: string, values?: { expected: string; actual: string }): void => {
    failed = true;
    list.fail('custody-captures', subject, message, values);
  };
  const included = new Set(captureIds);
  const capturedEvents = new Map<string, CustodyEvent[]>();
  for (const event of events) {
    if (event.type === 'captured' && event.captureId !== null) {
      capturedEvents.set(event.captureId, [...(capturedEvents.get(event.captureId) ?? []), event]);
    }
  }
  for (const id of included) {
    const captured = capturedEvents.get(id) ?? [];
    const [event] = captured;
    if (!event) fail(FILE, `has no captured event of capture ${id}`);
    else if (captured.length > 1) fail(FILE, `has ${captured.length} captured events of capture ${id}`);
    const recordPath = `captures/${id}/record.json`;
    const recordSha256 = pack.files.get(recordPath)?.sha256;
    if (event && recordSha256 !== undefined && event.payloadSha256 !== recordSha256) {
      fail(`${FILE} event #${event.seq}`, `its payloadSha256 is not the SHA-256 of ${recordPath}`, {
        expected: event.payloadSha256,
        actual: recordSha256,
      });
    }
  }
  for (const event of events) {
    if (event.captureId === null) continue;
    const subject = `${FILE} event #${event.seq}`;
    if (!included.has(event.captureId)) fail(subject, `is about capture ${event.captureId}, which is not in the pack`);
    else if (event.type === 'deleted') fail(subject, `deletes capture ${event.captureId}, which is in the pack`);
  }
  if (!failed) list.pass('custody-captures', FILE, "every capture has its captured event, with its record's hash");
}

/** Rule 4: the last event is this export, and the manifest names it. */
function checkExport(events: CustodyEvent[], lines: number, manifest: Partial<PackManifest>, list: CheckList): void {
  const last = events.at(-1) as CustodyEvent;
  const subject = `${FILE} event #${last.seq}`;
  if (last.type !== 'exported') {
    list.fail('custody-export', subject, `the last event is "${last.type}", not the export's "exported" event`);
    return;
  }
  const failures = list.failures();
  for (const problem of schemaProblems(last.details, EXPORT_DETAILS_SCHEMA, 'details')) {
    list.fail('custody-export', subject, problem);
  }
  const { captures, custody, selection } = manifest;
  const compare = (what: string, manifestValue: unknown, packValue: unknown): void => {
    const [expected, actual] = [canonicalJson(manifestValue), canonicalJson(packValue)];
    if (expected !== actual)
      list.fail('custody-export', subject, `${what} is not what manifest.json says`, { expected, actual });
  };
  const details = list.failures() === failures ? (last.details as unknown as ExportDetails) : undefined;
  if (details && captures) compare('details.captureIds', sorted(captures.map((c) => c.id)), sorted(details.captureIds));
  if (details && selection) compare('details.selection', selection, details.selection);
  if (custody) {
    compare('its seq (custody.exportEventSeq)', custody.exportEventSeq, last.seq);
    compare('its hash (custody.headHash)', custody.headHash, last.hash);
    compare(`the number of lines of ${FILE} (custody.events)`, custody.events, lines);
  }
  if (!custody || !captures || !selection) {
    list.fail(
      'not-checked',
      FILE,
      'the export event against manifest.json: its captures, selection or custody are not valid',
    );
  } else if (list.failures() === failures) {
    list.pass('custody-export', subject, 'the last event is this export, as manifest.json says');
  }
}

function sorted(ids: readonly string[]): string[] {
  return [...ids].sort();
}
