import { canonicalJson } from '../canonical-json';
import { GENESIS_HASH, hashEvent, type CustodyEvent } from '../custody';
import { sha256Hex } from '../hash';
import { m, type CheckList } from './check-list';
import { CUSTODY_EVENT_SCHEMA, EXPORT_DETAILS_SCHEMA } from './manifest-schema';
import { readText, type OpenedPack } from './pack-reader';
import { schemaProblems } from './schema';
import { PACK_FILES, type CheckMessage, type ExportDetails, type PackManifest } from './types';

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
  else list.fail('not-checked', FILE, m('notChecked.custodyCaptures'));
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
      list.fail('custody-json', where, m('custody.notJson'));
      continue;
    }
    const problems = schemaProblems(event, CUSTODY_EVENT_SCHEMA, 'event');
    for (const problem of problems) list.fail('custody-json', where, problem);
    if (problems.length > 0) continue;
    if (canonicalJson(event) !== line) list.fail('custody-json', where, m('custody.notCanonical'));
    events.push(event as CustodyEvent);
  }
  if (lines.length === 0) list.fail('custody-json', FILE, m('custody.empty'));
  else if (list.failures() === failures) list.pass('custody-json', FILE, m('custody.ok', { count: events.length }));
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
      list.fail('custody-hash', subject, m('custody.hashWrong'), { expected: hash, actual });
    }
    if (payload !== undefined && payload !== rest.payloadSha256) {
      failed = true;
      list.fail('custody-hash', subject, m('custody.payloadWrong'), {
        expected: rest.payloadSha256,
        actual: payload,
      });
    }
  }
  if (!failed) list.pass('custody-hash', FILE, m('custody.hashesOk', { count: events.length }));
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
      list.fail('custody-chain', subject, m('custody.order', { seq: String(after) }));
    } else if (event.seq === after + 1) {
      const expected = previous?.hash ?? GENESIS_HASH;
      if (event.prevHash !== expected) {
        failed = true;
        const what = previous ? m('custody.prevHash', { seq: String(after) }) : m('custody.prevHashFirst');
        list.fail('custody-chain', subject, what, { expected, actual: event.prevHash });
      }
    } else {
      const left = event.seq - after - 1;
      const range = left === 1 ? `#${after + 1}` : `#${after + 1}–#${event.seq - 1}`;
      list.pass('custody-gap', FILE, m('custody.gap', { count: left, range }));
    }
    previous = event.seq > after ? event : previous;
  }
  if (!failed) list.pass('custody-chain', FILE, m('custody.chainOk'));
}

/** Rule 3: one `captured` event per capture, holding its record.json's hash; none deleted; no other capture's events. */
function checkCaptured(pack: OpenedPack, events: CustodyEvent[], captureIds: string[], list: CheckList): void {
  let failed = false;
  const fail = (subject: string, message: CheckMessage, values?: { expected: string; actual: string }): void => {
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
    if (!event) fail(FILE, m('custody.noCaptured', { id }));
    else if (captured.length > 1) fail(FILE, m('custody.capturedTwice', { count: captured.length, id }));
    const recordPath = `captures/${id}/record.json`;
    const recordSha256 = pack.files.get(recordPath)?.sha256;
    if (event && recordSha256 !== undefined && event.payloadSha256 !== recordSha256) {
      fail(`${FILE} event #${event.seq}`, m('custody.recordHash', { path: recordPath }), {
        expected: event.payloadSha256,
        actual: recordSha256,
      });
    }
  }
  for (const event of events) {
    if (event.captureId === null) continue;
    const subject = `${FILE} event #${event.seq}`;
    if (!included.has(event.captureId)) fail(subject, m('custody.otherCapture', { id: event.captureId }));
    else if (event.type === 'deleted') fail(subject, m('custody.deleted', { id: event.captureId }));
  }
  if (!failed) list.pass('custody-captures', FILE, m('custody.capturesOk'));
}

/** Rule 4: the last event is this export, and the manifest names it. */
function checkExport(events: CustodyEvent[], lines: number, manifest: Partial<PackManifest>, list: CheckList): void {
  const last = events.at(-1) as CustodyEvent;
  const subject = `${FILE} event #${last.seq}`;
  if (last.type !== 'exported') {
    list.fail('custody-export', subject, m('custody.lastNotExport', { type: last.type }));
    return;
  }
  const failures = list.failures();
  for (const problem of schemaProblems(last.details, EXPORT_DETAILS_SCHEMA, 'details')) {
    list.fail('custody-export', subject, problem);
  }
  const { captures, custody, selection } = manifest;
  const compare = (what: CheckMessage, manifestValue: unknown, packValue: unknown): void => {
    const [expected, actual] = [canonicalJson(manifestValue), canonicalJson(packValue)];
    if (expected !== actual) list.fail('custody-export', subject, what, { expected, actual });
  };
  const details = list.failures() === failures ? (last.details as unknown as ExportDetails) : undefined;
  if (details && captures) {
    const member = m('custody.exportMember', { member: 'details.captureIds' });
    compare(member, sorted(captures.map((c) => c.id)), sorted(details.captureIds));
  }
  if (details && selection) {
    compare(m('custody.exportMember', { member: 'details.selection' }), selection, details.selection);
  }
  if (custody) {
    compare(m('custody.exportSeq'), custody.exportEventSeq, last.seq);
    compare(m('custody.exportHash'), custody.headHash, last.hash);
    compare(m('custody.exportLines', { file: FILE }), custody.events, lines);
  }
  if (!custody || !captures || !selection) {
    list.fail('not-checked', FILE, m('notChecked.export'));
  } else if (list.failures() === failures) {
    list.pass('custody-export', subject, m('custody.exportOk'));
  }
}

function sorted(ids: readonly string[]): string[] {
  return [...ids].sort();
}
