import { canonicalJson } from '../../canonical-json';
import type { CustodyEvent } from '../../custody';
import { m, type CheckList } from './check-list';
import { CAPTURED_AT, knownFormat, ruleOf } from '../custody-events';
import { EXPORT_DETAILS_SCHEMA } from '../../evidence/manifest';
import { schemaProblems } from './schema';
import { PACK_FILES, type CheckMessage, type ExportDetails, type PackManifest } from '../types';

/**
 * The custody events against the one list of event types (custody-events.ts;
 * docs/PACK-FORMAT.md, "Custody event types"): what each type is, who wrote
 * it, where it stands, and when; and the export's own event against the
 * manifest. One pass over the events each, with a set of the captures seen
 * so far.
 */
const FILE = PACK_FILES.custody;
const subjectOf = (event: { seq: number }) => `${FILE} event #${event.seq}`;

/** What the time checks read of an event; a type the list does not name is null. */
type TimedEvent = Pick<CustodyEvent, 'seq' | 'at' | 'captureId'> & { type: string | null };

/**
 * custody-event, custody-actor and custody-order: each event is of a type
 * the pack's format knows, by the exporter, in its place. Given the events
 * one at a time, in the log's order, and told when they end: an event that
 * must be last is found out of place when another follows it.
 */
export function eventRules(
  manifest: Partial<PackManifest>,
  list: CheckList,
): { check(event: CustodyEvent): void; end(): void } {
  const failures = { event: 0, actor: 0, order: 0 };
  const fail = (check: keyof typeof failures, event: CustodyEvent, ...messages: CheckMessage[]) => {
    failures[check] += 1;
    for (const message of messages) list.fail(`custody-${check}`, subjectOf(event), message);
  };
  const exporter = manifest.exporter?.installId;
  // A manifest whose format is not valid fails manifest-schema; its events are held to the latest format's list.
  const format = knownFormat(manifest.format);
  const opened = new Set<string>();
  let count = 0;
  /** An event that must be the pack's last, until another follows it. */
  let mustBeLast: { event: CustodyEvent; type: string } | undefined;
  return {
    check(event) {
      count += 1;
      if (mustBeLast) fail('order', mustBeLast.event, m('custody.notLast', { type: mustBeLast.type }));
      mustBeLast = undefined;
      const { type, captureId } = event;
      if (exporter !== undefined && event.actor !== exporter) {
        failures.actor += 1;
        list.fail('custody-actor', subjectOf(event), m('custody.actor'), { expected: exporter, actual: event.actor });
      }
      const rule = ruleOf(type, format);
      if (!rule) {
        fail('event', event, m('custody.unknownType', { type, format }));
        return;
      }
      if (rule.details === null) {
        if (event.details !== undefined) fail('event', event, m('custody.noDetails', { type }));
      } else if (event.details === undefined) {
        fail('event', event, m('schema.missing', { path: 'event', member: 'details' }));
      } else {
        const problems = schemaProblems(event.details, rule.details, 'event.details');
        if (problems.length > 0) fail('event', event, ...problems);
      }
      if (rule.about === 'capture' && captureId === null) fail('event', event, m('custody.noCapture', { type }));
      if (rule.about === 'none' && captureId !== null) {
        fail('event', event, m('custody.aboutCapture', { type, id: captureId }));
      }

      if (rule.place === 'opens' && captureId !== null) opened.add(captureId);
      else if (rule.place === 'follows' && captureId !== null && !opened.has(captureId)) {
        fail('order', event, m('custody.beforeCapture', { type, id: captureId }));
      } else if (rule.place === 'last') mustBeLast = { event, type };
      else if (rule.place === 'never') fail('order', event, m('custody.never', { type }));
    },
    end() {
      if (failures.event === 0) list.pass('custody-event', FILE, m('custody.eventsOk', { count }));
      if (exporter === undefined) list.fail('not-checked', FILE, m('notChecked.actors'));
      else if (failures.actor === 0) list.pass('custody-actor', FILE, m('custody.actorsOk', { actor: exporter }));
      if (failures.order === 0) list.pass('custody-order', FILE, m('custody.orderOk'));
    },
  };
}

/**
 * custody-clock and custody-time: time that runs backwards from one event to
 * the next, and a `captured` event far from its record's `capturedAt`. A
 * genuine store writes both when its computer's clock is set back or a
 * capture waits: warnings, up to what no store explains (CAPTURED_AT).
 */
export function checkEventTimes(events: TimedEvent[], manifest: Partial<PackManifest>, list: CheckList): void {
  let backwards = 0;
  let previous: { event: TimedEvent; time: number } | undefined;
  for (const event of events) {
    const time = Date.parse(event.at);
    if (previous && time < previous.time) {
      backwards += 1;
      const { seq, at } = previous.event;
      list.warn(
        'custody-clock',
        subjectOf(event),
        m('custody.clockBack', { at: event.at, seq: String(seq), before: at }),
      );
    }
    previous = { event, time };
  }
  if (backwards === 0) list.pass('custody-clock', FILE, m('custody.clockOk'));

  if (!manifest.captures) return; // reported as not checked with the captures' events
  const capturedAt = new Map(manifest.captures.map((capture) => [capture.id, capture.record.capturedAt]));
  let off = 0;
  for (const event of events) {
    const started = event.type === 'captured' && event.captureId !== null ? capturedAt.get(event.captureId) : undefined;
    if (started === undefined) continue;
    const late = Date.parse(event.at) - Date.parse(started);
    if (late >= -CAPTURED_AT.earlyMs && late <= CAPTURED_AT.lateMs) continue;
    off += 1;
    const values = { expected: started, actual: event.at };
    const params = { capturedAt: started };
    if (Math.abs(late) > CAPTURED_AT.plausibleMs) {
      const count = Math.floor(Math.abs(late) / 86_400_000);
      list.fail('custody-time', subjectOf(event), m('custody.timeFar', { ...params, count }), values);
    } else if (late < 0) {
      const count = Math.ceil(-late / 1000);
      list.warn('custody-time', subjectOf(event), m('custody.timeEarly', { ...params, count }), values);
    } else {
      const count = Math.floor(late / 60_000);
      list.warn('custody-time', subjectOf(event), m('custody.timeLate', { ...params, count }), values);
    }
  }
  if (off === 0) list.pass('custody-time', FILE, m('custody.timesOk'));
  checkExportTime(events.at(-1), manifest.createdAt, list);
}

/**
 * The `exported` event against manifest.json's `createdAt`: the exporter takes
 * the time of the pack, then writes the event once the captures stored before
 * it are written (utils/store: one writer at a time), so the event follows by
 * what a capture's wait explains, the same bounds as CAPTURED_AT. Anything
 * else is a pack whose time and custody disagree.
 */
function checkExportTime(last: TimedEvent | undefined, createdAt: string | undefined, list: CheckList): void {
  if (last?.type !== 'exported' || createdAt === undefined) return; // checked, and failed, as custody-export
  const late = Date.parse(last.at) - Date.parse(createdAt);
  if (late >= -CAPTURED_AT.earlyMs && late <= CAPTURED_AT.lateMs) return;
  const values = { expected: createdAt, actual: last.at };
  if (Math.abs(late) > CAPTURED_AT.plausibleMs) {
    const count = Math.floor(Math.abs(late) / 86_400_000);
    list.fail('custody-export', subjectOf(last), m('custody.exportFar', { createdAt, count }), values);
  } else if (late < 0) {
    const count = Math.ceil(-late / 1000);
    list.warn('custody-export', subjectOf(last), m('custody.exportEarly', { createdAt, count }), values);
  } else {
    const count = Math.floor(late / 60_000);
    list.warn('custody-export', subjectOf(last), m('custody.exportLate', { createdAt, count }), values);
  }
}

/** Rule 4: the last event is this export, and the manifest names it. */
export function checkExport(last: CustodyEvent, lines: number, manifest: Partial<PackManifest>, list: CheckList): void {
  const subject = `${FILE} event #${last.seq}`;
  if (last.type !== 'exported') {
    list.fail('custody-export', subject, m('custody.lastNotExport', { type: last.type }));
    return;
  }
  const failures = list.failures();
  for (const problem of schemaProblems(last.details, EXPORT_DETAILS_SCHEMA, 'details')) {
    list.fail('custody-export', subject, problem);
  }
  const { captures, custody, selection, format } = manifest;
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
  if (details && format) compare(m('custody.exportMember', { member: 'details.format' }), format, details.format);
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
